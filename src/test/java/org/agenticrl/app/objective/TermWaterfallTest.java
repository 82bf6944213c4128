package org.agenticrl.app.objective;

import static org.agenticrl.app.chart.Drawn.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.agenticrl.app.chart.Drawn;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/** The loss waterfall with ordinary and degenerate terms, drawn at the sizes the objective panel gives it. */
class TermWaterfallTest {
    private static final String NOT_READABLE = ".*(NaN|Infinity|\u221e|\u2014).*";

    @BeforeAll
    static void startFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** A breakdown with lambda1 = lambda2 = 1, so the weighted terms are the ones given. */
    private static LossBreakdown losses(double rl, double sft, double kl, double total) {
        LossSettings settings = new LossSettings(0.99, 1, 1, RewardMode.NOTEBOOK, SftVariant.NOTEBOOK,
                KlVariant.NOTEBOOK);
        return new LossBreakdown(settings, List.of(), rl, Map.of(SftVariant.NOTEBOOK, sft),
                Map.of(KlVariant.NOTEBOOK, kl), total);
    }

    /**
     * Whatever the terms, the chart draws at a roomy and at its smallest size with finite axes, a few distinct value
     * ticks that do not overlap, and labels without NaN or infinity.
     */
    @ParameterizedTest(name = "L_RL {0}, SFT {1}, KL {2}, total {3}")
    @CsvSource({
        "-10.29, 0.30, 0.005, -9.985", "0, 0, 0, 0", "0.3, 0.2, 0.005, 0.505", "2.8e-10, 0, 0, 2.8e-10",
        "1e300, 1e300, 0, 2e300", "1.7e308, 1.7e308, 0, Infinity", "0.3, Infinity, 0.1, Infinity",
        "-1.7e308, 0, 0, -1.7e308"})
    void degenerateTermsDrawReadably(double rl, double sft, double kl, double total) {
        TermWaterfall chart = onFx(() -> {
            TermWaterfall waterfall = new TermWaterfall();
            waterfall.show(losses(rl, sft, kl, total));
            return waterfall;
        });
        CategoryPlot plot = chart.chart().getCategoryPlot();
        for (int[] size : new int[][] {{420, 240}, {240, 120}}) {
            Drawn drawn = Drawn.draw(chart.chart(), size[0], size[1]);
            String where = size[0] + "x" + size[1] + " " + plot.getRangeAxis().getRange();
            assertTrue(Double.isFinite(plot.getRangeAxis().getRange().getLength()), where);
            List<String> ticks = drawn.tickLabels(plot.getRangeAxis(), RectangleEdge.LEFT);
            assertTrue(ticks.size() >= 2, where + " " + ticks);
            assertEquals(ticks.size(), ticks.stream().distinct().count(), where + " " + ticks);
            assertTrue(ticks.stream().noneMatch(tick -> tick.matches(NOT_READABLE)), where + " " + ticks);
            assertFalse(drawn.tickLabelsOverlap(plot.getRangeAxis(), RectangleEdge.LEFT), where + " " + ticks);
        }
        for (int column = 0; column < 4; column++) {
            String label = plot.getRenderer().getItemLabelGenerator(0, column).generateLabel(plot.getDataset(), 0,
                    column);
            assertFalse(label.matches(NOT_READABLE), label);
        }
    }

    @Test
    void theWaterfallDoesNotZoom() {
        TermWaterfall chart = onFx(TermWaterfall::new);
        assertNull(chart.viewer().getCanvas().getMouseHandler("zoom"), "no drag zoom");
        assertNull(chart.viewer().getCanvas().getMouseHandler("scroll"), "no wheel zoom");
    }
}
