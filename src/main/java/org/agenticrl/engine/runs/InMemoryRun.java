package org.agenticrl.engine.runs;

import java.nio.file.Path;
import java.util.List;

/** A run small enough to hold whole (rLLM episodes, inspect_ai logs, episode exports): read once, kept. */
final class InMemoryRun implements Run {
    private final RunFormat format;
    private final Path source;
    private final List<Sample> samples;
    private final List<StepSummary> steps;
    private final SkipReport skipped;

    InMemoryRun(RunFormat format, Path source, List<Sample> samples, SkipReport skipped) {
        this.format = format;
        this.source = source;
        this.samples = List.copyOf(samples);
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
        return samples.stream().filter(sample -> sample.step() == step).toList();
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
