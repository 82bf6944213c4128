package org.agenticrl.engine.runs;

import java.nio.file.Path;
import java.util.List;

/**
 * An opened training run: its format, its steps summarised when it was opened, and one step's samples on demand (read
 * from the files each time, so that only the step asked for is in memory). Close it to release the files and any
 * database it holds. Not thread-safe: use one run from one thread at a time.
 */
public interface Run extends AutoCloseable {
    RunFormat format();

    /** The file or folder the run was opened from. */
    Path source();

    /** Every step with at least one readable sample, in step order. */
    List<StepSummary> steps();

    /** The step's readable samples in the order they were written; empty for a step the run does not have. */
    List<Sample> samples(long step) throws RunException;

    /** What was skipped while opening the run and reading its steps so far. */
    SkipReport skipped();

    @Override
    void close();
}
