package org.agenticrl.engine.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An inspect_ai run: each log a step, in file order, summarised when opened (see {@link InspectLog}); a step's
 * samples are those its log holds, an epoch of a sample a member of the sample's group. A log with no sample is no
 * step, and says why in the notes when it did not succeed.
 */
final class InspectRun implements Run {
    private final Path source;
    private final Map<Long, InspectLog> logs;
    private final List<StepSummary> steps;
    private final List<String> notes;
    private final SkipReport skipped;

    private InspectRun(Path source, Map<Long, InspectLog> logs, List<String> notes, SkipReport skipped) {
        this.source = source;
        this.logs = logs;
        this.steps = logs.entrySet().stream().filter(e -> e.getValue().sampleCount() > 0)
                .map(e -> e.getValue().summary(e.getKey())).toList();
        this.notes = List.copyOf(notes);
        this.skipped = skipped;
    }

    static InspectRun open(Path source, List<Path> files, SkipReport skipped) {
        Map<Long, InspectLog> logs = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        long step = 0;
        for (Path file : files) {
            InspectLog log = InspectLog.open(file, ++step, skipped);
            logs.put(step, log);
            notes.addAll(log.notes());
        }
        return new InspectRun(source, logs, notes, skipped);
    }

    @Override
    public RunFormat format() {
        return RunFormat.INSPECT;
    }

    @Override
    public Path source() {
        return source;
    }

    @Override
    public List<StepSummary> steps() {
        return steps;
    }

    @Override
    public List<Sample> samples(long step, int from, int count) throws RunException {
        InspectLog log = logs.get(step);
        if (log == null) {
            SampleRange.checkPage(step, from, count, 0);
            return List.of();
        }
        return log.samples(step, from, count);
    }

    @Override
    public List<Sample> group(long step, int index) throws RunException {
        InspectLog log = logs.get(step);
        if (log == null) {
            SampleRange.checkIndex(step, index, 0);
        }
        return log.group(step, index);
    }

    @Override
    public int sampleCount(long step) {
        InspectLog log = logs.get(step);
        return log == null ? 0 : log.sampleCount();
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public SkipReport skipped() {
        return skipped;
    }

    @Override
    public void close() {
        logs.values().forEach(InspectLog::close);
    }
}
