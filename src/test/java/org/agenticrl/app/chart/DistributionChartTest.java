package org.agenticrl.app.chart;

import static org.agenticrl.app.chart.Drawn.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.agenticrl.app.common.Bar;
import org.agenticrl.app.theme.Palette;
import org.jfree.chart.entity.CategoryItemEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/** The token bars: labels never cut off at the plot's edge (issue 8, defect 3), and no zooming. */
class DistributionChartTest {
    @BeforeAll
    static void startFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private static Bar bar(String token, double p, boolean chosen) {
        return new Bar(token, p, Math.log(p), p, chosen);
    }

    private static DistributionChart shown(List<Bar> bars, boolean reference) {
        return onFx(() -> {
            DistributionChart chart = new DistributionChart();
            chart.show(bars, reference);
            return chart;
        });
    }

    /** The area of the current policy's bar for a token, as drawn. */
    private static Rectangle2D barOf(Drawn drawn, String token) {
        Collection<?> entities = drawn.info().getEntityCollection().getEntities();
        return entities.stream().filter(CategoryItemEntity.class::isInstance).map(CategoryItemEntity.class::cast)
                .filter(item -> item.getColumnKey().equals(token) && item.getRowKey().equals(DistributionChart.CURRENT))
                .map(item -> item.getArea().getBounds2D()).findFirst().orElseThrow();
    }

    private static double widthOf(Drawn drawn, String text, Font font) {
        Graphics2D g2 = drawn.image().createGraphics();
        try {
            return g2.getFontMetrics(font).getStringBounds(text, g2).getWidth();
        } finally {
            g2.dispose();
        }
    }

    /**
     * The drift view's case: few bars with the reference, in a narrow column, one of them at 100%. Its label would
     * not fit right of the bar, so it is written inside the bar's end in the colour that reads on the bar.
     */
    @Test
    void aFullBarInANarrowChartHasItsLabelInsideItsEnd() {
        DistributionChart chart = shown(List.of(bar("calculate(", 1.0, true), bar("I", 0.0, false),
                bar("the", 0.0, false)), true);
        Drawn drawn = Drawn.draw(chart.chart(), 260, 220);
        Rectangle2D bar = barOf(drawn, "calculate(");
        Font font = chart.chart().getCategoryPlot().getRenderer().getItemLabelFont(0, 0);
        double label = widthOf(drawn, "100.0%", font);
        assertTrue(bar.getMaxX() + label > drawn.dataArea().getMaxX(), "the label would not fit right of the bar");
        Color text = ChartStyle.textOn(Palette.awt(Palette.LIGHT.chosen()));
        Rectangle2D end = new Rectangle2D.Double(bar.getMaxX() - label - 4, bar.getY(), label + 4, bar.getHeight());
        assertTrue(drawn.count(end, text) >= 15, "the label is written inside the bar's end");
    }

    /** A label with room right of its bar stays there, in the theme's text colour. */
    @Test
    void aLabelWithRoomStaysRightOfItsBar() {
        DistributionChart chart = shown(List.of(bar("I", 0.4, true), bar("calculate(", 0.6, false)), false);
        Drawn drawn = Drawn.draw(chart.chart(), 500, 220);
        Rectangle2D bar = barOf(drawn, "I");
        Rectangle2D right = new Rectangle2D.Double(bar.getMaxX(), bar.getY(), 60, bar.getHeight());
        assertTrue(drawn.count(right, Palette.awt(Palette.LIGHT.foreground())) >= 15, "the label is right of the bar");
        Color text = ChartStyle.textOn(Palette.awt(Palette.LIGHT.chosen()));
        assertEquals(0, drawn.count(bar, text), "nothing is written on the bar");
    }

    /**
     * A trained policy's bars with the update's ghosts and the reference's beside them, 40 lines of text wide and as
     * tall as the chart asks: three percentages per token, none drawn over another.
     */
    @ParameterizedTest(name = "text scale {0}")
    @CsvSource({"1.0", "1.6", "2.0"})
    void threePercentagesOfOneTokenNeverOverlap(double scale) {
        List<Bar> bars = List.of(new Bar("calculate(", 0.40, Math.log(0.40), 0.45, true),
                new Bar("finish(", 0.35, Math.log(0.35), 0.30, false), new Bar("I", 0.25, Math.log(0.25), 0.25, false));
        DistributionChart chart = onFx(() -> {
            DistributionChart made = new DistributionChart();
            made.restyle(Palette.DARK, scale);
            made.show(bars, true, List.of(0.559, 0.241, 0.2));
            return made;
        });
        Drawn.draw(chart.chart(), (int) (40 * ChartStyle.bodySize(scale)), (int) chart.viewer().getMinHeight());
        List<Rectangle2D> labels = chart.valueLabels();
        assertEquals(9, labels.size(), "every bar's percentage is written: " + labels);
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).intersects(labels.get(j)), labels.get(i) + " and " + labels.get(j));
            }
        }
    }

    /** Bar sets that are degenerate in some way, by name. */
    private static List<Bar> degenerate(String name) {
        return switch (name) {
            case "none" -> List.of();
            case "one token" -> List.of(bar("calculate(", 1.0, true));
            case "all zero" -> List.of(new Bar("I", 0, Double.NEGATIVE_INFINITY, 0, true),
                    new Bar("need", 0, Double.NEGATIVE_INFINITY, 0, false));
            case "all tiny" -> List.of(bar("I", 1e-300, true), bar("need", 1e-300, false));
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * Degenerate bars draw at a roomy and at a narrow size, with or without the reference, with distinct
     * probability ticks that do not overlap and item labels that are finite percentages.
     */
    @ParameterizedTest(name = "{0}, reference {1}")
    @CsvSource({"none, false", "none, true", "one token, false", "one token, true", "all zero, false",
        "all zero, true", "all tiny, true"})
    void degenerateBarsDrawReadably(String bars, boolean reference) {
        DistributionChart chart = shown(degenerate(bars), reference);
        var plot = chart.chart().getCategoryPlot();
        for (int[] size : new int[][] {{420, 300}, {150, 160}}) {
            Drawn drawn = Drawn.draw(chart.chart(), size[0], size[1]);
            List<String> ticks = drawn.tickLabels(plot.getRangeAxis(), plot.getRangeAxisEdge());
            String where = size[0] + "x" + size[1] + " " + ticks;
            assertTrue(ticks.size() >= 2 && ticks.stream().distinct().count() == ticks.size(), where);
            assertFalse(drawn.tickLabelsOverlap(plot.getRangeAxis(), plot.getRangeAxisEdge()), where);
        }
        for (int row = 0; row < plot.getDataset().getRowCount(); row++) {
            for (int column = 0; column < plot.getDataset().getColumnCount(); column++) {
                String label = plot.getRenderer().getItemLabelGenerator(row, column)
                        .generateLabel(plot.getDataset(), row, column);
                assertTrue(label == null || label.matches("[0-9]+\\.[0-9]%"), label);
            }
        }
    }

    @Test
    void theBarsDoNotZoom() {
        DistributionChart chart = shown(List.of(bar("I", 1.0, true)), false);
        assertNull(chart.viewer().getCanvas().getMouseHandler("zoom"), "no drag zoom");
        assertNull(chart.viewer().getCanvas().getMouseHandler("scroll"), "no wheel zoom");
    }
}
