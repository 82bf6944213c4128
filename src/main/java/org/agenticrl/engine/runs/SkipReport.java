package org.agenticrl.engine.runs;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
    /** DataOutputStream's writeUTF takes at most 64 KB; a detail is a sentence. */
    private static final int MAX_DETAIL = 4000;

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

    /** Written for a cache: the kept cases, then the count of each reason. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(kept.size());
        for (Skipped skipped : kept) {
            out.writeUTF(skipped.file());
            out.writeLong(skipped.line());
            out.writeUTF(skipped.reason());
            out.writeUTF(skipped.detail().length() > MAX_DETAIL ? skipped.detail().substring(0, MAX_DETAIL)
                    : skipped.detail());
        }
        out.writeInt(counts.size());
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            out.writeUTF(count.getKey());
            out.writeLong(count.getValue());
        }
    }

    /** A report read back from what {@link #write} wrote. */
    static SkipReport read(DataInputStream in) throws IOException {
        SkipReport report = new SkipReport();
        int cases = in.readInt();
        for (int i = 0; i < cases; i++) {
            report.add(new Skipped(in.readUTF(), in.readLong(), in.readUTF(), in.readUTF()));
        }
        int reasons = in.readInt();
        for (int i = 0; i < reasons; i++) {
            String reason = in.readUTF();
            long dropped = in.readLong() - report.counts.getOrDefault(reason, 0L);
            report.counts.merge(reason, dropped, Long::sum);
            report.total += dropped;
        }
        return report;
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
