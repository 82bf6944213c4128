package org.agenticrl.engine.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run's extract reads as the run it was cut from: the same samples, step by step, as opening the verl dump reads
 * them, without any file; samples of any run become verl lines that read back to the same texts and rewards; an
 * extract that is empty, too large, or holds a line that is no sample is refused with the reason.
 */
class RunExtractTest {
    private static final Path DUMP = Path.of("src/test/resources/runs/verl-multiturn");

    private static List<String> lines() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(DUMP.resolve("1.jsonl")));
        lines.addAll(Files.readAllLines(DUMP.resolve("2.jsonl")));
        lines.removeIf(String::isBlank);
        return lines;
    }

    @Test
    void anExtractOfADumpReadsAsTheDumpItself() throws Exception {
        RunExtract extract = new RunExtract("verl-multiturn", lines());
        try (Run fromFiles = RunOpener.open(DUMP, false); Run fromLesson = extract.open()) {
            assertEquals(RunFormat.VERL, fromLesson.format());
            assertEquals(Path.of("verl-multiturn"), fromLesson.source());
            assertEquals(fromFiles.steps().stream().map(StepSummary::step).toList(),
                    fromLesson.steps().stream().map(StepSummary::step).toList());
            for (StepSummary step : fromFiles.steps()) {
                List<Sample> expected = fromFiles.samples(step.step());
                List<Sample> shown = fromLesson.samples(step.step());
                assertEquals(expected.size(), shown.size());
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i).prompt(), shown.get(i).prompt());
                    assertEquals(expected.get(i).response(), shown.get(i).response());
                    assertEquals(expected.get(i).reward(), shown.get(i).reward());
                    assertEquals(expected.get(i).rewards(), shown.get(i).rewards());
                    assertEquals(expected.get(i).turns(), shown.get(i).turns());
                }
            }
            assertEquals(0, fromLesson.skipped().total());
        }
    }

    @Test
    void samplesOfAnyRunBecomeVerlLinesThatReadBackToTheSameTextsAndRewards() throws Exception {
        try (Run run = RunOpener.open(DUMP, false)) {
            List<Sample> samples = run.samples(run.steps().get(0).step());
            RunExtract extract = RunExtract.of("cut", samples);
            try (Run back = extract.open()) {
                List<Sample> read = back.samples(samples.get(0).step());
                assertEquals(samples.stream().map(Sample::response).toList(), read.stream().map(Sample::response)
                        .toList());
                assertEquals(samples.stream().map(Sample::reward).toList(), read.stream().map(Sample::reward).toList());
                assertEquals(samples.stream().map(Sample::correct).toList(), read.stream().map(Sample::correct)
                        .toList());
            }
            assertEquals(extract, new RunExtract("cut", extract.trees().stream().map(Object::toString).toList()),
                    "the lines written as JSON objects read back to the same extract");
        }
    }

    @Test
    void anExtractThatIsNoRunIsRefusedWithTheReason() throws Exception {
        String good = lines().get(0);
        assertEquals("an extract holds 1 to 64 samples, not 0",
                assertThrows(IllegalArgumentException.class, () -> new RunExtract("run", List.of())).getMessage());
        assertEquals("an extract holds 1 to 64 samples, not 65", assertThrows(IllegalArgumentException.class,
                () -> new RunExtract("run", Collections.nCopies(65, good))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RunExtract("run", List.of(
                "{\"input\":\"" + "x".repeat(RunExtract.MAX_CHARS) + "\",\"output\":\"\",\"score\":1,\"step\":1}")))
                .getMessage().startsWith("the samples are "));
        assertEquals("the run's name must be one line of 1 to 80 characters", assertThrows(
                IllegalArgumentException.class, () -> new RunExtract(" ", List.of(good))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RunExtract("run", List.of(good, "[1]")))
                .getMessage().startsWith("sample 2 is not a JSON object"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RunExtract("run", List.of("{\"a\""))
        ).getMessage().startsWith("sample 1 is not JSON"));
        String noStep = assertThrows(IllegalArgumentException.class, () -> new RunExtract("run",
                List.of("{\"input\":\"q\",\"output\":\"a\",\"score\":1}"))).getMessage();
        assertTrue(noStep.startsWith("sample 1: "), noStep);
    }
}
