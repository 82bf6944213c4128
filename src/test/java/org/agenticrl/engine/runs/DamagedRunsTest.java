package org.agenticrl.engine.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged real-world input: each case is reported once with its file and place, the rest of the run opens, nothing
 * throws, and nothing is written beside the files.
 */
class DamagedRunsTest {
    private static final String HEADER = "{\"version\": 2, \"status\": \"success\", \"eval\": {\"task\": \"t\"}}";

    @TempDir
    Path folder;

    /** A sample whose model events were condensed: empty messages, input_refs into events_data.messages. */
    static String condensedSample(int id, String refs) {
        return "{\"id\": " + id + ", \"epoch\": 1, \"input\": \"What is 2+3?\", \"target\": \"5\", \"messages\": [],"
                + " \"scores\": {\"match\": {\"value\": \"C\"}},"
                + " \"events_data\": {\"messages\": [{\"role\": \"system\", \"content\": \"attachment://sys\"},"
                + " {\"role\": \"user\", \"content\": \"What is 2+3?\"}], \"calls\": []},"
                + " \"attachments\": {\"sys\": \"Use the calculator.\"},"
                + " \"events\": [{\"event\": \"model\", \"input\": [], \"input_refs\": " + refs + ", \"output\": {"
                + "\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": \"It is 5.\", \"tool_calls\":"
                + " [{\"id\": \"c1\", \"function\": \"calculator\", \"arguments\": {\"expression\": \"2+3\"}}]}}]}}]}";
    }

    private Path log(EvalArchive archive, int method) throws Exception {
        return archive.write(folder.resolve("log.eval"), method);
    }

    private List<Path> files() throws Exception {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {EvalArchive.ZSTANDARD, ZipEntry.DEFLATED, ZipEntry.STORED})
    void condensedEventsAreResolvedFromThePoolWhateverTheCompression(int method) throws Exception {
        Path file = log(new EvalArchive().add("header.json", HEADER)
                .add("samples/1_epoch_1.json", condensedSample(1, "[[0, 2]]")), method);
        try (Run run = RunOpener.open(file, false)) {
            Sample sample = run.sample(1, 0);
            assertEquals(List.of("system", "user", "assistant"), sample.turns().stream().map(Turn::role).toList());
            assertEquals("Use the calculator.", sample.turns().get(0).text(), "the attachment is resolved");
            assertEquals("calculator", sample.turns().get(2).toolCalls().get(0).name());
            assertEquals(0, run.skipped().total());
        }
    }

    @Test
    void anInputRangePastThePoolIsReportedWithTheEntryAndTheRestIsRead() throws Exception {
        Path file = log(new EvalArchive().add("header.json", HEADER)
                .add("samples/1_epoch_1.json", condensedSample(1, "[[0, 9]]")), EvalArchive.ZSTANDARD);
        try (Run run = RunOpener.open(file, false)) {
            assertEquals(3, run.sample(1, 0).turns().size(), "the two messages the pool has, then the output");
            Skipped skipped = run.skipped().cases().get(0);
            assertEquals(file + "!samples/1_epoch_1.json", skipped.file());
            assertEquals("input_refs out of range", skipped.reason());
            assertTrue(skipped.detail().contains("[0, 9) in a pool of 2 messages"), skipped.detail());
        }
    }

    @Test
    void aTruncatedZstandardEntryIsReportedAndTheOtherSamplesOpen() throws Exception {
        Path file = log(new EvalArchive().add("header.json", HEADER)
                .add("samples/1_epoch_1.json", condensedSample(1, "[[0, 2]]"))
                .add("samples/2_epoch_1.json", condensedSample(2, "[[0, 2]]"))
                .truncate("samples/2_epoch_1.json"), EvalArchive.ZSTANDARD);
        List<Path> before = files();
        try (Run run = RunOpener.open(file, false)) {
            assertEquals(1, run.sampleCount(1));
            assertEquals(Map.of("unreadable entry", 1L), run.skipped().counts());
            assertEquals(file + "!samples/2_epoch_1.json", run.skipped().cases().get(0).file());
        }
        assertEquals(before, files(), "nothing is written beside the log");
    }

    @Test
    void aZipWithoutItsCentralDirectoryIsReportedAndItsEntriesAreReadInOrder() throws Exception {
        Path file = log(new EvalArchive().add("_journal/start.json", "{}").add("header.json", HEADER)
                .add("samples/1_epoch_1.json", condensedSample(1, "[[0, 2]]")), ZipEntry.DEFLATED);
        EvalArchive.dropCentralDirectory(file);
        try (Run run = RunOpener.open(folder, false)) {
            assertEquals(RunFormat.INSPECT, run.format());
            assertEquals(1, run.sampleCount(1));
            assertEquals("It is 5.", run.sample(1, 0).turns().get(2).text());
            Skipped damage = run.skipped().cases().get(0);
            assertEquals(file.toString(), damage.file());
            assertEquals("damaged zip", damage.reason());
        }
    }

    @Test
    void aParquetRewardColumnOfTextIsReportedAndLeftOutOfTheReward() throws Exception {
        Path completions = Files.createDirectories(folder.resolve("completions"));
        Path file = completions.resolve("completions_00001.parquet");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            sql.execute("COPY (SELECT 1::BIGINT AS step, 'q' AS prompt, 'a' AS completion, 1.0::DOUBLE AS accuracy_reward,"
                    + " '0.5' AS format_reward, 0.0::DOUBLE AS advantage) TO '" + file + "' (FORMAT parquet)");
        }
        try (Run run = RunOpener.open(folder, false)) {
            assertEquals(1.0, run.sample(1, 0).reward());
            assertEquals(List.of("accuracy_reward"), List.copyOf(run.steps().get(0).namedRewards().keySet()));
            Skipped skipped = run.skipped().cases().get(0);
            assertEquals(file.toString(), skipped.file());
            assertEquals("reward column of text", skipped.reason());
            assertTrue(skipped.detail().contains("format_reward"), skipped.detail());
        }
    }

    @Test
    void aVerlToolCallWithBrokenJsonIsKeptAsTextAndMarked() throws Exception {
        Files.writeString(folder.resolve("1.jsonl"), "{\"input\": \"user\\nq\\nassistant\\n\", \"output\": "
                + "\"<tool_call>\\n{\\\"name\\\": \\\"calc\\\", \\\"arguments\\\": {\\n</tool_call>\", \"score\": 0, "
                + "\"step\": 1}\n");
        try (Run run = RunOpener.open(folder, false)) {
            ToolCall call = run.sample(1, 0).turns().get(1).toolCalls().get(0);
            assertEquals("calc", call.name());
            assertFalse(call.parsed());
            assertEquals("{\"name\": \"calc\", \"arguments\": {", call.arguments());
        }
    }
}
