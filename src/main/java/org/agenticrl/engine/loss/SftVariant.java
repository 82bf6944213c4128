package org.agenticrl.engine.loss;

import org.agenticrl.engine.Identified;

/** How L_SFT is computed. */
public enum SftVariant implements Identified {
    /**
     * The seed's proxy: minus the mean log-probability of the trajectory's own steps. It never looks at the expert
     * demonstration, so it rewards the agent for being confident in whatever it did.
     */
    NOTEBOOK("minus the mean log-probability of the agent's own steps; the expert is never scored"),
    /**
     * -log pi(expert demonstration's tokens) under the current policy, averaged over the demonstrations. A leading
     * start token (the seed's 'I') is the prompt the action is conditioned on, not part of the action, so it is not
     * scored. The scripted agent of notebook mode scores every token of its step, a leading 'I' included, so the same
     * text's -log pi differs here by that token's term.
     */
    EXACT("minus the log-probability of the expert demonstration's tokens under the current policy; its "
            + "leading start token is the prompt and is not scored");

    private final String description;

    SftVariant(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
