package org.agenticrl.engine.runs;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One training step of a run at a glance: how many samples it has, their reward's mean and 10th/90th percentiles
 * (linear interpolation, numpy's default), the share judged correct (null when the format has no such field), each
 * named reward column's mean (in column order), and the mean response length in characters.
 */
public record StepSummary(long step, long samples, double rewardMean, double rewardP10, double rewardP90,
                          Double accuracy, Map<String, Double> namedRewards, double meanResponseLength) {
    public StepSummary {
        namedRewards = Collections.unmodifiableMap(new LinkedHashMap<>(namedRewards));
    }

    /**
     * The steps without the named reward columns that have no number at any step (a text column of the extra keys,
     * say, which the summaries' SQL reads as null throughout).
     */
    static List<StepSummary> withoutEmptyNamedRewards(Collection<StepSummary> steps) {
        Set<String> kept = new HashSet<>();
        steps.forEach(step -> step.namedRewards().forEach((name, mean) -> {
            if (Double.isFinite(mean)) {
                kept.add(name);
            }
        }));
        return steps.stream().map(step -> {
            Map<String, Double> named = new LinkedHashMap<>(step.namedRewards());
            named.keySet().retainAll(kept);
            return new StepSummary(step.step(), step.samples(), step.rewardMean(), step.rewardP10(), step.rewardP90(),
                    step.accuracy(), named, step.meanResponseLength());
        }).toList();
    }
}
