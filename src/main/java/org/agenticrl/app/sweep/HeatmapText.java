package org.agenticrl.app.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.agenticrl.app.common.Format;
import org.agenticrl.engine.sweep.SweepCell;
import org.agenticrl.engine.sweep.SweepPlan;
import org.jspecify.annotations.Nullable;

/**
 * What the sweep's heat map writes and the range it colours over, for a plan and a metric: a cell's value, its
 * tooltip, the colour scale's ends and its legend's label.
 */
final class HeatmapText {
    /** The value a cell shows before it is trained: an ellipsis. */
    static final String PENDING = "\u2026";

    private HeatmapText() {
    }

    /**
     * The colour range: a rate on its fixed 0 to 1; another metric from its smallest to its largest finite value
     * (padded by 5% of the value, at least 0.001, on each side when they are equal; 0 to 1 when there is none).
     *
     * @return {lower, upper}, lower below upper
     */
    static double[] colourRange(SweepMetric metric, double[] values) {
        if (metric.rate()) {
            return new double[] {0, 1};
        }
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        double lower = Arrays.stream(finite).min().orElse(0);
        double upper = Arrays.stream(finite).max().orElse(1);
        if (!(upper > lower)) {
            double pad = Math.max(1e-3, Math.abs(lower) * 0.05);
            lower -= pad;
            upper += pad;
        }
        return new double[] {lower, upper};
    }

    /** The legend's axis: a rate in percent (0 to 100), another metric over its colour range. */
    static double[] legendRange(SweepMetric metric, double[] colourRange) {
        return metric.rate() ? new double[] {0, 100} : colourRange.clone();
    }

    /** The legend's label: "success rate (%)", "mean return". */
    static String legendLabel(SweepMetric metric) {
        return metric.label() + (metric.rate() ? " (%)" : "");
    }

    /** What a cell writes in it: its value as the metric writes it, or {@link #PENDING} before it is trained. */
    static String cell(SweepMetric metric, double value) {
        return Double.isNaN(value) ? PENDING : metric.format(value);
    }

    /** An axis's tick labels: the parameter's values, short. */
    static String[] ticks(List<Double> values) {
        return values.stream().map(Format::compact).toArray(String[]::new);
    }

    /**
     * The tooltip of the plan's cell at index item (row-major, x fastest): where it is and, once trained, the metric's
     * mean over its seeds, their spread and every seed's value.
     *
     * @param cell the trained cell; null before it is trained
     */
    static String tooltip(SweepPlan plan, int item, @Nullable SweepCell cell, SweepMetric metric) {
        String where = plan.x().parameter().id() + " = " + Format.compact(plan.x().value(item % plan.x().size()))
                + ", " + plan.y().parameter().id() + " = " + Format.compact(plan.y().value(item / plan.x().size()));
        if (cell == null) {
            return where + ": not trained yet";
        }
        String seeds = cell.seeds().stream().map(seed -> metric.format(metric.of(seed.metrics())))
                .collect(Collectors.joining(", "));
        return where + ": " + metric.label() + " " + metric.format(metric.of(cell.mean())) + " (mean of "
                + cell.seeds().size() + " seeds, from " + metric.format(metric.of(cell.min())) + " to "
                + metric.format(metric.of(cell.max())) + "; each: " + seeds + "). Click to put its agent on screen.";
    }
}
