package org.agenticrl.app.runs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agenticrl.engine.runs.SkipReport;
import org.agenticrl.engine.runs.Skipped;

/**
 * What a run skipped, copied out of the engine's {@link SkipReport} (which its reader keeps filling) so that the
 * window can show it on its own thread: the count of each reason, the first cases with file, line and detail, and the
 * total.
 */
public record SkippedLines(Map<String, Long> counts, List<Skipped> cases, long total) {
    static final SkippedLines NONE = new SkippedLines(Map.of(), List.of(), 0);

    public SkippedLines {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        cases = List.copyOf(cases);
    }

    /** A copy of the report as it is now; call it on the thread that reads the run. */
    static SkippedLines of(SkipReport report) {
        return new SkippedLines(report.counts(), report.cases(), report.total());
    }
}
