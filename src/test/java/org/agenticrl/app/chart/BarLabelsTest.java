package org.agenticrl.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.agenticrl.app.theme.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a bar's label goes, on a plot 200 wide and 100 high with a gap of 2, and the colour a label inside a bar is
 * written in.
 */
class BarLabelsTest {
    private static final Rectangle2D PLOT = new Rectangle2D.Double(50, 20, 200, 100);
    private static final double GAP = 2;

    /** A horizontal bar from the plot's left edge to x = end, 10 high at the given top. */
    @ParameterizedTest(name = "bar to {0} at {1}, label {2} x {3}: inside {4}")
    @CsvSource({
        "150, 60, 40, 12, false", "230, 60, 40, 12, true", "208, 60, 40, 12, false", "209, 60, 40, 12, true",
        "250, 60, 40, 12, true", "70, 60, 190, 12, false", "220, 60, 190, 12, true", "230, 20, 40, 12, true",
        "230, 114, 40, 12, true", "50, 60, 40, 12, false"})
    void aLabelAtARightEndStaysInThePlot(double end, double top, double width, double height, boolean inside) {
        Rectangle2D bar = new Rectangle2D.Double(PLOT.getMinX(), top, end - PLOT.getMinX(), 6);
        BarLabels.Placement placement = BarLabels.place(width, height, bar, BarLabels.End.RIGHT, PLOT, GAP);
        assertEquals(inside, placement.inside());
        assertTrue(PLOT.contains(placement.box()), placement.box() + " within " + PLOT);
        if (width + GAP <= Math.max(PLOT.getMaxX() - end, end - PLOT.getMinX())) {
            assertEquals(inside, placement.box().intersects(bar), "inside means on the bar, past the end means off it");
        }
    }

    /** A vertical bar 20 wide at x = left, from level from to level to (y grows downwards), labelled at its top. */
    @ParameterizedTest(name = "bar at {0} from {1} up to {2}: inside {3}")
    @CsvSource({"100, 120, 60, false", "100, 120, 25, true", "50, 120, 25, true", "230, 120, 60, false",
        "240, 120, 60, false", "100, 80, 80, false"})
    void aLabelAtATopEndStaysInThePlot(double left, double from, double to, boolean inside) {
        Rectangle2D bar = new Rectangle2D.Double(left, to, 20, from - to);
        BarLabels.Placement placement = BarLabels.place(50, 14, bar, BarLabels.End.TOP, PLOT, GAP);
        assertEquals(inside, placement.inside());
        assertTrue(PLOT.contains(placement.box()), placement.box() + " within " + PLOT);
    }

    /** A negative term's bar grows downwards from level from to level to and is labelled below. */
    @ParameterizedTest(name = "bar at {0} from {1} down to {2}: inside {3}")
    @CsvSource({"100, 30, 80, false", "100, 30, 115, true", "235, 30, 115, true"})
    void aLabelAtABottomEndStaysInThePlot(double left, double from, double to, boolean inside) {
        Rectangle2D bar = new Rectangle2D.Double(left, from, 20, to - from);
        BarLabels.Placement placement = BarLabels.place(50, 14, bar, BarLabels.End.BOTTOM, PLOT, GAP);
        assertEquals(inside, placement.inside());
        assertTrue(PLOT.contains(placement.box()), placement.box() + " within " + PLOT);
    }

    /**
     * Two bars of one token, 6 high one under the other, to x = end and end + 5: the second's label, which would
     * overlap the first's, goes right of it, or is left out where the plot has no room for it there.
     */
    @ParameterizedTest(name = "bars to {0}: second label drawn {1}")
    @CsvSource({"150, true", "235, false"})
    void aLabelKeepsClearOfTheOneDrawnBesideIt(double end, boolean drawn) {
        Graphics2D g2 = new BufferedImage(300, 150, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            g2.setClip(PLOT);
            g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            Rectangle2D upper = new Rectangle2D.Double(PLOT.getMinX(), 60, end - PLOT.getMinX(), 6);
            Rectangle2D lower = new Rectangle2D.Double(PLOT.getMinX(), 66, end + 5 - PLOT.getMinX(), 6);
            Rectangle2D first = BarLabels.drawClearOf(g2, "40.0%", upper, GAP, Color.BLACK, Color.BLUE, null)
                    .orElseThrow();
            Optional<Rectangle2D> second = BarLabels.drawClearOf(g2, "55.9%", lower, GAP, Color.BLACK, Color.BLUE,
                    first);
            assertEquals(drawn, second.isPresent());
            second.ifPresent(box -> {
                assertFalse(box.intersects(first), box + " clear of " + first);
                assertTrue(PLOT.contains(box), box + " within " + PLOT);
            });
        } finally {
            g2.dispose();
        }
    }

    @Test
    void blackIsWrittenOnLightBarsAndWhiteOnDarkOnes() {
        assertEquals(Color.BLACK, ChartStyle.textOn(Palette.awt(Palette.LIGHT.chosen())));
        assertEquals(Color.WHITE, ChartStyle.textOn(Palette.awt(Palette.LIGHT.current())));
        assertEquals(Color.BLACK, ChartStyle.textOn(Palette.awt(Palette.DARK.current())));
        assertEquals(Color.WHITE, ChartStyle.textOn(Palette.awt(Palette.LIGHT.total())));
    }
}
