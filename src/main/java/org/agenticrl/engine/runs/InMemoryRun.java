package org.agenticrl.engine.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A run small enough to hold whole (rLLM episodes, inspect_ai logs, episode exports): read once, kept. */
final class InMemoryRun implements Run {
    private final RunFormat format;
    private final Path source;
    private final Map<Long, List<Sample>> samplesOfStep;
    private final List<StepSummary> steps;
    private final SkipReport skipped;

    InMemoryRun(RunFormat format, Path source, List<Sample> samples, SkipReport skipped) {
        this.format = format;
        this.source = source;
        this.samplesOfStep = samples.stream().collect(Collectors.groupingBy(Sample::step,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
        this.steps = StepSummaries.of(samples);
        this.skipped = skipped;
    }

    @Override
    public RunFormat format() {
        return format;
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
    public List<Sample> samples(long step) {
        return samplesOfStep.getOrDefault(step, List.of());
    }

    @Override
    public List<Sample> samples(long step, int from, int count) {
        List<Sample> all = samples(step);
        SampleRange.checkPage(step, from, count, all.size());
        return all.subList(from, from + count);
    }

    @Override
    public SkipReport skipped() {
        return skipped;
    }

    @Override
    public void close() {
        // nothing held open
    }
}
