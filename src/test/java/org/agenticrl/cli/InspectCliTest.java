package org.agenticrl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code inspect}: every fixture's format and steps, a step's groups, skipped lines, and exit 2 for no run. */
class InspectCliTest {
    @TempDir
    Path folder;

    private static CliRun inspect(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "inspect";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(all);
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(InspectCliTest.class.getResource("/runs/" + name).toURI()).toString();
    }

    @ParameterizedTest
    @CsvSource({"verl, verl rollout dump, 2", "trl, TRL GRPO completions, 2", "rllm, rLLM episode logs, 2",
            "inspect, inspect_ai log, 1", "inspect-json, inspect_ai log, 1", "app-episode, episode export, 1",
            "agentic-jsonl, run lines, 2"})
    void printsTheFormatAndEveryStep(String name, String format, int steps) throws Exception {
        CliRun result = inspect(fixture(name), "--json");
        assertEquals(0, result.code(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertTrue(json.get("format").asText().contains(format), json.get("format").asText());
        assertEquals(steps, json.get("steps").size());
        assertEquals(0, json.get("skippedTotal").asLong());
    }

    @Test
    void timingReportsTheCurveRandomSamplesAndPeakResidentOnStderrOnly() throws Exception {
        CliRun timed = inspect(fixture("verl"), "--step", "1", "--timing");
        assertEquals(0, timed.code(), timed.err());
        assertTrue(timed.err().matches("(?s)curve \\(run opened and indexed\\) in [0-9.]+ s; step 1's samples read and "
                + "grouped in [0-9.]+ ms\\R" + "one random sample: first [0-9.]+ ms, then 50 more: median [0-9.]+ ms, "
                + "p99 [0-9.]+ ms\\R" + "peak resident .*"), timed.err());
        assertEquals(inspect(fixture("verl"), "--step", "1").out(), timed.out());
    }

    @Test
    void aStepsGroupsShowTheirMeanStdAndAdvantages() throws Exception {
        CliRun result = inspect(fixture("verl"), "--step", "1", "--advantage", "drgrpo");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("step 1: 2 groups by prompt"), result.out());
        assertTrue(result.out().contains("reward mean 0.667, std 0.577; advantage recomputed: Dr. GRPO r - mean"),
                result.out());
        assertTrue(result.out().contains("advantages: 0.333 -0.667 0.333"), result.out());
        assertTrue(result.out().contains("accuracy"), result.out());
    }

    @Test
    void skippedLinesAreListedWithFileLineAndReason() throws Exception {
        Files.writeString(folder.resolve("7.jsonl"), "{\"input\": \"q\", \"output\": \"a\", \"score\": 1, \"step\": 7}\n"
                + "{broken\n");
        CliRun result = inspect(folder.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("skipped: 1"), result.out());
        assertTrue(result.out().contains("7.jsonl:2: not JSON"), result.out());
    }

    @Test
    void nothingThatIsARunExitsWithTwoAndTheReason() throws Exception {
        CliRun empty = inspect(folder.toString());
        assertEquals(Cli.USAGE, empty.code());
        assertTrue(empty.err().startsWith("inspect: nothing in ") && empty.err().contains("the folder is empty"),
                empty.err());
        Files.writeString(folder.resolve("readme.txt"), "not a run");
        CliRun unknown = inspect(folder.toString());
        assertEquals(Cli.USAGE, unknown.code());
        assertTrue(unknown.err().contains("in no format this app reads"), unknown.err());
    }

    @Test
    void aStepTheRunDoesNotHaveIsRefused() throws Exception {
        CliRun result = inspect(fixture("verl"), "--step", "9");
        assertEquals(Cli.USAGE, result.code());
        assertTrue(result.err().contains("the run has no step 9"), result.err());
    }

    @ParameterizedTest
    @CsvSource({"verl-multiturn, 1, 1, calculator, false", "inspect/calc.eval, 1, 1, calculator, true",
            "inspect-current/multiply.eval, 1, 1, calculator, true", "rllm-current, 1, 1, calculator, false",
            "trl-current, 1, 1, calculator, false"})
    void aSamplesTurnsCarryItsToolCallsWithParsedArgumentsAndItsTokensWhereLogged(String name, long step, int sample,
                                                                                    String tool, boolean tokens)
            throws Exception {
        CliRun result = inspect(fixture(name), "--step", String.valueOf(step), "--sample", String.valueOf(sample),
                "--json");
        assertEquals(0, result.code(), result.err());
        JsonNode json = result.json().get("sample");
        assertEquals(sample, json.get("sample").asInt());
        JsonNode called = null;
        for (JsonNode turn : json.get("turns")) {
            assertTrue(turn.has("role") && turn.has("text") && turn.has("toolResult") && turn.has("reward"),
                    turn.toString());
            for (JsonNode call : turn.get("toolCalls")) {
                called = called == null ? call : called;
            }
        }
        assertEquals(tool, called.get("name").asText(), json.toString());
        assertTrue(called.get("arguments").isObject(), "arguments are parsed JSON: " + called);
        assertTrue(json.has("reward") && json.has("advantage"), json.toString());
        assertEquals(tokens, json.get("tokens").isArray(), json.toString());
        assertEquals(tokens, json.get("tokensNote").isNull(), json.toString());
    }

    @Test
    void rllmsStepRewardsAreOnTheirTurnsAndTrlsAdvantageIsTheLoggedOne() throws Exception {
        JsonNode rllm = inspect(fixture("rllm-current"), "--step", "1", "--sample", "1", "--json").json().get("sample");
        List<Double> rewards = new java.util.ArrayList<>();
        rllm.get("turns").forEach(turn -> rewards.add(turn.get("reward").isNull() ? null : turn.get("reward").asDouble()));
        assertEquals(java.util.Arrays.asList(null, 0.1, 1.0), rewards);
        JsonNode trl = inspect(fixture("trl-current"), "--step", "1", "--sample", "2", "--json").json().get("sample");
        assertEquals(-0.7071, trl.get("advantage").asDouble());
        assertEquals("logged by the framework", trl.get("advantageSource").asText());
    }

    @Test
    void aSampleNeedsAStepAndMustBeOneOfItsSamples() throws Exception {
        CliRun alone = inspect(fixture("verl"), "--sample", "1");
        assertEquals(Cli.USAGE, alone.code());
        assertTrue(alone.err().contains("--sample needs --step"), alone.err());
        CliRun past = inspect(fixture("verl"), "--step", "1", "--sample", "7");
        assertEquals(Cli.USAGE, past.code());
        assertTrue(past.err().contains("step 1 has samples 1 to 6, not 7"), past.err());
    }

    @Test
    void validationStepsAndTheNotesOfACancelledLogArePrinted() throws Exception {
        JsonNode verl = inspect(fixture("verl-multiturn"), "--json").json();
        assertEquals(1, verl.get("validationSteps").size());
        assertEquals(2, verl.get("steps").size());
        Path cancelled = org.agenticrl.engine.runs.TestLogs.cancelledLog(folder.resolve("cancelled.eval"));
        CliRun result = inspect(cancelled.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("note: cancelled.eval: the evaluation was cancelled; it holds 1 sample"),
                result.out());
    }
}
