package org.agenticrl.engine.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples of one step that answer the same prompt, as GRPO groups them: their reward's mean and unbiased
 * standard deviation (0 for a single sample), and each sample's advantage with where it comes from. Samples without a
 * reward are left out of the statistics and get a NaN advantage.
 */
public record PromptGroup(String prompt, List<Sample> samples, double rewardMean, double rewardStd,
                          List<Double> advantages, AdvantageSource source) {
    public PromptGroup {
        samples = List.copyOf(samples);
        advantages = List.copyOf(advantages);
    }

    /**
     * The step's samples grouped by their group key (the prompt, unless the format names groups) in order of first appearance. With {@code LOGGED} a group whose samples all
     * carry a logged advantage keeps them; any other group falls back to GRPO and says so.
     */
    public static List<PromptGroup> of(List<Sample> samples, AdvantageSource wanted) {
        Map<String, List<Sample>> byPrompt = new LinkedHashMap<>();
        samples.forEach(sample -> byPrompt.computeIfAbsent(sample.group(), g -> new ArrayList<>()).add(sample));
        return byPrompt.values().stream().map(group -> group(group.get(0).prompt(), group, wanted)).toList();
    }

    private static PromptGroup group(String prompt, List<Sample> samples, AdvantageSource wanted) {
        double[] rewards = samples.stream().filter(s -> s.reward() != null && Double.isFinite(s.reward()))
                .mapToDouble(Sample::reward).toArray();
        double mean = Statistics.mean(rewards);
        double std = Statistics.unbiasedStd(rewards);
        boolean logged = samples.stream().allMatch(s -> s.advantage() != null);
        AdvantageSource source = wanted == AdvantageSource.LOGGED && !logged ? AdvantageSource.GRPO : wanted;
        List<Double> advantages = samples.stream().map(s -> source == AdvantageSource.LOGGED ? s.advantage()
                : s.reward() == null || !Double.isFinite(s.reward()) ? Double.NaN
                : source.recompute(s.reward(), mean, std, rewards.length)).toList();
        return new PromptGroup(prompt, samples, mean, std, advantages, source);
    }
}
