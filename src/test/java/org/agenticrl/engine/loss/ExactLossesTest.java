package org.agenticrl.engine.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.generation.Generation;
import org.agenticrl.engine.generation.TokenChooser;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class ExactLossesTest {
    private final Scenario seed = ScenarioLoader.seed();
    private final Policy pretrained = seed.pretrainedPolicy();
    private final Trajectory episode = EpisodeSettings.notebook().run(seed, pretrained);

    /** A policy that has drifted: after 'Action:' at the start it now strongly prefers 'finish('. */
    private Policy drifted() {
        int action = seed.vocabulary().require("Action:");
        Context context = new Context("", action);
        double[] logits = pretrained.logits(context);
        logits[seed.vocabulary().require("finish(")] += 3.0;
        return pretrained.withLogits(Map.of(context, logits));
    }

    @Test
    void exactSftScoresTheExpertDemonstrationNotTheTrajectory() {
        LossBreakdown losses = seed.lossCalculator().compute(episode, pretrained, pretrained, LossSettings.exact());
        Generation greedy = seed.generator().generate(pretrained, "", 12, TokenChooser.greedy());
        assertEquals(-greedy.totalLogProb(), losses.sftByVariant().get(SftVariant.EXACT), 1e-12,
                "the expert's tokens after 'I' are the greedy path");
        assertTrue(losses.sftByVariant().get(SftVariant.NOTEBOOK) > losses.sftByVariant().get(SftVariant.EXACT));
    }

    /**
     * The scripted first step writes the demonstration's text and scores every token of it, its leading 'I' included;
     * the exact L_SFT leaves that start token unscored, as its description says.
     */
    @Test
    void exactSftLeavesTheLeadingStartTokenUnscoredUnlikeTheScriptedStep() {
        LossBreakdown losses = seed.lossCalculator().compute(episode, pretrained, pretrained, LossSettings.exact());
        Generation scripted = episode.steps().get(0).generation();
        assertEquals(seed.generator().startToken(), scripted.steps().get(0).token(), "the step starts with 'I'");
        double withoutStartToken = scripted.totalLogProb() - scripted.steps().get(0).logProb();
        assertEquals(-withoutStartToken, losses.sftByVariant().get(SftVariant.EXACT), 1e-6);
        assertTrue(scripted.steps().get(0).logProb() < -0.1, "the start token's term is large enough to notice");
        assertTrue(SftVariant.EXACT.description().contains("leading start token is the prompt and is not scored"));
    }

    @Test
    void everyExactKlIsZeroAtTheReferenceWhileTheNotebooksIsHalf() {
        LossBreakdown losses = seed.lossCalculator().compute(episode, pretrained, pretrained, LossSettings.exact());
        for (KlVariant variant : new KlVariant[] {KlVariant.EXACT, KlVariant.K1, KlVariant.K2, KlVariant.K3}) {
            assertEquals(0.0, losses.klByVariant().get(variant), 0.0, variant.id());
        }
        assertEquals(0.5, losses.klByVariant().get(KlVariant.NOTEBOOK), 1e-15);
    }

    @Test
    void exactKlMeasuresDriftAndTheNotebooksDoesNot() {
        Policy drifted = drifted();
        LossBreakdown before = seed.lossCalculator().compute(episode, pretrained, pretrained, LossSettings.exact());
        LossBreakdown after = seed.lossCalculator().compute(episode, drifted, pretrained, LossSettings.exact());
        assertTrue(after.klByVariant().get(KlVariant.EXACT) > 0.1);
        assertTrue(after.klByVariant().get(KlVariant.K2) > 0);
        assertTrue(after.klByVariant().get(KlVariant.K3) > 0);
        assertEquals(before.klByVariant().get(KlVariant.NOTEBOOK), after.klByVariant().get(KlVariant.NOTEBOOK), 0.0);
    }

    @Test
    void theOutcomeReachesTheReturnsOnlyOutsideTheNotebookMode() {
        double notebookLast = RewardMode.NOTEBOOK.stepRewards(episode)[1];
        double processLast = RewardMode.PROCESS_AND_OUTCOME.stepRewards(episode)[1];
        double[] outcomeOnly = RewardMode.OUTCOME_ONLY.stepRewards(episode);
        assertEquals(0.0, notebookLast, 0.0);
        assertEquals(1.0, processLast, 0.0);
        assertEquals(0.0, outcomeOnly[0], 0.0);
        assertEquals(1.0, outcomeOnly[1], 0.0);
    }

    @Test
    void theTotalIsRlPlusWeightedSftPlusWeightedKl() {
        LossSettings settings = LossSettings.exact().withLambda1(0.5).withLambda2(0.2).withKl(KlVariant.K3);
        LossBreakdown losses = seed.lossCalculator().compute(episode, drifted(), pretrained, settings);
        assertEquals(losses.rl() + 0.5 * losses.sft() + 0.2 * losses.kl(), losses.total(), 0.0);
        assertEquals(losses.klByVariant().get(KlVariant.K3), losses.kl(), 0.0);
    }

    @Test
    void discountedReturnsFollowTheRecursion() {
        double[] returns = LossCalculator.discountedReturns(new double[] {0.4, 0.0, 1.0}, 0.5);
        assertEquals(1.0, returns[2], 0.0);
        assertEquals(0.5, returns[1], 0.0);
        assertEquals(0.65, returns[0], 1e-15);
    }
}
