package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.agenticrl.app.chart.DistributionChart;
import org.agenticrl.app.common.Bar;
import org.agenticrl.app.objective.TermWaterfall;
import org.agenticrl.app.training.CurveChart;
import org.agenticrl.engine.training.EpisodeStats;
import org.agenticrl.engine.training.TrainingMetrics;
import org.agenticrl.engine.training.gradient.ObjectiveValue;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Zooming with the real mouse (issue 8, defect 2): a learning curve zooms by dragging and shows a button that undoes
 * it; the mouse wheel zooms no chart; the bar charts do not zoom at all.
 */
@ExtendWith(ApplicationExtension.class)
class ChartZoomUiTest {
    private CurveChart curve;
    private DistributionChart bars;
    private TermWaterfall waterfall;

    @Start
    void start(Stage stage) {
        curve = new CurveChart("mean-return", "Mean return", m -> m.batch().meanReturn(), null);
        curve.showCurrent(IntStream.rangeClosed(1, 30).mapToObj(i -> new TrainingMetrics(i, 8 * i,
                new EpisodeStats(8, 0.5, 0.5, Math.sin(i / 4.0), 3), new ObjectiveValue(0, 0, 0, 0), 1)).toList());
        bars = new DistributionChart();
        bars.show(List.of(new Bar("I", 0.7, Math.log(0.7), 0.5, true), new Bar("need", 0.3, Math.log(0.3), 0.5, false)),
                true);
        waterfall = new TermWaterfall();
        HBox root = new HBox(curve.node(), bars.viewer(), waterfall.viewer());
        root.getChildren().forEach(chart -> HBox.setHgrow(chart, Priority.ALWAYS));
        stage.setScene(new Scene(root, 1200, 320));
        stage.show();
    }

    private ChartViewer curveViewer() {
        return (ChartViewer) curve.node().getChildrenUnmodifiable().stream().filter(ChartViewer.class::isInstance)
                .findFirst().orElseThrow();
    }

    /** The middle of a chart's data area, on the screen. */
    private static Point2D middle(ChartViewer viewer) {
        Rectangle2D area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        return viewer.getCanvas().localToScreen(area.getCenterX(), area.getCenterY());
    }

    private static Range rangeOf(ChartViewer viewer) {
        var plot = viewer.getChart().getPlot();
        ValueAxis axis = plot instanceof org.jfree.chart.plot.XYPlot xy ? xy.getRangeAxis()
                : viewer.getChart().getCategoryPlot().getRangeAxis();
        return axis.getRange();
    }

    @Test
    void draggingZoomsACurveAndResetZoomUndoesIt(FxRobot robot) {
        Range before = rangeOf(curveViewer());
        assertFalse(robot.lookup(".reset-zoom").query().isVisible(), "no button while not zoomed");
        Point2D middle = middle(curveViewer());
        robot.drag(middle.subtract(60, 40)).dropTo(middle.add(60, 40));
        assertTrue(curve.node().isZoomed(), "dragging right and down zooms in");
        assertTrue(robot.lookup(".reset-zoom").query().isVisible(), "the way back is shown");
        robot.clickOn(".reset-zoom");
        assertFalse(curve.node().isZoomed());
        assertEquals(before, rangeOf(curveViewer()));
        assertFalse(robot.lookup(".reset-zoom").query().isVisible());
    }

    @Test
    void theWheelZoomsNoChart(FxRobot robot) {
        for (ChartViewer viewer : List.of(curveViewer(), bars.viewer(), waterfall.viewer())) {
            AtomicInteger wheeled = new AtomicInteger();
            viewer.getCanvas().addEventFilter(ScrollEvent.SCROLL, event -> wheeled.incrementAndGet());
            Range before = rangeOf(viewer);
            robot.moveTo(middle(viewer)).scroll(5, VerticalDirection.UP);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(wheeled.get() > 0, "the wheel reached the chart");
            assertEquals(before, rangeOf(viewer));
        }
        assertFalse(curve.node().isZoomed());
    }

    @Test
    void draggingOverTheBarChartsZoomsNothing(FxRobot robot) {
        for (ChartViewer viewer : List.of(bars.viewer(), waterfall.viewer())) {
            Range before = rangeOf(viewer);
            Point2D middle = middle(viewer);
            robot.drag(middle.subtract(60, 40)).dropTo(middle.add(60, 40));
            assertEquals(before, rangeOf(viewer));
        }
    }
}
