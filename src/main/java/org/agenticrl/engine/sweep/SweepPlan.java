package org.agenticrl.engine.sweep;

import org.agenticrl.engine.training.TrainingConfig;

/**
 * What a sweep trains: a grid of x.size() by y.size() cells, each cell trained from the pre-trained policy
 * {@code seeds} times with the base config and the cell's two values. Immutable.
 *
 * <p>Cells are numbered row by row: cell {@code c} has x value {@code c % x.size()} and y value
 * {@code c / x.size()}. Run {@code r} is seed {@code r % seeds} of cell {@code r / seeds}. Seed index {@code s} of
 * every cell trains from the numpy seed {@code base.seed() + s} (modulo 2^32), so that all cells are compared on the
 * same random streams, and a run depends on its cell and seed index only, never on which thread runs it or when. A
 * run is exactly {@code train --seed S} with the cell's settings: the same {@link TrainingConfig}, the same episodes
 * rounded up to whole groups, and an evaluation on the same fresh episodes.
 *
 * @param x the axis along a row (the heat map's columns)
 * @param y the axis down a column (its rows); a different setting from x's
 * @param base every other training setting, and the base seed
 * @param episodes training episodes per run, at least 1, rounded up to whole groups of the cell's group size
 * @param seeds runs per cell, 1 to {@value #MAX_SEEDS}
 * @param evaluationEpisodes fresh live episodes measuring each trained policy, at least 1
 */
public record SweepPlan(SweepAxis x, SweepAxis y, TrainingConfig base, int episodes, int seeds, int evaluationEpisodes) {
    public static final int MAX_CELLS = 400;
    public static final int MAX_SEEDS = 100;
    public static final SweepAxis DEFAULT_X = SweepAxis.of(SweepParameter.LAMBDA1, 0, 0.01, 0.03, 0.1, 0.3, 1, 2);
    public static final SweepAxis DEFAULT_Y = SweepAxis.of(SweepParameter.LAMBDA2, 0, 0.001, 0.01, 0.1, 1, 2);
    public static final int DEFAULT_EPISODES = 2000;
    public static final int DEFAULT_SEEDS = 3;
    public static final int DEFAULT_EVALUATION = 1000;

    /**
     * @throws IllegalArgumentException if a value is missing, out of range or refused by the config (see
     *                                  {@link SweepAxis#requireValidFor}), if both axes vary the same setting, or if
     *                                  there are more than {@value #MAX_CELLS} cells
     */
    public SweepPlan {
        if (x == null || y == null || base == null) {
            throw new IllegalArgumentException("a sweep needs two axes and a base config");
        }
        if (x.parameter() == y.parameter()) {
            throw new IllegalArgumentException("the x and y axes both sweep " + x.parameter().id()
                    + "; sweep two different settings");
        }
        if ((long) x.size() * y.size() > MAX_CELLS) {
            throw new IllegalArgumentException("the axes make " + x.size() + " x " + y.size() + " = "
                    + (long) x.size() * y.size() + " cells; a sweep has at most " + MAX_CELLS);
        }
        x.requireValidFor(base);
        y.requireValidFor(base);
        base.episodesInWholeGroups(episodes);
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new IllegalArgumentException("seeds per cell must be between 1 and " + MAX_SEEDS + ", got " + seeds);
        }
        if (evaluationEpisodes < 1) {
            throw new IllegalArgumentException("an evaluation needs at least one episode, got " + evaluationEpisodes);
        }
    }

    /** The default landscape: lambda1 by lambda2 over the tuned defaults, 3 seeds of 2,000 episodes per cell. */
    public static SweepPlan defaults() {
        return new SweepPlan(DEFAULT_X, DEFAULT_Y, TrainingConfig.defaults(), DEFAULT_EPISODES, DEFAULT_SEEDS,
                DEFAULT_EVALUATION);
    }

    public int cells() {
        return x.size() * y.size();
    }

    public int runs() {
        return cells() * seeds;
    }

    /** The number of the cell at column xIndex and row yIndex. */
    public int cell(int xIndex, int yIndex) {
        return yIndex * x.size() + xIndex;
    }

    /** The numpy seed that seed index s of every cell trains from (it evaluates from the next one, as train does). */
    public long seed(int seedIndex) {
        return (base.seed() + seedIndex) & 0xffffffffL;
    }

    /** The config of seed index seedIndex of a cell. */
    public TrainingConfig config(int cell, int seedIndex) {
        TrainingConfig withX = x.parameter().apply(base, x.value(cell % x.size()));
        return y.parameter().apply(withX, y.value(cell / x.size())).withSeed(seed(seedIndex));
    }

    /** The training episodes each run of the cell trains: episodes rounded up to whole groups of its group size. */
    public int episodesOf(int cell) {
        return config(cell, 0).episodesInWholeGroups(episodes);
    }

    /** The training episodes of every run together. */
    public long totalEpisodes() {
        long total = 0;
        for (int cell = 0; cell < cells(); cell++) {
            total += (long) episodesOf(cell) * seeds;
        }
        return total;
    }
}
