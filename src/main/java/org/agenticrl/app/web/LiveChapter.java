package org.agenticrl.app.web;

import java.util.List;
import java.util.Optional;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.training.UpdateTerms;

/**
 * What a chapter's page recomputes when its weights λ1, λ2 or its step size η move: the loss L = L_RL + λ1 L_SFT +
 * λ2 L_KL of the chapter's episode and, when the chapter shows the token distribution, the distribution after one
 * update of size η at the selected position. Immutable.
 *
 * @param lambda1 the chapter's own λ1, as its loss panel has it
 * @param lambda2 the chapter's own λ2
 * @param stepSize the chapter's own η
 * @param losses the loss panel's breakdown at the chapter's settings
 * @param tokens the selected position, when the chapter shows the token distribution
 */
public record LiveChapter(double lambda1, double lambda2, double stepSize, LossBreakdown losses,
                          Optional<Tokens> tokens) {
    /**
     * The selected position of the token distribution.
     *
     * @param position where it is, as the token view says it: "Step 1, token 7: after 'Action:' · history: start"
     * @param vocabulary the tokens in vocabulary order
     * @param chosen the token the episode wrote there
     * @param terms the update's terms at the position's context (one context)
     * @param after π after the update at the chapter's own weights and step size, as the app shows it
     * @param reference the reference policy's π there, when the policy was trained (the app draws it then)
     */
    public record Tokens(String position, List<String> vocabulary, int chosen, UpdateTerms terms, double[] after,
                         Optional<double[]> reference) {
        public Tokens {
            vocabulary = List.copyOf(vocabulary);
        }

        /** The terms at the position's context. */
        public UpdateTerms.At at() {
            return terms.contexts().get(0);
        }
    }
}
