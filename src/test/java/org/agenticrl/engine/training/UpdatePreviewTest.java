package org.agenticrl.engine.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.training.advantage.AdvantageEstimator;
import org.agenticrl.engine.training.optimizer.OptimizerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One update, previewed: it is the training code's own step, term by term. */
class UpdatePreviewTest {
    private static final Scenario SEED = ScenarioLoader.seed();

    private static UpdatePreview preview(Trajectory trajectory, LossSettings settings, Policy policy, Policy reference,
                                         double stepSize) {
        LossBreakdown losses = SEED.lossCalculator().compute(trajectory, policy, reference, settings);
        return UpdatePreview.of(SEED, trajectory, losses, policy, reference, stepSize);
    }

    /**
     * A trainer with one episode per update, the notebook's advantages (G − the episode's mean G), plain SGD and no
     * clipping makes exactly the previewed step on the episode it samples first.
     */
    @ParameterizedTest
    @EnumSource(KlVariant.class)
    void theAfterIsTheTrainersOwnFirstUpdate(KlVariant kl) throws TrainingDivergedException {
        long seed = 7;
        LossSettings settings = new LossSettings(0.9, 0.5, 0.3, RewardMode.PROCESS_AND_OUTCOME, SftVariant.EXACT, kl);
        Policy start = trained();
        TrainingConfig config = new TrainingConfig(seed, 1, AdvantageEstimator.NOTEBOOK, settings, OptimizerKind.SGD, 2.0,
                Double.POSITIVE_INFINITY);
        Policy afterTraining = new Trainer(SEED, config, start).step().policy();
        Trajectory episode = EpisodeSettings.live(seed).run(SEED, start);
        UpdatePreview preview = preview(episode, settings, start, start, 2.0);
        assertFalse(preview.visited().isEmpty());
        for (Context context : preview.visited()) {
            assertArrayEquals(afterTraining.distribution(context).probabilities(),
                    preview.after(context).probabilities(), 0.0, context.toString());
        }
    }

    @Test
    void theNotebooksConstantKlExertsNoForceWhateverItsWeight() {
        Policy policy = trained();
        Trajectory episode = EpisodeSettings.notebook().run(SEED, policy);
        UpdatePreview heavy = preview(episode, LossSettings.notebook().withLambda2(2), policy, SEED.pretrainedPolicy(), 3);
        UpdatePreview none = preview(episode, LossSettings.notebook().withLambda2(0), policy, SEED.pretrainedPolicy(), 3);
        assertEquals(0.0, heavy.gradientNorm().kl());
        for (Context context : heavy.visited()) {
            assertArrayEquals(new double[SEED.vocabulary().size()], heavy.change(UpdatePreview.Term.KL, context));
            assertArrayEquals(none.after(context).probabilities(), heavy.after(context).probabilities(), 0.0);
        }
        UpdatePreview exact = preview(episode, LossSettings.notebook().withKl(KlVariant.EXACT).withLambda2(2), policy,
                SEED.pretrainedPolicy(), 3);
        assertTrue(exact.gradientNorm().kl() > 0, "the exact KL pulls a trained policy back");
    }

    @Test
    void theTermsAddUpToTheWholeStepToFirstOrder() {
        Policy policy = trained();
        Trajectory episode = EpisodeSettings.live(3).run(SEED, policy);
        LossSettings settings = LossSettings.exact().withLambda1(0.7).withLambda2(0.4);
        double eta = 1e-4;
        UpdatePreview preview = preview(episode, settings, policy, SEED.pretrainedPolicy(), eta);
        for (Context context : preview.visited()) {
            double[] before = preview.before(context).probabilities();
            double[] after = preview.after(context).probabilities();
            double[] rl = preview.change(UpdatePreview.Term.RL, context);
            double[] sft = preview.change(UpdatePreview.Term.SFT, context);
            double[] kl = preview.change(UpdatePreview.Term.KL, context);
            for (int v = 0; v < before.length; v++) {
                assertEquals(after[v] - before[v], rl[v] + sft[v] + kl[v], 1e-9, context + " token " + v);
            }
        }
        UpdatePreview.GradientNorms norms = preview.gradientNorm();
        assertTrue(norms.total() <= norms.rl() + norms.sft() + norms.kl() + 1e-12, "the triangle inequality");
    }

    /**
     * A step of zero leaves every probability as it was, up to the last bit: a moved row is the softmax of its logits,
     * an untouched pre-trained one the notebook's normalised table, and the two differ in the 16th digit.
     */
    @Test
    void aStepOfZeroChangesNothingAndAStepOutOfRangeIsRefused() {
        Policy policy = SEED.pretrainedPolicy();
        Trajectory episode = EpisodeSettings.notebook().run(SEED, policy);
        UpdatePreview still = preview(episode, LossSettings.notebook(), policy, policy, 0);
        for (Context context : still.visited()) {
            assertArrayEquals(still.before(context).probabilities(), still.after(context).probabilities(), 1e-15);
        }
        for (double bad : new double[] {-1e-9, UpdatePreview.MAX_STEP_SIZE + 1e-9, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThrows(IllegalArgumentException.class, () -> preview(episode, LossSettings.notebook(), policy, policy, bad));
        }
    }

    @Test
    void theSeedsEpisodeVisitsItsFourteenContextsInOrder() {
        Policy policy = SEED.pretrainedPolicy();
        UpdatePreview preview = preview(EpisodeSettings.notebook().run(SEED, policy), LossSettings.notebook(), policy,
                policy, 3);
        List<Context> visited = preview.visited();
        assertEquals(14, visited.size());
        assertEquals("I", SEED.vocabulary().token(visited.get(0).previous()));
        assertEquals(preview.visited().stream().distinct().count(), visited.size());
    }

    /**
     * After a few updates the exact KL pulls back: on the notebook's episode, the larger λ2, the closer the policy
     * after the step is to the reference, and the top token after 'Action:' falls towards its reference bar, until
     * η·λ2 is so large that the straight step in logit space jumps past the reference. It prints the numbers it
     * measures (src/site/markdown/window.md quotes them).
     */
    @Test
    void afterTrainingLambda2PullsThePolicyBackTowardsItsReference() {
        Policy policy = trained();
        Policy reference = SEED.pretrainedPolicy();
        Trajectory episode = EpisodeSettings.notebook().run(SEED, policy);
        Context action = actionContextOfStep1(episode);
        int top = policy.distribution(action).argmax();
        double referenceTop = reference.distribution(action).probability(top);
        double[] lambdas = {0, 0.5, 1, 2, 5};
        double[] drift = new double[lambdas.length];
        double[] topAfter = new double[lambdas.length];
        for (int i = 0; i < lambdas.length; i++) {
            UpdatePreview preview = preview(episode, LossSettings.notebook().withKl(KlVariant.EXACT)
                    .withLambda2(lambdas[i]), policy, reference, 3);
            drift[i] = preview.visited().stream()
                    .mapToDouble(c -> preview.after(c).klDivergenceFrom(reference.distribution(c))).sum();
            topAfter[i] = preview.after(action).probability(top);
            System.out.println(String.format(java.util.Locale.ROOT, "After 5 updates, exact KL, eta 3, lambda2 %s: "
                    + "pi(%s | Action:) %.4f -> %.4f (reference %.4f); KL(after || ref) over the %d contexts %.4f "
                    + "(before the step %.4f)", lambdas[i], SEED.vocabulary().token(top),
                    policy.distribution(action).probability(top), topAfter[i], referenceTop, preview.visited().size(),
                    drift[i], preview.visited().stream().mapToDouble(
                            c -> preview.before(c).klDivergenceFrom(reference.distribution(c))).sum()));
        }
        assertTrue(policy.distribution(action).probability(top) > referenceTop, "training moved the top token up");
        for (int i = 1; i < 4; i++) {
            assertTrue(drift[i] < drift[i - 1], "λ2 " + lambdas[i] + " leaves the policy closer to its reference");
            assertTrue(topAfter[i] < topAfter[i - 1] && topAfter[i] > referenceTop,
                    "λ2 " + lambdas[i] + " moves the top token's ghost towards its reference bar, not past it");
        }
        assertTrue(topAfter[4] < referenceTop && drift[4] > drift[3], "at η·λ2 = 15 the step overshoots the reference");
    }

    /** Where the policy is its own reference, the exact KL and its unbiased low-variance estimators exert no force. */
    @ParameterizedTest
    @EnumSource(value = KlVariant.class, names = {"EXACT", "K2", "K3"})
    void atItsReferenceThePolicyFeelsNoKlGradient(KlVariant kl) {
        Policy policy = SEED.pretrainedPolicy();
        UpdatePreview preview = preview(EpisodeSettings.notebook().run(SEED, policy),
                LossSettings.notebook().withKl(kl).withLambda2(2), policy, policy, 3);
        assertEquals(0.0, preview.gradientNorm().kl(), 0.0);
        UpdatePreview moved = preview(EpisodeSettings.notebook().run(SEED, trained()),
                LossSettings.notebook().withKl(kl).withLambda2(2), trained(), policy, 3);
        assertTrue(moved.gradientNorm().kl() > 0, "a trained policy is pulled back");
    }

    private static Context actionContextOfStep1(Trajectory episode) {
        return episode.steps().get(0).generation().steps().stream().map(org.agenticrl.engine.generation.TokenStep::context)
                .filter(c -> SEED.vocabulary().token(c.previous()).equals("Action:")).findFirst().orElseThrow();
    }

    /** A policy moved off the pre-trained one by a few updates, so that the KL terms have something to pull back. */
    private static Policy trained() {
        Trainer trainer = new Trainer(SEED, TrainingConfig.defaults());
        try {
            for (int i = 0; i < 5; i++) {
                trainer.step();
            }
        } catch (TrainingDivergedException e) {
            throw new AssertionError(e);
        }
        return trainer.policy();
    }
}
