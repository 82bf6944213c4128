package org.agenticrl.engine.reward;

import java.util.Set;

/**
 * When a process reward rule fires: every given field must hold; a null field (or empty status set) holds always.
 *
 * @param tool the called tool must be this one
 * @param textContains the action text must contain this
 * @param outputContains the tool output must contain this
 * @param status the step's status must be one of these
 */
public record RewardCondition(String tool, String textContains, String outputContains, Set<StepStatus> status) {
    public RewardCondition {
        status = status == null ? Set.of() : Set.copyOf(status);
    }

    public boolean matches(StepFacts facts) {
        return (tool == null || tool.equals(facts.tool()))
                && (textContains == null || facts.text().contains(textContains))
                && (outputContains == null || facts.output().contains(outputContains))
                && (status.isEmpty() || status.contains(facts.status()));
    }
}
