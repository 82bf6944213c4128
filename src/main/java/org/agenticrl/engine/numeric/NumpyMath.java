package org.agenticrl.engine.numeric;

/**
 * The few numpy reductions the seed notebook relies on, with numpy's own order of floating-point operations,
 * so that sums and means agree with numpy to the last bit.
 */
public final class NumpyMath {
    private static final int PAIRWISE_BLOCK = 128;
    private static final int UNROLL = 8;

    private NumpyMath() {
    }

    /** {@code np.sum(values)} for a contiguous float64 array: numpy's pairwise summation. */
    public static double sum(double[] values) {
        return pairwiseSum(values, 0, values.length);
    }

    /** {@code np.mean(values)}: the pairwise sum divided by the count. */
    public static double mean(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("mean of no values");
        }
        return sum(values) / values.length;
    }

    /** Python's built-in {@code sum(values)}: left to right, starting from 0. */
    public static double sequentialSum(double[] values) {
        double total = 0.0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    private static double pairwiseSum(double[] a, int from, int n) {
        if (n < UNROLL) {
            double result = -0.0;
            for (int i = 0; i < n; i++) {
                result += a[from + i];
            }
            return result;
        }
        if (n <= PAIRWISE_BLOCK) {
            double[] r = new double[UNROLL];
            System.arraycopy(a, from, r, 0, UNROLL);
            int i = UNROLL;
            for (; i < n - n % UNROLL; i += UNROLL) {
                for (int j = 0; j < UNROLL; j++) {
                    r[j] += a[from + i + j];
                }
            }
            double result = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                result += a[from + i];
            }
            return result;
        }
        int half = n / 2;
        half -= half % UNROLL;
        return pairwiseSum(a, from, half) + pairwiseSum(a, from + half, n - half);
    }

    /** {@code p / p.sum()}: each value divided by numpy's sum of all of them. */
    public static double[] normalize(double[] p) {
        double total = sum(p);
        double[] result = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            result[i] = p[i] / total;
        }
        return result;
    }

    /** The table {@code np.random.choice} samples from: {@code cdf = p.cumsum(); cdf /= cdf[-1]}. */
    public static double[] choiceCdf(double[] p) {
        double[] cdf = new double[p.length];
        double running = 0.0;
        for (int i = 0; i < p.length; i++) {
            running = i == 0 ? p[0] : running + p[i];
            cdf[i] = running;
        }
        double last = cdf[cdf.length - 1];
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= last;
        }
        return cdf;
    }

    /** {@code np.searchsorted(sorted, value, side='right')}: the number of entries less than or equal to value. */
    public static int searchSortedRight(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
