package org.agenticrl.engine.training.gradient;

import java.util.ArrayList;
import java.util.List;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.generation.Generation;
import org.agenticrl.engine.generation.Generator;
import org.agenticrl.engine.generation.TokenStep;
import org.agenticrl.engine.loss.Demonstration;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.LossCalculator;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.policy.TokenDistribution;

/**
 * The loss that training minimises over a batch of rollouts, L = L_RL + lambda1 L_SFT + lambda2 L_KL (each the mean
 * over the batch's episodes), and its exact gradient with respect to the policy's logits.
 *
 * <p>Both are functions of the policy alone: the episodes' tokens, contexts and advantages are fixed (the standard
 * policy-gradient convention: which positions were visited is not differentiated), and every token is scored again
 * under the given policy, as the episode scored it (exact log-probabilities for live episodes, the seed's
 * log(pi + 1e-10) for its scripted agent). L_SFT and L_KL are the {@link LossCalculator}'s own values for the
 * rescored episode; L_RL weighs each step's log-probability with the rollout's advantage instead of the notebook's.
 *
 * <p>Gradients, per position with context c, token a and T the temperature (see {@link LogitGradient}):
 * <ul>
 *   <li>L_RL: -A(step) d log pi(a) / dz_c, with the scoring epsilon's factor pi(a) / (pi(a) + eps);
 *   <li>L_SFT notebook (-mean of the step log-probabilities): -1 / steps of the same per position;
 *       L_SFT exact (-log pi of the demonstrations, averaged over them): -1 / demonstrations at each demonstration
 *       token, which does not depend on the episodes;
 *   <li>L_KL notebook: a constant 0.5 whatever the policy, so its gradient is exactly zero and it teaches nothing;
 *       exact: pi (log pi - log pi_ref - KL) / T at every generated position; sampled k1, k2, k3 at the chosen
 *       token: dk/dl times d log pi(a) / dz_c with l - r the log-ratio and dk1/dl = 1, dk2/dl = l - r,
 *       dk3/dl = 1 - exp(r - l).
 * </ul>
 * Immutable; thread-safe.
 */
public final class TrainingObjective {
    private final Generator generator;
    private final LossCalculator losses;
    private final LossSettings settings;

    /**
     * @param generator scores tokens under a policy (the scenario's)
     * @param losses defines L_SFT and L_KL (the scenario's, with its demonstrations)
     */
    public TrainingObjective(Generator generator, LossCalculator losses, LossSettings settings) {
        this.generator = generator;
        this.losses = losses;
        this.settings = settings;
    }

    /**
     * The batch loss with every token scored under policy.
     *
     * @param batch at least one rollout
     */
    public ObjectiveValue value(List<Rollout> batch, Policy policy, Policy reference) {
        requireEpisodes(batch);
        double rl = 0.0;
        double sft = 0.0;
        double kl = 0.0;
        double klToReference = 0.0;
        for (Rollout rollout : batch) {
            Trajectory rescored = rescore(rollout.trajectory(), policy);
            LossBreakdown breakdown = losses.compute(rescored, policy, reference, settings);
            rl += policyGradientLoss(rescored, rollout);
            sft += breakdown.sft();
            kl += breakdown.kl();
            klToReference += breakdown.klByVariant().get(KlVariant.EXACT);
        }
        int n = batch.size();
        return new ObjectiveValue(rl / n, settings.lambda1() * (sft / n), settings.lambda2() * (kl / n),
                klToReference / n);
    }

    /** Sum over steps of -log pi(step) * A(step), added in step order from 0 as the {@link LossCalculator} adds it. */
    private static double policyGradientLoss(Trajectory trajectory, Rollout rollout) {
        double rl = 0.0;
        List<EpisodeStep> steps = trajectory.steps();
        for (int i = 0; i < steps.size(); i++) {
            rl += -steps.get(i).logProb() * rollout.advantage(i);
        }
        return rl;
    }

    /** The episode with every step's tokens scored under policy, as they were scored when it ran. */
    private Trajectory rescore(Trajectory trajectory, Policy policy) {
        List<EpisodeStep> steps = new ArrayList<>(trajectory.steps().size());
        for (EpisodeStep step : trajectory.steps()) {
            Generation action = step.generation();
            steps.add(step.withGeneration(generator.score(policy, step.history(), action.tokens(), action.scoringEpsilon())));
        }
        return new Trajectory(trajectory.mode(), trajectory.task(), steps, trajectory.finalAnswer(),
                trajectory.outcome(), trajectory.totalReward());
    }

    /**
     * d L / d logits at policy, analytically; no numeric differentiation.
     *
     * @param batch at least one rollout
     */
    public LogitGradient gradient(List<Rollout> batch, Policy policy, Policy reference) {
        requireEpisodes(batch);
        LogitGradient gradient = new LogitGradient(policy.vocabulary().size(), policy.temperature());
        double perEpisode = 1.0 / batch.size();
        for (Rollout rollout : batch) {
            List<EpisodeStep> steps = rollout.trajectory().steps();
            double sftPerStep = settings.sft() == SftVariant.NOTEBOOK ? settings.lambda1() / steps.size() : 0.0;
            for (int i = 0; i < steps.size(); i++) {
                Generation action = steps.get(i).generation();
                double logProbWeight = perEpisode * (-rollout.advantage(i) - sftPerStep);
                for (TokenStep position : action.steps()) {
                    TokenDistribution pi = policy.distribution(position.context());
                    gradient.addLogProb(position.context(), pi, position.token(), action.scoringEpsilon(),
                            logProbWeight);
                    addKl(gradient, position, pi, reference.distribution(position.context()),
                            perEpisode * settings.lambda2());
                }
            }
        }
        if (settings.sft() == SftVariant.EXACT) {
            addExactSft(gradient, policy);
        }
        return gradient;
    }

    private void addKl(LogitGradient gradient, TokenStep position, TokenDistribution pi, TokenDistribution ref,
                       double weight) {
        if (settings.kl() == KlVariant.EXACT) {
            gradient.addKl(position.context(), pi, ref, weight);
            return;
        }
        double logRatio = pi.logProbability(position.token()) - ref.logProbability(position.token());
        double slope = switch (settings.kl()) {
            case NOTEBOOK -> 0.0;
            case K1 -> 1.0;
            case K2 -> logRatio;
            case K3 -> 1.0 - Math.exp(-logRatio);
            case EXACT -> throw new AssertionError("handled above");
        };
        gradient.addLogProb(position.context(), pi, position.token(), 0.0, weight * slope);
    }

    /** lambda1 * d(mean over demonstrations of -log pi(demonstration)) / dz, the same for every episode. */
    private void addExactSft(LogitGradient gradient, Policy policy) {
        List<Demonstration> demonstrations = losses.demonstrations();
        if (demonstrations.isEmpty()) {
            return;
        }
        double weight = -settings.lambda1() / demonstrations.size();
        for (Demonstration demonstration : demonstrations) {
            Generation scored = generator.score(policy, demonstration.history(), demonstration.tokens(), 0.0);
            for (TokenStep position : scored.steps()) {
                gradient.addLogProb(position.context(), position.distribution(), position.token(), 0.0, weight);
            }
        }
    }

    private static void requireEpisodes(List<Rollout> batch) {
        if (batch.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one rollout");
        }
    }
}
