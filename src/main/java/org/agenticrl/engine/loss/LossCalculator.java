package org.agenticrl.engine.loss;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.generation.Generator;
import org.agenticrl.engine.generation.TokenStep;
import org.agenticrl.engine.numeric.NumpyMath;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.policy.TokenDistribution;

/**
 * Computes the seed's three losses and their exact counterparts for one trajectory. A pure function of the
 * trajectory, the current and reference policies and the settings. With {@link LossSettings#notebook()} and the
 * seed's episode it gives the seed's 0.326, 6.813, 0.500 and 1.013 with the seed's own order of operations.
 *
 * <p>The notebook's advantage is its return minus the mean return of the same episode (the seed's
 * {@code compute_rl_loss}); other estimators, over batches of episodes, belong to training.
 */
public final class LossCalculator {
    private static final double NOTEBOOK_REFERENCE_OFFSET = 0.5;

    private final Generator generator;
    private final List<Demonstration> demonstrations;

    /** @param demonstrations the expert data for the exact L_SFT; may be empty, which makes that L_SFT 0 */
    public LossCalculator(Generator generator, List<Demonstration> demonstrations) {
        this.generator = generator;
        this.demonstrations = List.copyOf(demonstrations);
    }

    public List<Demonstration> demonstrations() {
        return demonstrations;
    }

    public LossBreakdown compute(Trajectory trajectory, Policy current, Policy reference, LossSettings settings) {
        double[] rewards = settings.rewardMode().stepRewards(trajectory);
        double[] returns = discountedReturns(rewards, settings.gamma());
        double baseline = returns.length == 0 ? 0.0 : NumpyMath.mean(returns);
        List<EpisodeStep> episodeSteps = trajectory.steps();
        List<StepLoss> rows = new ArrayList<>();
        double rl = 0.0;
        for (int i = 0; i < returns.length; i++) {
            double advantage = returns[i] - baseline;
            double logProb = episodeSteps.get(i).logProb();
            double term = -logProb * advantage;
            rl += term;
            rows.add(new StepLoss(i + 1, rewards[i], returns[i], baseline, advantage, logProb, term));
        }
        Map<SftVariant, Double> sft = new EnumMap<>(SftVariant.class);
        sft.put(SftVariant.NOTEBOOK, notebookSft(trajectory));
        sft.put(SftVariant.EXACT, exactSft(current));
        Map<KlVariant, Double> kl = klDivergences(trajectory, current, reference);
        double total = rl + settings.lambda1() * sft.get(settings.sft()) + settings.lambda2() * kl.get(settings.kl());
        return new LossBreakdown(settings, rows, rl, sft, kl, total);
    }

    /** G_t = r_t + gamma G_{t+1}, from the last step back, as the seed computes them. */
    public static double[] discountedReturns(double[] rewards, double gamma) {
        double[] returns = new double[rewards.length];
        double g = 0.0;
        for (int i = rewards.length - 1; i >= 0; i--) {
            g = rewards[i] + gamma * g;
            returns[i] = g;
        }
        return returns;
    }

    private static double[] stepLogProbs(Trajectory trajectory) {
        return trajectory.steps().stream().mapToDouble(EpisodeStep::logProb).toArray();
    }

    /** The seed's {@code -np.mean(log_probs)} over the trajectory's steps. */
    private static double notebookSft(Trajectory trajectory) {
        double[] logProbs = stepLogProbs(trajectory);
        return logProbs.length == 0 ? 0.0 : -NumpyMath.mean(logProbs);
    }

    /** Mean over demonstrations of -log pi(demonstration tokens), each scored exactly under the current policy. */
    public double exactSft(Policy current) {
        if (demonstrations.isEmpty()) {
            return 0.0;
        }
        double total = 0.0;
        for (Demonstration demonstration : demonstrations) {
            total -= generator.score(current, demonstration.history(), demonstration.tokens(), 0.0).totalLogProb();
        }
        return total / demonstrations.size();
    }

    private static Map<KlVariant, Double> klDivergences(Trajectory trajectory, Policy current, Policy reference) {
        double[] logProbs = stepLogProbs(trajectory);
        double[] differences = new double[logProbs.length];
        for (int i = 0; i < logProbs.length; i++) {
            double referenceLogProb = logProbs[i] - NOTEBOOK_REFERENCE_OFFSET;
            differences[i] = logProbs[i] - referenceLogProb;
        }
        double full = 0.0;
        double k1 = 0.0;
        double k2 = 0.0;
        double k3 = 0.0;
        for (EpisodeStep step : trajectory.steps()) {
            for (TokenStep position : step.generation().steps()) {
                TokenDistribution pi = current.distribution(position.context());
                TokenDistribution ref = reference.distribution(position.context());
                full += pi.klDivergenceFrom(ref);
                double logRatio = pi.logProbability(position.token()) - ref.logProbability(position.token());
                k1 += logRatio;
                k2 += 0.5 * logRatio * logRatio;
                k3 += Math.exp(-logRatio) + logRatio - 1.0;
            }
        }
        Map<KlVariant, Double> kl = new EnumMap<>(KlVariant.class);
        kl.put(KlVariant.NOTEBOOK, differences.length == 0 ? 0.0 : Math.abs(NumpyMath.mean(differences)));
        kl.put(KlVariant.EXACT, full);
        kl.put(KlVariant.K1, k1);
        kl.put(KlVariant.K2, k2);
        kl.put(KlVariant.K3, k3);
        return kl;
    }
}
