package org.agenticrl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --rollouts DIR}: every update's episodes written as verl dumps its rollouts, which {@code inspect}
 * then reads as a verl run; a folder that is a file or holds a run already is refused before anything is trained.
 */
class TrainRolloutsCliTest {
    @TempDir
    Path folder;

    @Test
    void everyUpdateIsAVerlStepThatInspectReads() throws Exception {
        Path run = folder.resolve("toy-run");
        CliRun train = CliRun.of("train", "--episodes", "16", "--seed", "3", "--eval", "10", "--rollouts",
                run.toString(), "--json");
        assertEquals(0, train.code(), train.err());
        assertEquals(run.toString(), train.json().get("rollouts").get("folder").asText());
        assertEquals(2, train.json().get("rollouts").get("files").asInt());
        for (String file : List.of("1.jsonl", "2.jsonl")) {
            List<String> lines = Files.readAllLines(run.resolve(file));
            assertEquals(8, lines.size(), file);
            JsonNode first = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(0));
            for (String key : List.of("input", "output", "gts", "score", "step", "acc", "outcome", "process")) {
                assertTrue(first.has(key), key + " in " + file);
            }
        }
        CliRun inspect = CliRun.of("inspect", run.toString(), "--json");
        assertEquals(0, inspect.code(), inspect.err());
        JsonNode report = inspect.json();
        assertTrue(report.get("format").asText().startsWith("verl"), report.get("format").asText());
        assertEquals(2, report.get("steps").size());
        assertEquals(8, report.get("steps").get(1).get("samples").asInt());
        assertTrue(report.get("steps").get(0).get("namedRewards").has("process"));
    }

    @Test
    void aFolderThatHoldsARunOrIsAFileIsRefusedBeforeTraining() throws Exception {
        Path run = Files.createDirectories(folder.resolve("used"));
        Files.writeString(run.resolve("1.jsonl"), "{}\n");
        CliRun used = CliRun.of("train", "--episodes", "8", "--seed", "0", "--eval", "1", "--rollouts", run.toString());
        assertEquals(2, used.code());
        assertTrue(used.err().contains("holds rollouts already (1.jsonl)"), used.err());
        assertEquals("", used.out(), "nothing trained");
        Path file = Files.writeString(folder.resolve("file.txt"), "x");
        CliRun notAFolder = CliRun.of("train", "--episodes", "8", "--seed", "0", "--eval", "1", "--rollouts",
                file.toString());
        assertEquals(2, notAFolder.code());
        assertTrue(notAFolder.err().contains("is a file, not a folder"), notAFolder.err());
        assertEquals(1, notAFolder.err().strip().lines().count(), notAFolder.err());
    }
}
