package org.agenticrl.engine.policy;

/**
 * What the policy conditions a next-token distribution on: the previous token, and a short summary of the episode so
 * far (the {@code history}: the tools called in earlier steps and whether each worked, e.g. {@code "calculate:ok"};
 * empty at the first step). The seed's model looks at the previous token only; the history lets a trained policy
 * act differently once a tool result is in its observation.
 *
 * @param history never null; empty at the start of an episode
 * @param previous the id of the previous token
 */
public record Context(String history, int previous) {
    public Context {
        if (history == null) {
            throw new IllegalArgumentException("history must not be null");
        }
    }
}
