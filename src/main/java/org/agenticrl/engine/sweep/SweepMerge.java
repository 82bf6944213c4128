package org.agenticrl.engine.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Joins the shards of a sweep ({@link SweepShard}), each run as a job of its own, into the whole sweep's result: the
 * same plan and the same cells, bit for bit, in the same order, as one sweep of the plan gives. Only how it ran
 * differs: the threads are all the shards' together and the seconds the longest shard's, as if they ran side by side.
 */
public final class SweepMerge {
    private SweepMerge() {
    }

    /**
     * A shard's result as its job recorded it.
     *
     * @param source where it was read from, for messages (a file name)
     * @param scenario the scenario its runs trained in
     * @param cells the shard's cells, every seed of each
     */
    public record Part(String source, SweepPlan plan, SweepShard shard, String scenario, List<SweepCell> cells,
                       int threads, double seconds) {
        public Part {
            cells = List.copyOf(cells);
        }
    }

    /**
     * The whole sweep's result from every shard's part, given in any order.
     *
     * @throws IllegalArgumentException naming the part, if the parts are not the shards of one sweep: another grid,
     *                                  settings or scenario, another number of shards, a shard given twice or
     *                                  missing, or a part that does not hold exactly its shard's cells
     */
    public static SweepResult merge(List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge: give the file of every shard");
        }
        Part first = parts.get(0);
        SweepPlan plan = first.plan();
        int count = first.shard().count();
        Part[] byIndex = new Part[count];
        for (Part part : parts) {
            difference(first, part).ifPresent(what -> {
                throw new IllegalArgumentException(part.source() + " is not a shard of the same sweep as "
                        + first.source() + ": " + what);
            });
            Part twice = byIndex[part.shard().index()];
            if (twice != null) {
                throw new IllegalArgumentException(twice.source() + " and " + part.source() + " are both shard "
                        + part.shard());
            }
            byIndex[part.shard().index()] = part;
            List<Integer> held = part.cells().stream().map(cell -> plan.cell(cell.xIndex(), cell.yIndex())).toList();
            if (!held.equals(part.shard().cells(plan))) {
                throw new IllegalArgumentException(part.source() + " holds cells " + held + ", but shard "
                        + part.shard() + " of this grid has cells " + part.shard().cells(plan)
                        + " (numbered row by row from 0)");
            }
        }
        String missing = IntStream.range(0, count).filter(index -> byIndex[index] == null)
                .mapToObj(index -> index + "/" + count).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("shard " + missing + " missing: give the file of every shard");
        }
        List<SweepCell> cells = new ArrayList<>(plan.cells());
        parts.forEach(part -> cells.addAll(part.cells()));
        cells.sort(Comparator.comparingInt(cell -> plan.cell(cell.xIndex(), cell.yIndex())));
        return new SweepResult(plan, cells, SweepResult.Outcome.COMPLETED, Optional.empty(),
                parts.stream().mapToInt(Part::threads).sum(), parts.stream().mapToDouble(Part::seconds).max()
                .orElse(0));
    }

    /** How part differs from first in what makes them shards of one sweep, if it does. */
    private static Optional<String> difference(Part first, Part part) {
        SweepPlan a = first.plan();
        SweepPlan b = part.plan();
        if (!a.x().equals(b.x()) || !a.y().equals(b.y())) {
            return Optional.of("another grid (" + axes(b) + " against " + axes(a) + ")");
        }
        if (!a.base().equals(b.base())) {
            return Optional.of("other training settings");
        }
        if (a.episodes() != b.episodes() || a.seeds() != b.seeds() || a.evaluationEpisodes() != b.evaluationEpisodes()) {
            return Optional.of("other episodes, seeds or evaluation episodes per run");
        }
        if (!first.scenario().equals(part.scenario())) {
            return Optional.of("scenario " + part.scenario() + " against " + first.scenario());
        }
        if (first.shard().count() != part.shard().count()) {
            return Optional.of("shard " + part.shard() + " against " + first.shard() + ": another number of shards");
        }
        return Optional.empty();
    }

    private static String axes(SweepPlan plan) {
        return plan.x().parameter().id() + "=" + plan.x().values() + " x " + plan.y().parameter().id() + "="
                + plan.y().values();
    }
}
