package org.agenticrl.engine.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Logs their writers published (files nobody here wrote), which this repository does not hold: the folder the system
 * property {@code runs.real} names, by default {@code ../shared/runs/real} (bench/stage_real_runs.sh copies inspect_ai's
 * test logs there from a git snapshot of inspect_ai). Each opens with nothing skipped, and every step's first sample
 * reads with its turns and its group. Without the folder the test is skipped.
 */
public class RealRunsTest {
    /** The staged real logs, or one absent path when none are staged (its tests are then skipped). */
    public static Stream<Path> realLogs() throws IOException {
        Path folder = Path.of(System.getProperty("runs.real", "../shared/runs/real"));
        if (!Files.isDirectory(folder)) {
            return Stream.of(folder.resolve("absent"));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("realLogs")
    void aRealLogOpensWithItsStepsAndItsSamplesTurns(Path log) throws Exception {
        assumeTrue(Files.isRegularFile(log), "no real logs at " + log.getParent() + " (set -Druns.real=FOLDER)");
        try (Run run = RunOpener.open(log, false)) {
            assertEquals(0, run.skipped().total(), run.skipped().cases().toString());
            for (StepSummary step : run.steps()) {
                Sample first = run.sample(step.step(), 0);
                assertFalse(first.turns().isEmpty(), "turns of " + first.origin());
                List<Sample> group = run.group(step.step(), 0);
                assertTrue(group.contains(first));
            }
        }
    }
}
