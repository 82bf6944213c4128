package org.agenticrl.engine.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The previewed update taken apart: for any weights and step size, softmax((z − η (g_RL + λ1 g_SFT + λ2 g_KL)) / T)
 * from the unweighted terms is the preview's own π after the step, within 1e-12, at every context of the episode, for
 * a trained policy (so that every KL variant pulls) at a temperature other than 1.
 */
class UpdateTermsTest {
    private static final Scenario SEED = ScenarioLoader.seed();

    @ParameterizedTest
    @EnumSource(KlVariant.class)
    void theTermsRecomposeThePreviewedStepForAnyWeights(KlVariant kl) throws TrainingDivergedException {
        Trainer trainer = new Trainer(SEED, TrainingConfig.defaults());
        for (int i = 0; i < 5; i++) {
            trainer.step();
        }
        Policy reference = SEED.pretrainedPolicy().withTemperature(0.8);
        Policy policy = trainer.policy().withTemperature(0.8);
        Trajectory episode = EpisodeSettings.live(3).run(SEED, policy);
        for (SftVariant sft : SftVariant.values()) {
            LossSettings chapter = new LossSettings(0.95, 0.1, 0.01, RewardMode.PROCESS_AND_OUTCOME, sft, kl);
            LossBreakdown losses = SEED.lossCalculator().compute(episode, policy, reference, chapter);
            UpdatePreview own = UpdatePreview.of(SEED, episode, losses, policy, reference, 3);
            UpdateTerms terms = UpdateTerms.of(SEED, episode, losses, policy, reference, own.visited());
            assertEquals(0.8, terms.temperature());
            assertEquals(own.visited().size(), terms.contexts().size());
            for (double lambda1 : new double[] {0, 0.3, 2, 10}) {
                for (double lambda2 : new double[] {0, 0.5, 10}) {
                    for (double eta : new double[] {0, 1, 3, 100}) {
                        LossSettings weights = chapter.withLambda1(lambda1).withLambda2(lambda2);
                        UpdatePreview app = UpdatePreview.of(SEED, episode, SEED.lossCalculator().compute(episode,
                                policy, reference, weights), policy, reference, eta);
                        for (UpdateTerms.At at : terms.contexts()) {
                            assertArrayEquals(app.after(at.context()).probabilities(),
                                    after(at, terms.temperature(), lambda1, lambda2, eta), 1e-12,
                                    sft + " " + kl + " λ1 " + lambda1 + " λ2 " + lambda2 + " η " + eta);
                        }
                    }
                }
            }
            for (UpdateTerms.At at : terms.contexts()) {
                assertArrayEquals(own.before(at.context()).probabilities(), at.before(), 0.0);
            }
        }
        UpdateTerms terms = UpdateTerms.of(SEED, episode, SEED.lossCalculator().compute(episode, policy, reference,
                LossSettings.exact().withKl(kl)), policy, reference, UpdatePreview.of(SEED, episode, SEED
                .lossCalculator().compute(episode, policy, reference, LossSettings.exact()), policy, reference, 1)
                .visited());
        assertEquals(kl != KlVariant.NOTEBOOK, terms.contexts().stream().anyMatch(at -> Arrays.stream(at.kl())
                .anyMatch(g -> g != 0)), "every KL but the notebook's constant pulls a trained policy");
    }

    /** What the lesson's web page computes: the step from the terms, then the engine's stable softmax. */
    private static double[] after(UpdateTerms.At at, double temperature, double lambda1, double lambda2, double eta) {
        double[] scaled = new double[at.logits().length];
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < scaled.length; v++) {
            double gradient = at.rl()[v] + lambda1 * at.sft()[v] + lambda2 * at.kl()[v];
            scaled[v] = (at.logits()[v] - eta * gradient) / temperature;
            max = Math.max(max, scaled[v]);
        }
        double total = 0;
        double[] p = new double[scaled.length];
        for (int v = 0; v < p.length; v++) {
            p[v] = Math.exp(scaled[v] - max);
            total += p[v];
        }
        for (int v = 0; v < p.length; v++) {
            p[v] /= total;
        }
        return p;
    }
}
