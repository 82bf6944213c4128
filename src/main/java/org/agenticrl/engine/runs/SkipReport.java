package org.agenticrl.engine.runs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run skipped: every case counted by reason, and the first {@value #KEPT} cases kept with file and line (a
 * dump with a million bad lines must not fill the heap with their descriptions). Not thread-safe: a reader fills it,
 * then hands it out read-only.
 */
public final class SkipReport {
    static final int KEPT = 1000;

    private final List<Skipped> kept = new ArrayList<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long total;

    void add(Skipped skipped) {
        if (kept.size() < KEPT) {
            kept.add(skipped);
        }
        counts.merge(skipped.reason(), 1L, Long::sum);
        total++;
    }

    void addAll(SkipReport other) {
        other.kept.forEach(this::add);
        other.counts.forEach((reason, count) -> {
            long dropped = count - other.kept.stream().filter(s -> s.reason().equals(reason)).count();
            counts.merge(reason, dropped, Long::sum);
            total += dropped;
        });
    }

    /** The first cases, in the order they were found. */
    public List<Skipped> cases() {
        return Collections.unmodifiableList(kept);
    }

    /** How many cases of each reason, in the order the reasons were first seen. */
    public Map<String, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** How many cases in all. */
    public long total() {
        return total;
    }
}
