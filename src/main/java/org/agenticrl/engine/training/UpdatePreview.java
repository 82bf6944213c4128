package org.agenticrl.engine.training;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.generation.TokenStep;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.StepLoss;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.policy.TokenDistribution;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.training.gradient.LogitGradient;
import org.agenticrl.engine.training.gradient.Rollout;
import org.agenticrl.engine.training.gradient.TrainingObjective;
import org.agenticrl.engine.training.optimizer.OptimizerKind;

/**
 * What one plain gradient step of size η on the loss of one episode would do to the policy: the objective is the
 * loss panel's, L = L_RL + λ1 L_SFT + λ2 L_KL with its settings and the episode's own advantages (G − b), and the step
 * is the training code's own, {@link TrainingObjective#gradient} followed by an SGD step of the optimizer training
 * uses (no clipping). For every context the episode visits it gives the distribution before and after the step and,
 * per term, the first-order change of each token's probability, Δπ = J · (−η ∇term) with J = dπ/dz: the three
 * changes add up to the first-order change of the whole step, and a term whose gradient is zero (the notebook's
 * constant KL) changes nothing. Immutable.
 */
public final class UpdatePreview {
    /** The terms of the objective, each with its weight: L_RL, λ1·L_SFT, λ2·L_KL. */
    public enum Term {
        RL("L_RL"),
        SFT("\u03bb1\u00b7L_SFT"),
        KL("\u03bb2\u00b7L_KL");

        private final String label;

        Term(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The Euclidean norm over all logits of each term's gradient and of the whole objective's.
     *
     * @param sft of λ1·L_SFT
     * @param kl of λ2·L_KL
     */
    public record GradientNorms(double rl, double sft, double kl, double total) {
    }

    /** The largest step size previewed: beyond it one step jumps far past anything training would do. */
    public static final int MAX_STEP_SIZE = 100;

    private final Trajectory trajectory;
    private final double stepSize;
    private final Policy before;
    private final Policy after;
    private final Map<Term, LogitGradient> gradients;
    private final GradientNorms norms;
    private final List<Context> visited;

    private UpdatePreview(Trajectory trajectory, double stepSize, Policy before, Policy after,
                          Map<Term, LogitGradient> gradients, GradientNorms norms, List<Context> visited) {
        this.trajectory = trajectory;
        this.stepSize = stepSize;
        this.before = before;
        this.after = after;
        this.gradients = gradients;
        this.norms = norms;
        this.visited = visited;
    }

    /**
     * Previews one step on the episode whose loss the breakdown holds.
     *
     * @param losses the loss panel's breakdown of this trajectory: its settings and per-step advantages define L
     * @param policy the policy that scored the trajectory (at the temperature it was scored at)
     * @param reference the reference of the KL terms, at the same temperature
     * @param stepSize η, from 0 to {@value #MAX_STEP_SIZE}
     * @throws IllegalArgumentException for a step size outside that range
     */
    public static UpdatePreview of(Scenario scenario, Trajectory trajectory, LossBreakdown losses, Policy policy,
                                   Policy reference, double stepSize) {
        if (!(stepSize >= 0 && stepSize <= MAX_STEP_SIZE)) {
            throw new IllegalArgumentException("the step size must be between 0 and " + MAX_STEP_SIZE + ", got " + stepSize);
        }
        LossSettings settings = losses.settings();
        double[] advantages = losses.steps().stream().mapToDouble(StepLoss::advantage).toArray();
        Rollout withAdvantages = new Rollout(trajectory, advantages);
        Rollout withoutRl = new Rollout(trajectory, new double[advantages.length]);
        Map<Term, LogitGradient> gradients = new EnumMap<>(Term.class);
        gradients.put(Term.RL, gradient(scenario, settings.withLambda1(0).withLambda2(0), withAdvantages, policy, reference));
        gradients.put(Term.SFT, gradient(scenario, settings.withLambda2(0), withoutRl, policy, reference));
        gradients.put(Term.KL, gradient(scenario, settings.withLambda1(0), withoutRl, policy, reference));
        LogitGradient total = gradient(scenario, settings, withAdvantages, policy, reference);
        Policy after = policy.withLogits(OptimizerKind.SGD.create(stepSize).step(policy, total));
        GradientNorms norms = new GradientNorms(gradients.get(Term.RL).globalNorm(), gradients.get(Term.SFT).globalNorm(),
                gradients.get(Term.KL).globalNorm(), total.globalNorm());
        return new UpdatePreview(trajectory, stepSize, policy, after, gradients, norms, visitedContexts(trajectory));
    }

    private static LogitGradient gradient(Scenario scenario, LossSettings settings, Rollout rollout, Policy policy,
                                          Policy reference) {
        return new TrainingObjective(scenario.generator(), scenario.lossCalculator(), settings)
                .gradient(List.of(rollout), policy, reference);
    }

    private static List<Context> visitedContexts(Trajectory trajectory) {
        Set<Context> contexts = new LinkedHashSet<>();
        for (EpisodeStep step : trajectory.steps()) {
            for (TokenStep position : step.generation().steps()) {
                contexts.add(position.context());
            }
        }
        return List.copyOf(contexts);
    }

    /** The episode whose loss the step descends. */
    public Trajectory trajectory() {
        return trajectory;
    }

    public double stepSize() {
        return stepSize;
    }

    public GradientNorms gradientNorm() {
        return norms;
    }

    /** The policy after the step (its temperature is the scoring policy's). */
    public Policy after() {
        return after;
    }

    /** The contexts the episode's tokens were written in, in the order first visited. */
    public List<Context> visited() {
        return visited;
    }

    public TokenDistribution before(Context context) {
        return before.distribution(context);
    }

    public TokenDistribution after(Context context) {
        return after.distribution(context);
    }

    /**
     * One term's gradient at the context, weighted as in the step (λ1·∇L_SFT, λ2·∇L_KL), as a fresh array: the step
     * moves the context's logits by −η times the sum of the three. All zeros where the term does not touch the context.
     */
    public double[] gradient(Term term, Context context) {
        return gradients.get(term).row(context);
    }

    /**
     * The first-order change of every token's probability at the context that one term's part of the step causes:
     * Δπ_v = π_v (Δz_v − Σ_u π_u Δz_u) / T with Δz = −η ∇term. All zeros (never −0) where the term's gradient is
     * zero.
     */
    public double[] change(Term term, Context context) {
        double[] row = gradients.get(term).row(context);
        TokenDistribution pi = before(context);
        double mean = 0.0;
        for (int v = 0; v < row.length; v++) {
            mean += pi.probability(v) * -stepSize * row[v];
        }
        double[] change = new double[row.length];
        for (int v = 0; v < row.length; v++) {
            change[v] = pi.probability(v) * (-stepSize * row[v] - mean) / before.temperature() + 0.0;
        }
        return change;
    }
}
