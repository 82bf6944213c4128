package org.agenticrl.engine.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * One of several slices of a sweep's cells, so that a grid can run as several jobs (on several machines) and be
 * joined again by {@link SweepMerge}: shard {@code index} of {@code count} holds the cells whose number
 * (see {@link SweepPlan}) leaves the remainder {@code index} when divided by {@code count}. Dealt out in turn that way,
 * every shard gets cells from every row, and so about the same work when the rows differ in cost (a larger group
 * size, a setting that makes episodes longer). Immutable.
 *
 * @param index 0 to count - 1
 * @param count 1 to {@value SweepPlan#MAX_CELLS}
 */
public record SweepShard(int index, int count) {
    /** The whole grid as one shard. */
    public static final SweepShard WHOLE = new SweepShard(0, 1);

    public SweepShard {
        if (count < 1 || count > SweepPlan.MAX_CELLS) {
            throw new IllegalArgumentException("a sweep splits into 1 to " + SweepPlan.MAX_CELLS + " shards, got "
                    + count);
        }
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("shard numbers run from 0 to " + (count - 1) + " for " + count
                    + " shards, got " + index);
        }
    }

    /**
     * Reads "I/N" (shard I of N, counted from 0, as Slurm's array task ids and Kubernetes' completion indexes are).
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static SweepShard parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,9}") || !parts[1].matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("a shard is written I/N, shard I of N counted from 0 (e.g. 0/4 to 3/4), "
                    + "got '" + text + "'");
        }
        return new SweepShard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** Whether the cell with this number belongs to this shard. */
    public boolean holds(int cell) {
        return cell % count == index;
    }

    /** The numbers of this shard's cells in the plan, in order; empty if the plan has fewer cells than shards. */
    public List<Integer> cells(SweepPlan plan) {
        List<Integer> cells = new ArrayList<>();
        for (int cell = index; cell < plan.cells(); cell += count) {
            cells.add(cell);
        }
        return cells;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
