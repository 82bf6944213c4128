package org.agenticrl.engine.sweep;

import java.util.ArrayList;
import java.util.List;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.training.TrainingMetrics;

/**
 * A cell whose runs are arriving, in any order: it keeps each run's result, and the first seed's policy and
 * down-sampled curve, until the last arrives. Not thread-safe; the sweep confines it to its delivery lock.
 */
final class CellAssembly {
    private final SweepPlan plan;
    private final int cell;
    private final SeedResult[] seeds;
    private int arrived;
    private Policy policy;
    private List<TrainingMetrics> curve;

    CellAssembly(SweepPlan plan, int cell) {
        this.plan = plan;
        this.cell = cell;
        this.seeds = new SeedResult[plan.seeds()];
    }

    /** Adds a run; of the first seed's it also keeps the policy and history, the history down-sampled. */
    void add(SeedResult seed, Policy trained, List<TrainingMetrics> history) {
        seeds[seed.seedIndex()] = seed;
        arrived++;
        if (seed.seedIndex() == 0) {
            policy = trained;
            curve = evenlySpread(history, SweepCell.CURVE_POINTS);
        }
    }

    /** Whether every seed has arrived. */
    boolean complete() {
        return arrived == seeds.length;
    }

    /** The finished cell; only once {@link #complete()}. */
    SweepCell build() {
        return SweepCell.of(plan, cell, List.of(seeds), policy, curve);
    }

    /** At most max (at least 2) items evenly spread over the list, the first and the last included; all if no more. */
    static <T> List<T> evenlySpread(List<T> items, int max) {
        int n = items.size();
        if (n <= max) {
            return List.copyOf(items);
        }
        List<T> kept = new ArrayList<>(max);
        for (int k = 0; k < max; k++) {
            kept.add(items.get((int) ((long) k * (n - 1) / (max - 1))));
        }
        return kept;
    }
}
