package org.agenticrl.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.agenticrl.cli.TrainCommand.DivergenceJson;
import org.agenticrl.cli.TrainingOptions.ConfigJson;
import org.agenticrl.engine.sweep.SeedResult;
import org.agenticrl.engine.sweep.SweepAxis;
import org.agenticrl.engine.sweep.SweepCell;
import org.agenticrl.engine.sweep.SweepMetrics;
import org.agenticrl.engine.sweep.SweepPlan;
import org.agenticrl.engine.sweep.SweepResult;
import org.jspecify.annotations.Nullable;

/**
 * {@code sweep --json}: the axes, the settings every run shares, every cell with each seed's figures and their mean,
 * minimum and maximum, and how long it took. A shard's file ({@code sweep --shard}) is the same with its cells only and
 * a {@code shard} field; {@link SweepShardFile} reads it back.
 */
record SweepJson(AxisJson x, AxisJson y, SettingsJson settings, List<CellJson> cells, int runs, long trainingEpisodes,
                 int threads, double seconds, double cellsPerSecond,
                 @JsonInclude(JsonInclude.Include.NON_NULL) ShardJson shard) {

    /**
     * Which shard of the sweep this is ({@code sweep --shard}), and the scenario it ran in, which {@code --merge}
     * checks; absent from a whole sweep's JSON.
     */
    record ShardJson(int index, int count, String scenario) {
    }

    record AxisJson(String name, List<Double> values) {
        static AxisJson of(SweepAxis axis) {
            return new AxisJson(axis.parameter().id(), axis.values());
        }
    }

    /**
     * What every run shares: episodes, seeds and eval per cell, the base seed, and the training settings, written as
     * fields of this object (the two swept ones are the cell's).
     */
    record SettingsJson(int episodes, int seeds, int eval, long seed, @JsonUnwrapped ConfigJson training) {
    }

    /** The six figures; klToReference and finalLoss are absent when no update finished (training diverged at once). */
    record MetricsJson(double successRate, double calculatorRate, double meanReturn, double meanSteps,
                       @Nullable Double klToReference, @Nullable Double finalLoss) {
        static MetricsJson of(SweepMetrics metrics) {
            return new MetricsJson(metrics.successRate(), metrics.calculatorRate(), metrics.meanReturn(),
                    metrics.meanSteps(), finiteOrNull(metrics.klToReference()), finiteOrNull(metrics.finalLoss()));
        }

        private static Double finiteOrNull(double value) {
            return Double.isFinite(value) ? value : null;
        }
    }

    /** One seed's run: its training seed, the episodes it trained, its figures, and its divergence, if any. */
    record SeedJson(long seed, int episodes, @JsonUnwrapped MetricsJson metrics, @Nullable DivergenceJson divergence) {
        static SeedJson of(SeedResult seed) {
            return new SeedJson(seed.seed(), seed.episodes(), MetricsJson.of(seed.metrics()),
                    seed.divergence().map(DivergenceJson::of).orElse(null));
        }
    }

    record CellJson(double x, double y, int episodes, List<SeedJson> seeds, MetricsJson mean, MetricsJson min,
                    MetricsJson max) {
        static CellJson of(SweepCell cell) {
            return new CellJson(cell.x(), cell.y(), cell.episodes(), cell.seeds().stream().map(SeedJson::of).toList(),
                    MetricsJson.of(cell.mean()), MetricsJson.of(cell.min()), MetricsJson.of(cell.max()));
        }
    }

    static SweepJson of(SweepResult result) {
        return of(result, null);
    }

    /** A shard's JSON: its cells, and shard saying which it is; runs and trainingEpisodes are the whole grid's. */
    static SweepJson of(SweepResult result, ShardJson shard) {
        SweepPlan plan = result.plan();
        return new SweepJson(AxisJson.of(plan.x()), AxisJson.of(plan.y()),
                new SettingsJson(plan.episodes(), plan.seeds(), plan.evaluationEpisodes(), plan.base().seed(),
                        ConfigJson.of(plan.base())),
                result.cells().stream().map(CellJson::of).toList(), plan.runs(), plan.totalEpisodes(),
                result.threads(), result.seconds(), result.cellsPerSecond(), shard);
    }
}
