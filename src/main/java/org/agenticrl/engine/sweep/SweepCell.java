package org.agenticrl.engine.sweep;

import java.util.List;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.training.TrainingMetrics;
import org.jspecify.annotations.Nullable;

/**
 * A finished cell: every seed's result, their summary, and the agent of the first seed. Immutable and safe to hand
 * to another thread; its size does not grow with the episodes trained.
 *
 * @param xIndex the cell's column: the index of its value on the x axis
 * @param yIndex the cell's row
 * @param x the x axis's value
 * @param y the y axis's value
 * @param episodes the training episodes each run was planned to train (rounded up to whole groups)
 * @param seeds every run, by seed index
 * @param mean each metric's mean over the seeds
 * @param min each metric's smallest value over the seeds
 * @param max each metric's largest value over the seeds
 * @param policy the first seed's trained policy (its reference is the scenario's pre-trained policy); none for a cell
 *               read back from a session file, which keeps the figures but not the agents
 * @param curve the first seed's training curve: at most {@value #CURVE_POINTS} updates, evenly spread, the first and
 *              the last always included (every update if there are no more); empty for a cell read from a session
 */
public record SweepCell(int xIndex, int yIndex, double x, double y, int episodes, List<SeedResult> seeds,
                        SweepMetrics mean, SweepMetrics min, SweepMetrics max, @Nullable Policy policy,
                        List<TrainingMetrics> curve) {
    public static final int CURVE_POINTS = 200;

    public SweepCell {
        seeds = List.copyOf(seeds);
        curve = List.copyOf(curve);
    }

    /**
     * The plan's cell with this number, its seeds' results in seed order and their mean, minimum and maximum: what a
     * sweep delivers, or a cell read back from a shard's file (policy null, curve empty).
     */
    public static SweepCell of(SweepPlan plan, int cell, List<SeedResult> seeds, Policy policy,
                               List<TrainingMetrics> curve) {
        List<SweepMetrics> metrics = seeds.stream().map(SeedResult::metrics).toList();
        int xIndex = cell % plan.x().size();
        int yIndex = cell / plan.x().size();
        return new SweepCell(xIndex, yIndex, plan.x().value(xIndex), plan.y().value(yIndex), plan.episodesOf(cell),
                seeds, SweepMetrics.mean(metrics), SweepMetrics.min(metrics), SweepMetrics.max(metrics), policy, curve);
    }
}
