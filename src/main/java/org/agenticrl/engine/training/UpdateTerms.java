package org.agenticrl.engine.training;

import java.util.List;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.Scenario;

/**
 * The previewed update taken apart, so that it can be redone for any weights and step size without the engine (a
 * lesson's web page does it in the browser). Each term's gradient is its weight times the gradient of the unweighted
 * term, so the step of {@link UpdatePreview} moves a context's logits z to z − η (g_RL + λ1 g_SFT + λ2 g_KL) and
 * π after the step is softmax((z − η g) / T), T the policy's temperature. Immutable.
 *
 * @param temperature T
 * @param contexts the contexts asked for, in that order
 */
public record UpdateTerms(double temperature, List<At> contexts) {
    /**
     * One context: its logits and π before the step, and the gradients of L_RL, of the unweighted L_SFT and of the
     * unweighted L_KL there, in vocabulary order.
     */
    public record At(Context context, double[] logits, double[] before, double[] rl, double[] sft, double[] kl) {
    }

    public UpdateTerms {
        contexts = List.copyOf(contexts);
    }

    /**
     * The terms of the update {@link UpdatePreview#of} previews for these losses (their settings but for the weights,
     * their advantages), at each of the contexts.
     *
     * @param losses the loss panel's breakdown of this trajectory
     */
    public static UpdateTerms of(Scenario scenario, Trajectory trajectory, LossBreakdown losses, Policy policy,
                                 Policy reference, List<Context> contexts) {
        LossBreakdown unweighted = scenario.lossCalculator().compute(trajectory, policy, reference,
                losses.settings().withLambda1(1).withLambda2(1));
        UpdatePreview preview = UpdatePreview.of(scenario, trajectory, unweighted, policy, reference, 0);
        return new UpdateTerms(policy.temperature(), contexts.stream().map(context -> new At(context,
                policy.logits(context), policy.distribution(context).probabilities(),
                preview.gradient(UpdatePreview.Term.RL, context), preview.gradient(UpdatePreview.Term.SFT, context),
                preview.gradient(UpdatePreview.Term.KL, context))).toList());
    }
}
