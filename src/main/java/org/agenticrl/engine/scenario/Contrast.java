package org.agenticrl.engine.scenario;

import org.agenticrl.engine.episode.ActionSource;
import org.agenticrl.engine.episode.SingleTurnAgent;
import org.agenticrl.engine.episode.Task;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.generation.TokenChooser;
import org.agenticrl.engine.policy.Policy;

/**
 * The traditional single-turn model a scenario may set beside its agent (seed 001's contrast): the same language
 * model, tasks and outcome reward, but one turn with no tools, memory or plan, and no process reward. Both of its
 * modes give a one-step {@link Trajectory} to show beside the agent's. Immutable.
 */
public final class Contrast {
    private final String title;
    private final String description;
    private final SingleTurnAgent agent;
    private final int[] response;
    private final int maxTokens;

    Contrast(String title, String description, SingleTurnAgent agent, int[] response, int maxTokens) {
        this.title = title;
        this.description = description;
        this.agent = agent;
        this.response = response.clone();
        this.maxTokens = maxTokens;
    }

    /** e.g. "Traditional LLM: one turn, no tools, memory or plan". */
    public String title() {
        return title;
    }

    /** Empty when the file gives none. */
    public String description() {
        return description;
    }

    /** The scripted response, scored by the policy as the notebook's script is. */
    public Trajectory runNotebook(Task task, Policy policy) {
        return agent.run(task, policy, ActionSource.scripted(new int[][] {response}));
    }

    /** The policy writing its one response, with the scenario's token limit. */
    public Trajectory runLive(Task task, Policy policy, TokenChooser chooser) {
        return agent.run(task, policy, ActionSource.live(chooser, maxTokens));
    }
}
