package org.agenticrl.app.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.agenticrl.engine.sweep.SeedResult;
import org.agenticrl.engine.sweep.SweepAxis;
import org.agenticrl.engine.sweep.SweepCell;
import org.agenticrl.engine.sweep.SweepMetrics;
import org.agenticrl.engine.sweep.SweepParameter;
import org.agenticrl.engine.sweep.SweepPlan;
import org.agenticrl.engine.training.TrainingConfig;
import org.junit.jupiter.api.Test;

/** The heat map's colour range and words, without JavaFX. */
class HeatmapTextTest {
    private static SweepMetrics metrics(double success, double loss) {
        return new SweepMetrics(success, 0, 0, 0, 0, loss);
    }

    @Test
    void ratesColourOverZeroToOneAndOtherMetricsOverTheirFiniteValues() {
        assertArrayEquals(new double[] {0, 1}, HeatmapText.colourRange(SweepMetric.SUCCESS, new double[] {0.2, 0.4}));
        assertArrayEquals(new double[] {0, 100}, HeatmapText.legendRange(SweepMetric.SUCCESS, new double[] {0, 1}));
        assertArrayEquals(new double[] {-2, 3},
                HeatmapText.colourRange(SweepMetric.LOSS, new double[] {3, Double.NaN, -2, Double.POSITIVE_INFINITY}));
        assertArrayEquals(new double[] {1.9, 2.1}, HeatmapText.colourRange(SweepMetric.LOSS, new double[] {2, 2}), 1e-12);
        assertArrayEquals(new double[] {0, 1}, HeatmapText.colourRange(SweepMetric.LOSS, new double[] {Double.NaN}));
        assertEquals("success rate (%)", HeatmapText.legendLabel(SweepMetric.SUCCESS));
        assertEquals("final loss", HeatmapText.legendLabel(SweepMetric.LOSS));
    }

    @Test
    void aCellSaysWhereItIsItsMeanItsSpreadAndEachSeed() {
        SweepPlan plan = new SweepPlan(SweepAxis.of(SweepParameter.LAMBDA1, 0, 0.1), SweepAxis.of(SweepParameter.LAMBDA2,
                0, 0.01), TrainingConfig.defaults(), 100, 2, 10);
        SweepCell cell = new SweepCell(1, 1, 0.1, 0.01, 100, List.of(
                new SeedResult(0, 1, 100, metrics(0.5, 0), Optional.empty()),
                new SeedResult(1, 2, 100, metrics(1, 0), Optional.empty())),
                metrics(0.75, 0), metrics(0.5, 0), metrics(1, 0), null, List.of());
        String lambda1 = SweepParameter.LAMBDA1.id();
        String lambda2 = SweepParameter.LAMBDA2.id();
        assertEquals(lambda1 + " = 0.1, " + lambda2 + " = 0.01: success rate 75% (mean of 2 seeds, from 50% to 100%; "
                + "each: 50%, 100%). Click to put its agent on screen.", HeatmapText.tooltip(plan, 3, cell, SweepMetric.SUCCESS));
        assertEquals(lambda1 + " = 0, " + lambda2 + " = 0: not trained yet",
                HeatmapText.tooltip(plan, 0, null, SweepMetric.SUCCESS));
        assertEquals(HeatmapText.PENDING, HeatmapText.cell(SweepMetric.SUCCESS, Double.NaN));
        assertEquals("\u22121.25", HeatmapText.cell(SweepMetric.LOSS, -1.25));
    }
}
