package org.agenticrl.engine.runs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Summarises samples held in memory per step, as the database does for large dumps. */
final class StepSummaries {
    private StepSummaries() {
    }

    static List<StepSummary> of(List<Sample> samples) {
        Map<Long, Accumulator> bySteps = new TreeMap<>();
        samples.forEach(sample -> bySteps.computeIfAbsent(sample.step(), s -> new Accumulator())
                .add(sample.reward(), sample.rewards(), sample.correct(), sample.responseLength()));
        return bySteps.entrySet().stream().map(entry -> entry.getValue().summary(entry.getKey()))
                .collect(Collectors.toList());
    }

    /**
     * One step's figures gathered sample by sample, holding only the rewards (8 bytes a sample), so that a step is
     * summarised without keeping its samples. A length below zero means the length is not known (a summary without
     * the response): the step's mean length is then NaN.
     */
    static final class Accumulator {
        private double[] rewards = new double[16];
        private int rewardCount;
        private long samples;
        private long judged;
        private long correct;
        private double lengthSum;
        private long lengths;
        private final Map<String, double[]> named = new TreeMap<>();

        void add(Double reward, Map<String, Double> rewardsByName, Boolean isCorrect, int length) {
            samples++;
            if (reward != null && Double.isFinite(reward)) {
                if (rewardCount == rewards.length) {
                    rewards = Arrays.copyOf(rewards, rewardCount * 2);
                }
                rewards[rewardCount++] = reward;
            }
            if (isCorrect != null) {
                judged++;
                correct += isCorrect ? 1 : 0;
            }
            if (length >= 0) {
                lengthSum += length;
                lengths++;
            }
            rewardsByName.forEach((name, value) -> {
                if (value != null && Double.isFinite(value)) {
                    double[] sumAndCount = named.computeIfAbsent(name, n -> new double[2]);
                    sumAndCount[0] += value;
                    sumAndCount[1]++;
                } else {
                    named.computeIfAbsent(name, n -> new double[2]);
                }
            });
        }

        long samples() {
            return samples;
        }

        StepSummary summary(long step) {
            double[] finite = Arrays.copyOf(rewards, rewardCount);
            Map<String, Double> means = new LinkedHashMap<>();
            named.forEach((name, sumAndCount) -> means.put(name, sumAndCount[1] == 0 ? Double.NaN
                    : sumAndCount[0] / sumAndCount[1]));
            return new StepSummary(step, samples, Statistics.mean(finite), Statistics.quantile(finite, 0.1),
                    Statistics.quantile(finite, 0.9), judged == 0 ? null : correct / (double) judged, means,
                    lengths == 0 ? Double.NaN : lengthSum / lengths);
        }
    }

    /** The summaries of several accumulators, in step order. */
    static List<StepSummary> of(Map<Long, Accumulator> bySteps) {
        List<StepSummary> summaries = new ArrayList<>();
        new TreeMap<>(bySteps).forEach((step, accumulator) -> summaries.add(accumulator.summary(step)));
        return summaries;
    }
}
