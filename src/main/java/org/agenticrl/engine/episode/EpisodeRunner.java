package org.agenticrl.engine.episode;

import java.util.ArrayList;
import java.util.List;
import org.agenticrl.engine.generation.Generation;
import org.agenticrl.engine.generation.Generator;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.reward.OutcomeReward;
import org.agenticrl.engine.reward.ProcessRewardModel;
import org.agenticrl.engine.reward.RewardBreakdown;
import org.agenticrl.engine.text.Vocabulary;

/**
 * Runs episodes as the seed's {@code AgenticLLMAgent.run_episode}: observe, act, parse, run the tool, reward the step,
 * add the tool's output to the context (and any memory it retrieved to the next observations); stop after a finish
 * call or at the step limit; then reward the outcome.
 * Stateless and thread-safe: all episode state is local to {@link #run}.
 */
public final class EpisodeRunner {
    private final Vocabulary vocabulary;
    private final Environment environment;
    private final Generator generator;
    private final CapabilityTagger tagger;

    public EpisodeRunner(Vocabulary vocabulary, Environment environment, Generator generator, CapabilityTagger tagger) {
        this.vocabulary = vocabulary;
        this.environment = environment;
        this.generator = generator;
        this.tagger = tagger;
    }

    public Environment environment() {
        return environment;
    }

    public Generator generator() {
        return generator;
    }

    /**
     * @param maxSteps at least 1 (the seed's 3)
     */
    public Trajectory run(Task task, Policy policy, ActionSource source, int maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be at least 1, got " + maxSteps);
        }
        List<EpisodeStep> steps = new ArrayList<>();
        List<String> memory = new ArrayList<>();
        String context = "";
        String history = History.START;
        String finalAnswer = null;
        double totalReward = 0.0;
        ProcessRewardModel.EpisodeScorer rewards = environment.processRewards().newEpisode();
        for (int index = 0; index < maxSteps; index++) {
            String observation = environment.observe(task.prompt(), context, memory);
            Generation action = source.act(policy, generator, history, index);
            String text = action.text(vocabulary);
            Environment.Outcome outcome = environment.act(text);
            RewardBreakdown reward = rewards.evaluate(outcome.facts(text));
            totalReward += reward.reward();
            steps.add(new EpisodeStep(index + 1, observation, history, action, text, outcome.parsed(), outcome.tool(),
                    outcome.input(), outcome.result().output(), outcome.status(), reward, outcome.result().recalled(),
                    tagger.tag(source.mode(), index, text, outcome.tool())));
            context += " " + outcome.result().output();
            memory.addAll(outcome.result().recalled());
            history = History.next(history, outcome.tool(), outcome.status());
            if (outcome.finishes()) {
                finalAnswer = outcome.input();
                break;
            }
        }
        OutcomeReward.Judgement judgement = environment.outcomeReward().judge(finalAnswer, task.answer());
        totalReward += judgement.reward();
        return new Trajectory(source.mode(), task, steps, finalAnswer, judgement, totalReward);
    }
}
