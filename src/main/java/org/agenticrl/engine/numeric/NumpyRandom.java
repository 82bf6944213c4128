package org.agenticrl.engine.numeric;

/**
 * numpy's legacy global random state, draw for draw: after {@code new NumpyRandom(s)} the values equal those
 * numpy gives after {@code np.random.seed(s)}. Not thread-safe.
 */
public final class NumpyRandom {
    private static final double TWO_POW_26 = 67108864.0;
    private static final double TWO_POW_53 = 9007199254740992.0;

    private final MersenneTwister twister;

    /** @param seed 0 to 2^32 - 1 */
    public NumpyRandom(long seed) {
        this.twister = new MersenneTwister(seed);
    }

    /** {@code np.random.random_sample()}: a double in [0, 1) with 53 random bits ({@code genrand_res53}). */
    public double randomSample() {
        long a = Integer.toUnsignedLong(twister.nextInt32()) >>> 5;
        long b = Integer.toUnsignedLong(twister.nextInt32()) >>> 6;
        return (a * TWO_POW_26 + b) / TWO_POW_53;
    }

    /**
     * {@code np.random.choice(n, p=p)} given the cumulative table {@link NumpyMath#choiceCdf(double[])} of p:
     * one {@link #randomSample()}, then the first index whose cdf entry is greater than it.
     */
    public int choice(double[] cdf) {
        return NumpyMath.searchSortedRight(cdf, randomSample());
    }
}
