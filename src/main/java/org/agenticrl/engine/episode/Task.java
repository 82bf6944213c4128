package org.agenticrl.engine.episode;

/**
 * A question for the agent and the answer the outcome reward expects.
 *
 * @param prompt e.g. "What is 5 + 3?"
 * @param answer e.g. "8"; compared after trimming
 */
public record Task(String prompt, String answer) {
    public Task {
        if (prompt == null || prompt.isBlank()) {
            throw new IllegalArgumentException("a task needs a prompt");
        }
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("task '" + prompt + "' has no answer");
        }
    }
}
