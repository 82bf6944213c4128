package org.agenticrl.engine.runs;

import java.util.Arrays;

/** The few statistics a run's summaries need, over plain arrays; NaN for an empty array. */
final class Statistics {
    private Statistics() {
    }

    static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).sum() / values.length;
    }

    /** The unbiased (n − 1) standard deviation; 0 for one value. */
    static double unbiasedStd(double[] values) {
        if (values.length < 2) {
            return values.length == 0 ? Double.NaN : 0;
        }
        double mean = mean(values);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
    }

    /** The q-quantile with linear interpolation between order statistics (numpy's and DuckDB's quantile_cont). */
    static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
