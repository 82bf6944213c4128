package org.agenticrl.engine.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every fixture in src/test/resources/runs opens as its format, with the steps and numbers written into it. */
class RunOpenerTest {
    static Path fixture(String name) {
        try {
            return Path.of(RunOpenerTest.class.getResource("/runs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"verl, VERL, 2, 6, 0.5", "trl, TRL, 2, 4, 1.25", "rllm, RLLM, 2, 2, 0.5", "inspect, INSPECT, 1, 2, 0.5",
            "inspect-json, INSPECT, 1, 2, 0.5", "app-episode, APP_EPISODE, 1, 1, 1.4",
            "agentic-jsonl, AGENTIC_JSONL, 2, 2, 0.5"})
    void everyFixtureOpensAsItsFormat(String name, RunFormat format, int steps, long firstStepSamples,
                                      double firstStepReward) throws RunException {
        try (Run run = RunOpener.open(fixture(name), false)) {
            assertEquals(format, run.format());
            assertEquals(steps, run.steps().size());
            StepSummary first = run.steps().get(0);
            assertEquals(firstStepSamples, first.samples());
            assertEquals(firstStepReward, first.rewardMean(), 1e-9);
            assertEquals(firstStepSamples, run.samples(first.step()).size());
            assertEquals(0, run.skipped().total(), () -> run.skipped().cases().toString());
        }
    }

    @Test
    void verlKeepsItsAccuracyAndPercentilesAsNumpyWouldComputeThem() throws RunException {
        try (Run run = RunOpener.open(fixture("verl"), false)) {
            StepSummary step2 = run.steps().get(1);
            // step 2 scores 1,1,1,1,1,0: numpy.percentile(..., 10) = 0.5, 90 = 1.0
            assertEquals(0.5, step2.rewardP10(), 1e-12);
            assertEquals(1.0, step2.rewardP90(), 1e-12);
            assertEquals(5 / 6.0, step2.accuracy(), 1e-12);
            Sample sample = run.samples(1).get(1);
            assertEquals("It is 6. \\boxed{6}", sample.response());
            assertEquals(Boolean.FALSE, sample.correct());
            assertNull(sample.advantage());
        }
    }

    @Test
    void trlNamesEachRewardFunctionAndKeepsItsLoggedAdvantages() throws RunException {
        try (Run run = RunOpener.open(fixture("trl"), false)) {
            assertEquals(List.of("accuracy_reward", "format_reward"),
                    List.copyOf(run.steps().get(0).namedRewards().keySet()));
            List<PromptGroup> groups = PromptGroup.of(run.samples(1), AdvantageSource.LOGGED);
            assertEquals(AdvantageSource.LOGGED, groups.get(0).source());
            assertEquals(List.of(0.7071, -0.7071), groups.get(0).advantages());
        }
    }

    @Test
    void rllmEpisodesBecomeMultiStepSamplesWithARewardPerTurn() throws RunException {
        try (Run run = RunOpener.open(fixture("rllm"), false)) {
            Sample solved = run.samples(1).stream().filter(s -> Boolean.TRUE.equals(s.correct())).findFirst().orElseThrow();
            assertEquals(List.of("user", "assistant", "assistant"), solved.turns().stream().map(Turn::role).toList());
            assertEquals("Result: 391", solved.turns().get(2).observation());
            assertEquals(1.0, solved.turns().get(2).reward());
            assertEquals("What is 17 * 23?", solved.prompt());
        }
    }

    @Test
    void inspectSamplesCarryTokensWithTheirAlternativesAndToolCalls() throws RunException {
        try (Run run = RunOpener.open(fixture("inspect/calc.eval"), false)) {
            Sample sample = run.samples(1).stream().filter(s -> Boolean.TRUE.equals(s.correct())).findFirst().orElseThrow();
            assertEquals(9, sample.tokens().size());
            Token calculate = sample.tokens().get(2);
            assertEquals(" calculate", calculate.text());
            assertEquals(3, calculate.alternatives().size());
            assertTrue(calculate.alternativesEntropy() > 0);
            assertTrue(sample.turns().stream().anyMatch(t -> t.toolCalls().stream()
                    .anyMatch(call -> call.name().equals("calculator")) && "8".equals(t.toolResult())),
                    sample.turns().toString());
        }
    }

    @Test
    void advantagesAreRecomputedAsEachEstimatorDefinesThem() {
        List<Sample> samples = List.of(sample(1.0), sample(0.0), sample(0.5));
        // mean 0.5, unbiased std 0.5
        assertEquals(List.of(1.0, -1.0, 0.0), rounded(PromptGroup.of(samples, AdvantageSource.GRPO).get(0)));
        assertEquals(List.of(0.5, -0.5, 0.0), rounded(PromptGroup.of(samples, AdvantageSource.DR_GRPO).get(0)));
        assertEquals(List.of(0.75, -0.75, 0.0), rounded(PromptGroup.of(samples, AdvantageSource.RLOO).get(0)));
        PromptGroup fallback = PromptGroup.of(samples, AdvantageSource.LOGGED).get(0);
        assertEquals(AdvantageSource.GRPO, fallback.source());
        assertFalse(fallback.source().label().isEmpty());
    }

    private static Sample sample(double reward) {
        return new Sample(1, "g", "p", "r", reward, java.util.Map.of(), null, null, List.of(), List.of(), "test");
    }

    private static List<Double> rounded(PromptGroup group) {
        return group.advantages().stream().map(a -> Math.round(a * 1e4) / 1e4).toList();
    }
}
