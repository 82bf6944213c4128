package org.agenticrl.engine.sweep;

import java.util.List;

/** A sweep's runs as CSV, the same for the command line's {@code sweep --csv} and the window's export. */
public final class SweepCsv {
    private SweepCsv() {
    }

    /**
     * A header, then one row per run of the cells, in their order: the cell's two values, the training seed, the
     * episodes trained, the six figures at full precision (empty where there is no number) and whether training
     * diverged.
     */
    public static String of(SweepPlan plan, List<SweepCell> cells) {
        StringBuilder csv = new StringBuilder(plan.x().parameter().id() + "," + plan.y().parameter().id()
                + ",seed,episodes,successRate,calculatorRate,meanReturn,meanSteps,klToReference,finalLoss,diverged");
        String line = System.lineSeparator();
        for (SweepCell cell : cells) {
            for (SeedResult seed : cell.seeds()) {
                SweepMetrics m = seed.metrics();
                csv.append(line).append(String.join(",", List.of(String.valueOf(cell.x()), String.valueOf(cell.y()),
                        String.valueOf(seed.seed()), String.valueOf(seed.episodes()), number(m.successRate()),
                        number(m.calculatorRate()), number(m.meanReturn()), number(m.meanSteps()),
                        number(m.klToReference()), number(m.finalLoss()),
                        String.valueOf(seed.divergence().isPresent()))));
            }
        }
        return csv.toString();
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.valueOf(value) : "";
    }
}
