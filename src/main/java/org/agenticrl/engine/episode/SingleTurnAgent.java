package org.agenticrl.engine.episode;

import java.util.Arrays;
import java.util.List;
import org.agenticrl.engine.environment.Observation;
import org.agenticrl.engine.environment.ParsedAction;
import org.agenticrl.engine.generation.Generation;
import org.agenticrl.engine.generation.Generator;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.reward.OutcomeReward;
import org.agenticrl.engine.reward.RewardBreakdown;
import org.agenticrl.engine.reward.StepStatus;
import org.agenticrl.engine.text.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * Seed 001's traditional LLM, prompt in, text out: one turn, no tools, no memory, no plan. The model writes one text
 * from the same language model an agent uses; that text (without its closing stop token) is the final answer. Only the
 * outcome is rewarded, as traditional RL rewards (seed section 2.3), and the step exercises none of the agentic
 * capabilities. The result is an ordinary one-step {@link Trajectory}, so it can be shown and scored beside an agent's.
 * Stateless and thread-safe.
 */
public final class SingleTurnAgent {
    private final Vocabulary vocabulary;
    private final Generator generator;
    private final OutcomeReward outcomeReward;

    public SingleTurnAgent(Vocabulary vocabulary, Generator generator, OutcomeReward outcomeReward) {
        this.vocabulary = vocabulary;
        this.generator = generator;
        this.outcomeReward = outcomeReward;
    }

    /**
     * @param source the scripted response, or the policy writing it (only its first step is used)
     * @return one step with no tool and a process reward of 0; no final answer when the model wrote nothing but a
     *         stop token
     */
    public Trajectory run(Task task, Policy policy, ActionSource source) {
        Generation action = source.act(policy, generator, History.START, 0);
        String answer = answer(action.tokens());
        EpisodeStep step = new EpisodeStep(1, Observation.singleTurn(task.prompt()), History.START, action,
                action.text(vocabulary), new ParsedAction.Response(answer), null, "", "ANSWER: " + answer,
                StepStatus.OK, new RewardBreakdown(0.0, List.of()), List.of(), List.of());
        String finalAnswer = answer.isEmpty() ? null : answer;
        OutcomeReward.Judgement judgement = outcomeReward.judge(finalAnswer, task.answer());
        return new Trajectory(source.mode(), task, List.of(step), finalAnswer, judgement, judgement.reward());
    }

    private String answer(int[] tokens) {
        int length = tokens.length;
        if (length > 0 && generator.isStop(tokens[length - 1])) {
            length--;
        }
        return vocabulary.decode(Arrays.copyOf(tokens, length));
    }
}
