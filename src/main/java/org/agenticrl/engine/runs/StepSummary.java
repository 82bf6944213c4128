package org.agenticrl.engine.runs;

import java.util.Collections;
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
}
