package org.agenticrl.app.objective;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.junit.jupiter.api.Test;

/** The waterfall's intervals, labels and tooltips, without JavaFX. */
class WaterfallBarsTest {
    private static LossBreakdown losses(double rl, double sft, double kl, double total) {
        LossSettings settings = new LossSettings(0.99, 1, 1, RewardMode.NOTEBOOK, SftVariant.NOTEBOOK, KlVariant.NOTEBOOK);
        return new LossBreakdown(settings, List.of(), rl, Map.of(SftVariant.NOTEBOOK, sft), Map.of(KlVariant.NOTEBOOK, kl),
                total);
    }

    @Test
    void theWeightedTermsStackOnL_RlAndTheTotalStandsFromZero() {
        WaterfallBars bars = WaterfallBars.of(losses(-1.5, 0.25, 0.125, -1.125));
        double[][] intervals = {{0, -1.5}, {-1.5, -1.25}, {-1.25, -1.125}, {0, -1.125}};
        for (int bar = 0; bar < intervals.length; bar++) {
            assertEquals(intervals[bar][0], bars.start(bar), "start of " + WaterfallBars.TERMS.get(bar));
            assertEquals(intervals[bar][1], bars.end(bar), "end of " + WaterfallBars.TERMS.get(bar));
        }
        assertTrue(bars.negative(0));
        assertFalse(bars.negative(1));
        assertEquals("\u22121.500", bars.label(0));
        assertEquals("\u03bb1\u00b7L_SFT = 0.25", bars.tooltip(1));
    }

    @Test
    void anInfiniteTermIsAnEmptyBarSaidToOverflowAndAnOverflowingSumEndsAtTheLargestDouble() {
        WaterfallBars bars = WaterfallBars.of(losses(1.7e308, 1.7e308, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertEquals(Double.MAX_VALUE, bars.end(1));
        assertEquals(bars.start(2), bars.end(2), "the infinite KL term is an empty bar");
        assertEquals("overflow", bars.label(2));
        assertEquals("overflow", bars.label(3));
        assertEquals(0, bars.end(3));
        assertArrayEquals(new double[] {1.7e308, 1.7e308, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY},
                bars.values());
    }
}
