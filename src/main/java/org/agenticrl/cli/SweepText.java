package org.agenticrl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.agenticrl.engine.sweep.SweepCell;
import org.agenticrl.engine.sweep.SweepMetrics;
import org.agenticrl.engine.sweep.SweepPlan;
import org.agenticrl.engine.sweep.SweepResult;
import org.agenticrl.engine.text.NumberStyle;

/** {@code sweep}'s text (a table per metric, one cell per grid cell) and CSV (a row per run). */
final class SweepText {
    private static final String DIVERGED = "!";

    private SweepText() {
    }

    /** A grid of the seeds' mean success rate, calculator rate and KL to the reference, and the speed line. */
    static String text(SweepResult result) {
        SweepPlan plan = result.plan();
        String line = System.lineSeparator();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%s x %s: %d cells, %d seed%s each (training seeds %d to %d), %d training episodes per run,%n"
                        + "evaluated on %d fresh episodes; every other setting as train's (--json lists them)%n",
                plan.x().parameter().id(), plan.y().parameter().id(), plan.cells(), plan.seeds(),
                plan.seeds() == 1 ? "" : "s", plan.seed(0), plan.seed(plan.seeds() - 1), plan.episodes(),
                plan.evaluationEpisodes()));
        String mean = " (mean of " + plan.seeds() + (plan.seeds() == 1 ? " seed)" : " seeds)");
        text.append(line).append("success rate").append(mean).append(line)
                .append(grid(result, metrics -> NumberStyle.TERMINAL.percent(metrics.successRate())))
                .append(line).append("calculator rate").append(mean).append(line)
                .append(grid(result, metrics -> NumberStyle.TERMINAL.percent(metrics.calculatorRate())))
                .append(line).append("KL to the reference").append(mean).append(line)
                .append(grid(result, metrics -> NumberStyle.TERMINAL.fixed(metrics.klToReference(), 2)));
        if (result.cells().stream().anyMatch(SweepText::diverged)) {
            text.append(DIVERGED).append(" a seed of this cell diverged; --json says at which update and why")
                    .append(line);
        }
        return text.append(line).append(speed(result)).toString();
    }

    /** "42 cells (126 runs, 252,000 training episodes) in 4.21 s on 2 threads: 9.98 cells/s". */
    static String speed(SweepResult result) {
        SweepPlan plan = result.plan();
        return String.format(Locale.ROOT, "%d cells (%,d runs, %,d training episodes) in %.2f s on %d thread%s: "
                + "%.2f cells/s", result.cells().size(), plan.runs(), plan.totalEpisodes(), result.seconds(),
                result.threads(), result.threads() == 1 ? "" : "s", result.cellsPerSecond());
    }

    /** One row per y value, one column per x value, each cell the metric's mean over the seeds. */
    private static String grid(SweepResult result, Function<SweepMetrics, String> metric) {
        SweepPlan plan = result.plan();
        TextTable table = new TextTable(1);
        List<String> header = new ArrayList<>(List.of(plan.y().parameter().id() + " \\ " + plan.x().parameter().id()));
        plan.x().values().forEach(value -> header.add(Arguments.plain(value)));
        table.row(header.toArray(String[]::new));
        for (int row = 0; row < plan.y().size(); row++) {
            String[] cells = new String[plan.x().size() + 1];
            cells[0] = Arguments.plain(plan.y().value(row));
            for (SweepCell cell : result.cells()) {
                if (cell.yIndex() == row) {
                    cells[cell.xIndex() + 1] = metric.apply(cell.mean())
                            + (diverged(cell) ? DIVERGED : "");
                }
            }
            table.row(cells);
        }
        return table.render();
    }

    private static boolean diverged(SweepCell cell) {
        return cell.seeds().stream().anyMatch(seed -> seed.divergence().isPresent());
    }

}
