package org.agenticrl.engine.runs;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
     * One step's figures gathered sample by sample, or file by file, holding only the rewards (8 bytes a sample), so
     * that a step is summarised without keeping its samples: two accumulators of the same step {@link #merge}, and one
     * is written to and read back from a cache ({@link #write}, {@link #read}). A length below zero means the length is
     * not known (a summary without the response): the step's mean length is then NaN. The accuracy is the mean of the
     * judged samples' values (1 for correct, 0 for not, or a logged accuracy's value).
     */
    static final class Accumulator {
        private double[] rewards = new double[16];
        private int rewardCount;
        private long samples;
        private long judged;
        private double accuracySum;
        private double lengthSum;
        private long lengths;
        private final Map<String, double[]> named = new TreeMap<>();

        void add(Double reward, Map<String, Double> rewardsByName, Boolean isCorrect, int length) {
            samples++;
            if (reward != null && Double.isFinite(reward)) {
                addReward(reward);
            }
            if (isCorrect != null) {
                judged++;
                accuracySum += isCorrect ? 1 : 0;
            }
            if (length >= 0) {
                lengthSum += length;
                lengths++;
            }
            rewardsByName.forEach((name, value) -> addNamed(name, value != null && Double.isFinite(value) ? value : 0,
                    value != null && Double.isFinite(value) ? 1 : 0));
        }

        /** Figures that a database summed: n samples, their finite rewards, and sums with the counts they cover. */
        void addSums(long n, double[] finiteRewards, double lengthTotal, long lengthCount, double accuracyTotal,
                     long accuracyCount) {
            samples += n;
            for (double reward : finiteRewards) {
                addReward(reward);
            }
            lengthSum += lengthTotal;
            lengths += lengthCount;
            accuracySum += accuracyTotal;
            judged += accuracyCount;
        }

        void addNamed(String name, double sum, long count) {
            double[] sumAndCount = named.computeIfAbsent(name, n -> new double[2]);
            sumAndCount[0] += sum;
            sumAndCount[1] += count;
        }

        private void addReward(double reward) {
            if (rewardCount == rewards.length) {
                rewards = Arrays.copyOf(rewards, rewardCount * 2);
            }
            rewards[rewardCount++] = reward;
        }

        void merge(Accumulator other) {
            addSums(other.samples, Arrays.copyOf(other.rewards, other.rewardCount), other.lengthSum, other.lengths,
                    other.accuracySum, other.judged);
            other.named.forEach((name, sumAndCount) -> addNamed(name, sumAndCount[0], (long) sumAndCount[1]));
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
                    Statistics.quantile(finite, 0.9), judged == 0 ? null : accuracySum / judged, means,
                    lengths == 0 ? Double.NaN : lengthSum / lengths);
        }

        void write(DataOutputStream out) throws IOException {
            out.writeLong(samples);
            out.writeInt(rewardCount);
            for (int i = 0; i < rewardCount; i++) {
                out.writeDouble(rewards[i]);
            }
            out.writeDouble(lengthSum);
            out.writeLong(lengths);
            out.writeDouble(accuracySum);
            out.writeLong(judged);
            out.writeInt(named.size());
            for (Map.Entry<String, double[]> entry : named.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeDouble(entry.getValue()[0]);
                out.writeLong((long) entry.getValue()[1]);
            }
        }

        static Accumulator read(DataInputStream in) throws IOException {
            Accumulator read = new Accumulator();
            long n = in.readLong();
            double[] finite = new double[in.readInt()];
            for (int i = 0; i < finite.length; i++) {
                finite[i] = in.readDouble();
            }
            read.addSums(n, finite, in.readDouble(), in.readLong(), in.readDouble(), in.readLong());
            int names = in.readInt();
            for (int i = 0; i < names; i++) {
                read.addNamed(in.readUTF(), in.readDouble(), in.readLong());
            }
            return read;
        }
    }

    /** The summaries of several accumulators, in step order. */
    static List<StepSummary> of(Map<Long, Accumulator> bySteps) {
        List<StepSummary> summaries = new ArrayList<>();
        new TreeMap<>(bySteps).forEach((step, accumulator) -> summaries.add(accumulator.summary(step)));
        return summaries;
    }
}
