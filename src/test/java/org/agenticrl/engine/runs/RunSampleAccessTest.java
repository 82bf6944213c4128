package org.agenticrl.engine.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One sample and pages of samples, read without the rest of their step: the same samples, in the same order, as a
 * whole step's list, for every format; indices outside a step refused with its sample count.
 */
class RunSampleAccessTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"verl", "trl", "rllm", "inspect", "inspect-json", "app-episode", "agentic-jsonl"})
    void everySampleAndEveryPageIsTheStepsListAtThatIndex(String fixture) throws RunException {
        try (Run run = RunOpener.open(RunOpenerTest.fixture(fixture), false)) {
            assertSameAsWholeSteps(run);
        }
    }

    @Test
    void aDumpWithBrokenLinesAndStepsSharingFilesIsIndexedLineForLine() throws Exception {
        Files.writeString(folder.resolve("a.jsonl"), verl(1, 1, "a") + "not json\n" + verl(2, 0, "b") + "\n  \n"
                + verl(1, 0.5, "c") + verl(2, 1, "d"));
        Files.writeString(folder.resolve("b.jsonl"), verl(1, 0.25, "e") + verl(1, 1, "y".repeat(3_000_000))
                + verl(1, 0, "f"));
        try (Run run = RunOpener.open(folder, false)) {
            assertEquals(List.of(5, 2), run.steps().stream().map(s -> run.sampleCount(s.step())).toList());
            assertEquals(List.of("a", "c", "e", "y".repeat(3_000_000), "f"),
                    run.samples(1).stream().map(Sample::response).toList());
            assertEquals("f", run.sample(1, 4).response());
            assertEquals(folder.resolve("a.jsonl") + ":6", run.sample(1, 1).origin());
            assertSameAsWholeSteps(run);
        }
    }

    @Test
    void aStepMustBeAJsonIntegerAndVerlsScoreANumberOrNumpysTextOfOneInTheSummaryAsInTheSamples() throws Exception {
        Files.writeString(folder.resolve("1.jsonl"), verl(1, 1, "kept")
                + "{\"input\": \"q\", \"output\": \"o\", \"score\": 1, \"step\": \"1\"}\n"
                + "{\"input\": \"q\", \"output\": \"o\", \"score\": 1, \"step\": 1.5}\n"
                + "{\"input\": \"q\", \"output\": \"numpy\", \"score\": \"0.5\", \"step\": 1}\n"
                + "{\"input\": \"q\", \"output\": \"bool\", \"score\": \"True\", \"step\": 1}\n"
                + "{\"input\": \"q\", \"output\": \"o\", \"score\": \"0x10\", \"step\": 1}\n"
                + "{\"input\": \"q\", \"output\": \"o\", \"score\": \"nan\", \"step\": 1}\n");
        try (Run run = RunOpener.open(folder, false)) {
            assertEquals(3, run.steps().get(0).samples());
            assertEquals(2.5 / 3, run.steps().get(0).rewardMean(), 1e-12);
            assertEquals(3, run.sampleCount(1));
            assertEquals(List.of("kept", "numpy", "bool"), run.samples(1).stream().map(Sample::response).toList());
            assertEquals(Map.of("no step", 2L, "no reward", 2L), run.skipped().counts());
        }
    }

    @Test
    void indicesOutsideTheStepAreRefusedWithItsSampleCount() throws RunException {
        try (Run run = RunOpener.open(RunOpenerTest.fixture("verl"), false)) {
            IndexOutOfBoundsException past = assertThrows(IndexOutOfBoundsException.class, () -> run.sample(1, 6));
            assertEquals("step 1 has 6 samples (indices 0 to 5): there is no sample 6", past.getMessage());
            assertThrows(IndexOutOfBoundsException.class, () -> run.sample(1, -1));
            IndexOutOfBoundsException noStep = assertThrows(IndexOutOfBoundsException.class, () -> run.sample(9, 0));
            assertEquals("the run has no samples at step 9: there is no sample 0", noStep.getMessage());
            IndexOutOfBoundsException page = assertThrows(IndexOutOfBoundsException.class,
                    () -> run.samples(1, 4, 3));
            assertEquals("step 1 has 6 samples (indices 0 to 5): a page of 3 from sample 4 goes past the last",
                    page.getMessage());
            IndexOutOfBoundsException negative = assertThrows(IndexOutOfBoundsException.class,
                    () -> run.samples(1, 0, -1));
            assertTrue(negative.getMessage().contains("not from 0 count -1"), negative.getMessage());
            assertEquals(List.of(), run.samples(1, 6, 0));
            assertEquals(List.of(), run.samples(9, 0, 0));
        }
    }

    @Test
    void aFileCutShorterSinceOpeningIsReportedNotMisread() throws Exception {
        Path file = folder.resolve("1.jsonl");
        Files.writeString(file, verl(1, 1, "a") + verl(1, 0, "b"));
        try (Run run = RunOpener.open(folder, false)) {
            Files.writeString(file, verl(1, 1, "a"));
            RunException changed = assertThrows(RunException.class, () -> run.sample(1, 1));
            assertTrue(changed.getMessage().contains("changed since the run was opened"), changed.getMessage());
            assertEquals("a", run.sample(1, 0).response());
        }
    }

    @Test
    void indexingAskedToStopLeavesTheRemainingFilesOut() throws Exception {
        Files.writeString(folder.resolve("1.jsonl"), verl(1, 1, "a"));
        Files.writeString(folder.resolve("2.jsonl"), verl(2, 1, "b"));
        List<Path> files = List.of(folder.resolve("1.jsonl"), folder.resolve("2.jsonl"));
        try (Run run = JsonLinesRun.open(new VerlLines(), folder, files, false, new SkipReport(), () -> true,
                RunCache.none())) {
            assertEquals(0, run.sampleCount(1) + run.sampleCount(2));
        }
        try (Run run = JsonLinesRun.open(new VerlLines(), folder, files, false, new SkipReport(), () -> false,
                RunCache.none())) {
            assertEquals(2, run.sampleCount(1) + run.sampleCount(2));
        }
    }

    private static void assertSameAsWholeSteps(Run run) throws RunException {
        for (StepSummary summary : run.steps()) {
            long step = summary.step();
            List<Sample> whole = run.samples(step);
            assertEquals(summary.samples(), whole.size());
            assertEquals(whole.size(), run.sampleCount(step));
            for (int i = 0; i < whole.size(); i++) {
                assertEquals(whole.get(i), run.sample(step, i), "step " + step + " sample " + i);
            }
            for (int from = 0; from <= whole.size(); from++) {
                for (int count = 0; from + count <= whole.size(); count++) {
                    assertEquals(whole.subList(from, from + count), run.samples(step, from, count));
                }
            }
        }
    }

    private static String verl(int step, double score, String output) {
        return "{\"input\": \"q\", \"output\": \"" + output + "\", \"gts\": \"1\", \"score\": " + score
                + ", \"step\": " + step + ", \"acc\": " + (score > 0.5) + "}\n";
    }
}
