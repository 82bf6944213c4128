package org.agenticrl.engine.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The formats as their writers write them today (fixtures written by bench/make_run_fixtures.py,
 * bench/make_inspect_log.py and bench/MakeTrlFixture.java from the writers' code, see the fixtures' README).
 */
class CurrentFormatsTest {
    private static Path fixture(String name) {
        return Path.of("src/test/resources/runs", name);
    }

    private static List<String> roles(Sample sample) {
        return sample.turns().stream().map(Turn::role).toList();
    }

    @Test
    void aCurrentInspectLogOfZstandardEntriesAndCondensedEventsOpensWithItsEpochsGroupedAndItsTokens() throws Exception {
        Path log = fixture("inspect-current/multiply.eval");
        try (ZipFile zip = ZipFile.builder().setPath(log).get()) {
            assertTrue(Collections.list(zip.getEntries()).stream().allMatch(e -> e.getMethod() == EvalArchive.ZSTANDARD),
                    "every entry is Zstandard, as inspect_ai 0.3.206+ writes them");
        }
        try (Run run = RunOpener.open(log, false)) {
            assertEquals(1, run.steps().size());
            assertEquals(6, run.sampleCount(1));
            List<PromptGroup> groups = PromptGroup.of(run.samples(1), AdvantageSource.GRPO);
            assertEquals(List.of(2, 2, 2), groups.stream().map(g -> g.samples().size()).toList(),
                    "two epochs of each sample id are one group");
            Sample first = run.sample(1, 0);
            assertEquals(List.of("system", "user", "assistant", "assistant", "assistant"), roles(first));
            assertTrue(first.turns().get(0).text().startsWith("You are a careful assistant."),
                    "the system prompt's attachment:// reference is resolved");
            Turn call = first.turns().get(2);
            assertEquals("calculator", call.toolCalls().get(0).name());
            assertTrue(call.toolCalls().get(0).arguments().contains("\"expression\""));
            assertFalse(call.toolResult().startsWith("attachment://"), call.toolResult());
            assertFalse(first.tokens().isEmpty(), "its model events logged log-probabilities");
            assertEquals(4, first.tokens().get(0).alternatives().size());
            assertEquals(first.group(), run.group(1, 0).get(0).group());
            assertEquals(0, run.skipped().total());
        }
    }

    @Test
    void aLargeInspectLogIsSummarisedFromItsSummariesAndReadSampleBySample() throws Exception {
        Path log = fixture("inspect-current/multiply.eval");
        SkipReport skipped = new SkipReport();
        try (InspectLog summarised = InspectLog.open(log, 1, skipped, 1);
             InspectLog whole = InspectLog.open(log, 1, new SkipReport())) {
            StepSummary fromSummaries = summarised.summary(1);
            StepSummary fromSamples = whole.summary(1);
            assertEquals(fromSamples.samples(), fromSummaries.samples());
            assertEquals(fromSamples.rewardMean(), fromSummaries.rewardMean(), 1e-12);
            assertEquals(fromSamples.accuracy(), fromSummaries.accuracy());
            assertTrue(Double.isNaN(fromSummaries.meanResponseLength()), "summaries hold no responses");
            assertEquals(whole.samples(1, 3, 1), summarised.samples(1, 3, 1), "a sample read alone is the same");
            assertEquals(2, summarised.group(1, 3).size(), "the epochs of its sample id, found by entry name");
            assertEquals(0, skipped.total());
        }
    }

    @Test
    void aVerlMultiTurnDumpSplitsIntoTurnsWithToolCallsAndKeepsValidationApart() throws Exception {
        try (Run run = RunOpener.open(fixture("verl-multiturn"), false)) {
            assertEquals(List.of(1L, 2L), run.steps().stream().map(StepSummary::step).toList());
            assertEquals(List.of(2L), run.validationSteps().stream().map(StepSummary::step).toList());
            assertEquals(4, run.sampleCount(2), "the validation samples of step 2 are not the training step's");
            Sample tool = run.sample(1, 0);
            assertEquals(List.of("system", "user", "assistant", "assistant"), roles(tool));
            Turn call = tool.turns().get(2);
            assertEquals(new ToolCall("calculator", "{\"expression\":\"200 + 3 * 20\"}", null), call.toolCalls().get(0));
            assertEquals("260", call.toolResult());
            assertEquals("The result is 260. The answer is \\boxed{260}.", tool.turns().get(3).text());
            Sample numpy = run.sample(2, 0);
            assertEquals(1.0, numpy.reward(), "score \"1.0\" written from numpy");
            assertEquals(Boolean.TRUE, numpy.correct(), "acc \"True\"");
            assertEquals(Map.of("format", 0.5), numpy.rewards());
            assertFalse(run.sample(2, 1).turns().get(2).toolCalls().get(0).parsed(), "the broken call is marked");
            assertEquals(0.625, run.steps().get(1).namedRewards().get("format"), 1e-12);
            assertEquals(0, run.skipped().total());
        }
    }

    @Test
    void rllmEpisodesCarryTheirStepRewardsOnTheirTurnsBesideTheirBatchSummaries() throws Exception {
        try (Run run = RunOpener.open(fixture("rllm-current"), false)) {
            assertEquals(0, run.skipped().total(), "batch_summary.json is read as the step's companion, not skipped");
            assertEquals(List.of(1L, 2L), run.steps().stream().map(StepSummary::step).toList());
            assertEquals(1, run.validationSteps().size(), "val_step_2_epoch_0 is a series of its own");
            Sample solved = run.samples(1).stream().filter(s -> Boolean.TRUE.equals(s.correct())).findFirst()
                    .orElseThrow();
            assertEquals(List.of("user", "assistant", "assistant"), roles(solved));
            Turn first = solved.turns().get(1);
            assertEquals(0.1, first.reward());
            assertEquals("calculator", first.toolCalls().get(0).name());
            assertEquals("{\"expression\":\"17 * 23\"}", first.toolCalls().get(0).arguments());
            assertNull(first.observation(), "the first observation is the task, the user's turn");
            assertEquals("391", solved.turns().get(2).observation());
            assertEquals(1.0, solved.turns().get(2).reward());
            assertEquals(1.1, solved.reward(), 1e-12);
        }
    }

    @Test
    void rllmsEvalStoreIsOneStepOfItsEpisodes() throws Exception {
        try (Run run = RunOpener.open(fixture("rllm-eval"), false)) {
            assertEquals(RunFormat.RLLM, run.format());
            assertEquals(1, run.steps().size());
            assertEquals(2, run.sampleCount(1));
            assertEquals(0, run.skipped().total(), "meta.json is the store's companion");
        }
    }

    @Test
    void trlCompletionsSumTheirRewardFunctionsSkippingNullsAndShowTheLoggedAdvantage() throws Exception {
        try (Run run = RunOpener.open(fixture("trl-current"), false)) {
            assertEquals(List.of("accuracy_reward", "format_reward"),
                    List.copyOf(run.steps().get(0).namedRewards().keySet()), "the extra columns are not rewards");
            List<Sample> step2 = run.samples(2);
            assertEquals(2.0, step2.get(0).reward());
            assertEquals(1.5, step2.get(1).reward());
            assertNull(step2.get(2).reward(), "every function returned None: unscorable, as TRL marks it");
            assertEquals(0.0, run.samples(1).get(1).reward(), "accuracy 0 and a format function that returned None");
            assertEquals(-0.7071, run.samples(1).get(1).advantage());
            Sample tool = run.sample(1, 0);
            assertEquals(List.of("system", "user", "assistant", "assistant"), roles(tool));
            assertEquals("391", tool.turns().get(2).toolResult());
        }
    }
}
