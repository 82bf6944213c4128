package org.agenticrl.engine.runs;

import java.nio.file.Path;
import java.util.List;

/** A run's training steps with the summaries of its validation steps beside them, a series of their own. */
final class ValidatedRun implements Run {
    private final Run training;
    private final List<StepSummary> validation;

    ValidatedRun(Run training, List<StepSummary> validation) {
        this.training = training;
        this.validation = List.copyOf(validation);
    }

    @Override
    public RunFormat format() {
        return training.format();
    }

    @Override
    public Path source() {
        return training.source();
    }

    @Override
    public List<StepSummary> steps() {
        return training.steps();
    }

    @Override
    public List<StepSummary> validationSteps() {
        return validation;
    }

    @Override
    public List<Sample> samples(long step, int from, int count) throws RunException {
        return training.samples(step, from, count);
    }

    @Override
    public List<Sample> group(long step, int index) throws RunException {
        return training.group(step, index);
    }

    @Override
    public int sampleCount(long step) {
        return training.sampleCount(step);
    }

    @Override
    public List<String> notes() {
        return training.notes();
    }

    @Override
    public SkipReport skipped() {
        return training.skipped();
    }

    @Override
    public void close() {
        training.close();
    }
}
