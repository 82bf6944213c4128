package org.agenticrl.engine.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: the run opens with what is readable, and every line it skipped is listed with why; files unchanged. */
class BadRunInputTest {
    @TempDir
    Path folder;

    private static String line(int step, double score, String output) {
        return "{\"input\": \"q\", \"output\": \"" + output + "\", \"gts\": \"1\", \"score\": " + score
                + ", \"step\": " + step + ", \"acc\": true}\n";
    }

    @Test
    void everyKindOfBadLineIsSkippedAndReportedWithItsLine() throws Exception {
        Files.writeString(folder.resolve("1.jsonl"), line(1, 1, "a") + "not json at all\n" + line(1, 0, "b")
                + "{\"input\": \"q\", \"output\": \"x\", \"step\": 1}\n" + "{\"input\": \"q\", \"output\": \"trun");
        byte[] notUtf8 = "{\"input\": \"q\u00ff\", \"output\": \"x\", \"score\": 0.5, \"step\": 2}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("2.jsonl"), concat(line(2, 1, "a").getBytes(StandardCharsets.UTF_8), notUtf8,
                line(2, 1, "c").getBytes(StandardCharsets.UTF_8)));
        Files.writeString(folder.resolve("3.jsonl"), line(3, 0, "a") + line(3, 1, "y".repeat(10_000_000)));
        long before = Files.size(folder.resolve("1.jsonl"));

        try (Run run = RunOpener.open(folder, false)) {
            assertEquals(RunFormat.VERL, run.format());
            assertEquals(2, run.steps().get(0).samples());
            assertEquals(2, run.steps().get(1).samples());
            assertEquals(2, run.steps().get(2).samples());
            assertEquals(2, run.samples(3).size());
            assertEquals(10_000_000, run.samples(3).get(1).responseLength());
            Map<String, Long> counts = run.skipped().counts();
            assertEquals(Map.of("not JSON", 1L, "no reward", 1L, "truncated line", 1L, "not UTF-8", 1L), counts,
                    () -> run.skipped().cases().toString());
            assertTrue(run.skipped().cases().contains(new Skipped(folder.resolve("1.jsonl").toString(), 2, "not JSON",
                    run.skipped().cases().stream().filter(s -> s.line() == 2 && s.reason().equals("not JSON"))
                            .findFirst().orElseThrow().detail())));
            assertTrue(run.skipped().cases().stream().anyMatch(s -> s.line() == 5 && s.reason().equals("truncated line")));
            assertTrue(run.skipped().cases().stream().anyMatch(s -> s.line() == 2 && s.reason().equals("not UTF-8")
                    && s.file().endsWith("2.jsonl")));
        }
        assertEquals(before, Files.size(folder.resolve("1.jsonl")));
    }

    @Test
    void aHalfWrittenLastLineIsWaitedForWhenFollowing() throws Exception {
        Files.writeString(folder.resolve("1.jsonl"), line(1, 1, "a") + "{\"input\": \"q\", \"outp");
        try (Run run = RunOpener.open(folder, true)) {
            assertEquals(1, run.steps().get(0).samples());
            assertEquals(0, run.skipped().total());
        }
    }

    @Test
    void anEmptyFolderIsNotARun() {
        RunException refused = assertThrows(RunException.class, () -> RunOpener.open(folder, false));
        assertTrue(refused.getMessage().contains("the folder is empty"), refused.getMessage());
    }

    @Test
    void filesOfNoKnownFormatAreNotARun() throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "hello\n");
        Files.writeString(folder.resolve("data.json"), "{\"some\": \"thing\"}");
        RunException refused = assertThrows(RunException.class, () -> RunOpener.open(folder, false));
        assertTrue(refused.getMessage().contains("2 files are in no format"), refused.getMessage());
    }

    @Test
    void aMissingPathIsRefusedWithItsName() {
        RunException refused = assertThrows(RunException.class, () -> RunOpener.open(folder.resolve("nope"), false));
        assertTrue(refused.getMessage().startsWith("no such file or folder"), refused.getMessage());
    }

    @Test
    void aBrokenEpisodeFileIsSkippedAndTheOthersOpen() throws Exception {
        Path step = Files.createDirectories(folder.resolve("episodes/train_step_1_epoch_0"));
        Files.copy(RunOpenerTest.fixture("rllm/episodes/train_step_1_epoch_0/episode_hash3f1c9a0b_idtask1_0.json"),
                step.resolve("a.json"));
        Files.writeString(step.resolve("b.json"), "{\"training_step\": 1, \"trajectories\": [");
        try (Run run = RunOpener.open(folder, false)) {
            assertEquals(RunFormat.RLLM, run.format());
            assertEquals(1, run.steps().get(0).samples());
            assertEquals(1, run.skipped().total(), () -> run.skipped().cases().toString());
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
