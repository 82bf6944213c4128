package org.agenticrl.app.training;

import static org.agenticrl.app.chart.Drawn.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.agenticrl.app.chart.ChartSlide;
import org.agenticrl.app.chart.Drawn;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.training.EpisodeStats;
import org.agenticrl.engine.training.TrainingMetrics;
import org.agenticrl.engine.training.gradient.ObjectiveValue;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;

/**
 * The learning curves as drawn at a realistic size (400 x 250): one update, constant series and zoom (issue 8).
 * Charts are built and changed on the FX thread.
 */
class CurveChartTest {
    private static final int WIDTH = 400;
    private static final int HEIGHT = 250;

    @BeforeAll
    static void startFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** A curve of n updates of 8 episodes each whose every metric is the value. */
    private static List<TrainingMetrics> constant(double value, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new TrainingMetrics(i, 8 * i,
                new EpisodeStats(8, value, value, value, value), new ObjectiveValue(value, value, value, value), 1))
                .toList();
    }

    private static CurveChart chart(Range home) {
        CurveChart chart = new CurveChart("test", "test", m -> m.loss().weightedKl(), home);
        chart.restyle(Palette.LIGHT, 1);
        return chart;
    }

    /**
     * The current run's newest point is drawn (a marker of the current colour where it belongs), and both axes have
     * a few distinct tick labels; the value axis' labels have no exponent when the values are ordinary numbers.
     */
    private static void assertDrawnReadably(CurveChart chart, boolean ordinary) {
        Drawn drawn = Drawn.draw(chart.chart(), WIDTH, HEIGHT);
        XYPlot plot = chart.chart().getXYPlot();
        XYDataset data = plot.getDataset();
        int series = data.getSeriesCount() - 1;
        int item = data.getItemCount(series) - 1;
        Point2D at = drawn.at(plot, data.getXValue(series, item), data.getYValue(series, item));
        String where = chart.title() + " with y range " + plot.getRangeAxis().getRange();
        assertTrue(drawn.dataArea().contains(at), where + ": the newest point is inside the plot");
        assertTrue(drawn.pixelsNear(at, 3, Palette.awt(Palette.LIGHT.current())) >= 35,
                where + ": a marker is drawn on the newest point");
        List<String> values = drawn.tickLabels(plot.getRangeAxis(), RectangleEdge.LEFT);
        assertTrue(values.size() >= 3, where + ": a few value ticks " + values);
        assertEquals(values.size(), values.stream().distinct().count(), where + ": distinct labels " + values);
        for (String label : values) {
            assertFalse(label.matches(".*(NaN|Infinity|\u2014).*"), where + ": " + values);
            assertFalse(ordinary && label.matches(".*[eE].*"), where + ": no exponent for ordinary values " + values);
        }
        List<String> episodes = drawn.tickLabels(plot.getDomainAxis(), RectangleEdge.BOTTOM);
        assertTrue(episodes.size() >= 2, where + ": episode ticks " + episodes);
        assertTrue(episodes.stream().allMatch(label -> label.matches("[0-9,]+")), "whole episodes " + episodes);
    }

    /** Issue 8: after exactly one training update every one of the six curves shows its point on readable axes. */
    @Test
    void afterOneUpdateEveryCurveShowsItsPointOnReadableAxes() {
        List<CurveChart> charts = onFx(() -> {
            TestRuntime runtime = new TestRuntime();
            SessionModel model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
            TrainingCurves curves = new TrainingCurves(model.training(), new AppearanceModel());
            model.training().stepOnce();
            runtime.frames.tick(1);
            return curves.charts();
        });
        assertEquals(6, charts.size());
        for (CurveChart chart : charts) {
            assertEquals(1, chart.points(), chart.title());
            assertDrawnReadably(chart, true);
        }
    }

    /** A series whose every value is equal (e.g. lambda2 L_KL with a constant KL) is a level line on a sane axis. */
    @ParameterizedTest(name = "constant {0}")
    @ValueSource(doubles = {0.35, -0.35, 0.0050, 0, 2.8e-10, 12345.678, 1e300, -1e300, 1.7e308})
    void aConstantSeriesIsDrawnOnReadableAxes(double value) {
        CurveChart chart = onFx(() -> {
            CurveChart constant = chart(null);
            constant.showCurrent(constant(value, 20));
            return constant;
        });
        assertDrawnReadably(chart, Math.abs(value) < 1e6);
        Range range = chart.chart().getXYPlot().getRangeAxis().getRange();
        assertTrue(Math.abs(value) > 1e301 || range.contains(value), range + " shows " + value);
    }

    /** A success rate of 0 throughout sits on the rate axis' 0, fully visible, with 0 to 1 in view. */
    @Test
    void aRateOfZeroThroughoutIsVisibleOnTheRateAxis() {
        CurveChart chart = onFx(() -> {
            CurveChart rate = chart(new Range(0, 1));
            rate.showCurrent(constant(0, 5));
            return rate;
        });
        assertDrawnReadably(chart, true);
        Range range = chart.chart().getXYPlot().getRangeAxis().getRange();
        assertTrue(range.getLowerBound() < 0 && range.getUpperBound() > 1, range.toString());
    }

    /** After a reset (an empty curve) with nothing pinned, the chart still draws sane, finite axes. */
    @Test
    void anEmptyCurveDrawsSaneAxes() {
        CurveChart chart = onFx(() -> {
            CurveChart empty = chart(null);
            empty.showCurrent(constant(0.35, 3));
            empty.showCurrent(List.of());
            return empty;
        });
        assertEquals(0, chart.points());
        Drawn drawn = Drawn.draw(chart.chart(), WIDTH, HEIGHT);
        List<String> values = drawn.tickLabels(chart.chart().getXYPlot().getRangeAxis(), RectangleEdge.LEFT);
        assertTrue(values.size() >= 3 && values.stream().distinct().count() == values.size(), values.toString());
    }

    /** Zooming in shows the reset button; the run going on keeps the zoom; a new run undoes it. */
    @Test
    void aNewRunUndoesTheZoom() {
        CurveChart chart = onFx(() -> {
            CurveChart zoomed = chart(null);
            zoomed.showCurrent(constant(0.35, 20));
            return zoomed;
        });
        XYPlot plot = chart.chart().getXYPlot();
        onFx(() -> {
            plot.getDomainAxis().setRange(40, 60);
            plot.getRangeAxis().setRange(0.3, 0.32);
            return null;
        });
        assertTrue(chart.node().isZoomed());
        assertTrue(chart.node().lookup(".reset-zoom").isVisible(), "the way back is shown");
        double padding = chart.chart().getTitle().getPadding().getRight();
        assertTrue(padding > 1, "the title keeps clear of the button");
        onFx(() -> {
            chart.showCurrent(constant(0.35, 25));
            return null;
        });
        assertEquals(new Range(0.3, 0.32), plot.getRangeAxis().getRange(), "the run going on keeps the zoom");
        onFx(() -> {
            chart.showCurrent(List.of());
            chart.showCurrent(constant(-7, 2));
            return null;
        });
        assertFalse(chart.node().isZoomed());
        assertFalse(chart.node().lookup(".reset-zoom").isVisible());
        assertTrue(chart.chart().getTitle().getPadding().getRight() < padding, "the title is centred again");
        assertTrue(plot.getRangeAxis().getRange().contains(-7), "fits the new run: " + plot.getRangeAxis().getRange());
        assertTrue(plot.getDomainAxis().getRange().contains(16), "fits the new run: " + plot.getDomainAxis().getRange());
    }

    /** The reset button returns both axes to the ranges they had before zooming. */
    @Test
    void theResetButtonReturnsToTheAutomaticRanges() {
        CurveChart chart = onFx(() -> {
            CurveChart zoomed = chart(null);
            zoomed.showCurrent(constant(0.35, 20));
            return zoomed;
        });
        XYPlot plot = chart.chart().getXYPlot();
        Range domain = plot.getDomainAxis().getRange();
        Range values = plot.getRangeAxis().getRange();
        onFx(() -> {
            plot.zoomDomainAxes(0.2, 0.4, null, null);
            plot.zoomRangeAxes(0.5, 0.6, null, null);
            return null;
        });
        assertTrue(chart.node().isZoomed());
        onFx(() -> {
            ((javafx.scene.control.Button) chart.node().lookup(".reset-zoom")).fire();
            return null;
        });
        assertFalse(chart.node().isZoomed());
        assertEquals(domain, plot.getDomainAxis().getRange());
        assertEquals(values, plot.getRangeAxis().getRange());
    }

    @Test
    void theSameSettingsPinnedTwiceAreBothDrawn() {
        List<TrainingMetrics> curve = constant(0.5, 3);
        String label = "seed-calculator \u00b7 process \u00b7 grpo\u00d78 \u00b7 sgd 3";
        int drawn = onFx(() -> {
            CurveChart chart = chart(null);
            chart.showPins(List.of(new PinnedRun(label, curve), new PinnedRun(label, curve)), Palette.LIGHT);
            return chart.pinsDrawn();
        });
        assertEquals(2, drawn);
    }

    /**
     * A slide of the success rate over 2,000 or 4,000 episodes leaves its edges blank at several sizes: no tick label
     * runs off the picture (issue 15: "2,000" was cut off at the right, where a tick falls on the axis's end).
     */
    @ParameterizedTest
    @CsvSource({"1600, 900, 250", "1600, 900, 500", "1280, 720, 250", "640, 360, 250", "320, 180, 500"})
    void aSlideOfThousandsOfEpisodesCutsNoLabelAtItsEdges(int width, int height, int updates) {
        BufferedImage picture = onFx(() -> {
            CurveChart chart = new CurveChart("success-rate", "Success rate", m -> m.batch().successRate(),
                    new Range(0, 1));
            chart.restyle(Palette.LIGHT, 1);
            chart.showCurrent(IntStream.rangeClosed(1, updates).mapToObj(i -> new TrainingMetrics(i, 8 * i,
                    new EpisodeStats(8, 0.5 + Math.sin(i / 9.0) / 3, 0.5, 1, 3), new ObjectiveValue(0, 0, 0, 0), 1))
                    .toList());
            return ChartSlide.png(chart.viewer(), width, height);
        });
        int background = Palette.awt(Palette.LIGHT.pane()).getRGB();
        for (int y = 0; y < height; y++) {
            for (int x : new int[] {0, 1, width - 2, width - 1}) {
                assertEquals(background, picture.getRGB(x, y), "ink at the picture's edge at " + x + ", " + y);
            }
        }
        for (int x = 0; x < width; x++) {
            assertEquals(background, picture.getRGB(x, height - 1), "ink at the picture's bottom edge at " + x);
        }
    }
}
