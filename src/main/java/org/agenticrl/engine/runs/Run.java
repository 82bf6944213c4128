package org.agenticrl.engine.runs;

import java.nio.file.Path;
import java.util.List;

/**
 * An opened training run: its format, its steps summarised when it was opened, and a step's samples on demand (read
 * from the files each time, so that only the samples asked for are in memory). A step's samples are numbered from 0 in
 * the order they were written; {@link #sampleCount(long)} says how many there are, {@link #samples(long, int, int)}
 * reads a page of them and {@link #sample(long, int)} one, without reading the rest of the step. Close it to release
 * the files and any database it holds. Not thread-safe: use one run from one thread at a time.
 */
public interface Run extends AutoCloseable {
    RunFormat format();

    /** The file or folder the run was opened from. */
    Path source();

    /** Every step with at least one readable sample, in step order. */
    List<StepSummary> steps();

    /**
     * The step's readable samples in the order they were written; empty for a step the run does not have. By default
     * the one page that holds them all.
     */
    default List<Sample> samples(long step) throws RunException {
        return samples(step, 0, sampleCount(step));
    }

    /**
     * The samples {@code from} to {@code from + count - 1} of the step, in the order {@link #samples(long)} lists them.
     *
     * @throws IndexOutOfBoundsException when from or count is negative or the page ends past the step's last sample,
     *                                   with the step's sample count in the message
     * @throws RunException              when the files cannot be read (or changed since the run was opened)
     */
    List<Sample> samples(long step, int from, int count) throws RunException;

    /**
     * The step's sample at {@code index}: equal to {@code samples(step).get(index)}, and for a line-per-sample dump
     * read alone (one line sought and parsed).
     *
     * @throws IndexOutOfBoundsException when the step has no sample at that index, with the step's sample count
     * @throws RunException              when the files cannot be read (or changed since the run was opened)
     */
    default Sample sample(long step, int index) throws RunException {
        SampleRange.checkIndex(step, index, sampleCount(step));
        return samples(step, index, 1).get(0);
    }

    /**
     * The samples of the step that share the group of its sample at {@code index} (GRPO's group: the same prompt, an
     * inspect_ai sample's epochs), in the order the step lists them, for that sample's advantage. By default read from
     * the whole step; a format that knows where a group's samples are reads only those.
     *
     * @throws IndexOutOfBoundsException when the step has no sample at that index
     * @throws RunException              when the files cannot be read
     */
    default List<Sample> group(long step, int index) throws RunException {
        List<Sample> all = samples(step);
        SampleRange.checkIndex(step, index, all.size());
        String key = all.get(index).group();
        return all.stream().filter(sample -> sample.group().equals(key)).toList();
    }

    /** How many samples the step has ({@link StepSummary#samples()}; 0 for a step the run does not have). */
    default int sampleCount(long step) {
        return steps().stream().filter(summary -> summary.step() == step).mapToInt(summary -> (int) summary.samples())
                .findFirst().orElse(0);
    }

    /**
     * The run's validation steps (rLLM's {@code val_step_*} episodes, a verl dump's validation folder), a series of
     * their own, never mixed with the training steps; empty when the run has none.
     */
    default List<StepSummary> validationSteps() {
        return List.of();
    }

    /**
     * What the reader noticed that is not a skipped line but changes what the run means: a log that was cancelled or
     * ended with an error, say, one sentence each; empty when there is nothing to say.
     */
    default List<String> notes() {
        return List.of();
    }

    /** What was skipped while opening the run and reading its steps so far. */
    SkipReport skipped();

    @Override
    void close();
}
