package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agenticrl.app.chart.ChartSlide;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.fx.FxRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.sweep.SweepModel;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.sweep.SweepCell;
import org.jfree.chart.fx.ChartCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Sweep tab with the app's real threads and frames: a small grid typed in, swept, its cells filling the heat map,
 * and one cell clicked to put its agent on screen. Waits are for conditions, never for time.
 */
@ExtendWith(ApplicationExtension.class)
class SweepUiTest {
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private SessionModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        var runtime = FxRuntime.create();
        model = new SessionModel(ScenarioLoader.seed(), runtime);
        window = fixture.show(stage, model, new AppearanceModel(), runtime.background());
    }

    private static void type(FxRobot robot, String query, String text) {
        TextEntry.replace(robot, query, text).type(KeyCode.ENTER);
    }

    @Test
    void aSmallGridFillsTheHeatMapAndAClickPutsACellsAgentOnScreen(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".tab-header-area .tab-label")
                .match((javafx.scene.Node node) -> "Sweep".equals(((Label) node).getText())).queryAs(Label.class));
        type(robot, "#sweep-x-values", "0, 0.1");
        type(robot, "#sweep-y-values", "0.01, 2");
        type(robot, "#sweep-episodes .text-field", "16");
        type(robot, "#sweep-seeds .text-field", "1");
        type(robot, "#sweep-evaluation .text-field", "20");
        robot.clickOn("#sweep-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.sweep().statusProperty().get() == SweepModel.Status.FINISHED);
        // The status is seen set before the FX thread has told its listeners: let that frame finish first.
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, model.sweep().cellsProperty().get().size());
        assertTrue(robot.lookup("#sweep-progress").queryAs(Label.class).getText().startsWith("Finished \u00b7 4 / 4 runs"));
        String svg = WaitForAsyncUtils.asyncFx(() -> ChartSlide.svg(window.sweepView().heatmapViewer(), 600, 400)).get();
        String xLabel = window.sweepView().heatmapChart().getXYPlot().getDomainAxis().getLabel();
        assertTrue(xLabel != null && svg.startsWith("<?xml") && svg.contains(xLabel), "the heat map's SVG has its axis " + xLabel);
        SweepCell topRight = model.sweep().cellsProperty().get().get(3);
        robot.clickOn(centreOfCell(1, 1, 2, 2));
        // A click acts once it is clear it is not the first of a double-click (which shows the heat map across the window).
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> topRight.policy() == model.episode().policyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(topRight.policy(), model.episode().policyProperty().get(), "the clicked cell's agent is on screen");
        assertEquals("episode-tab", window.tabs().getSelectionModel().getSelectedItem().getId());
        assertTrue(model.playback().playingProperty().get(), "a fresh episode of it plays");
        assertTrue(model.training().pins().get(model.training().pins().size() - 1).label()
                .startsWith("sweep \u00b7 lambda1 0.1 \u00b7 lambda2 2"));

        // From the keyboard: Tab to the heat map, the arrows to the top-left cell, which it then says; Enter picks it.
        SweepCell topLeft = model.sweep().cellsProperty().get().stream()
                .filter(cell -> cell.xIndex() == 0 && cell.yIndex() == 1).findFirst().orElseThrow();
        robot.interact(() -> {
            window.showTab("sweep");
            window.tabs().requestFocus();
        });
        ChartView heatmap = window.sweepView().heatmapViewer();
        for (int i = 0; i < 100 && window.getScene().getFocusOwner() != heatmap; i++) {
            robot.type(KeyCode.TAB);
        }
        robot.type(KeyCode.UP);
        String spoken = WaitForAsyncUtils.asyncFx(() -> (String) heatmap.queryAccessibleAttribute(
                AccessibleAttribute.TEXT)).get();
        assertTrue(spoken.startsWith("Sweep heat map chart: lambda1 = 0, lambda2 = 2: "), spoken);
        robot.type(KeyCode.ENTER);
        assertSame(topLeft.policy(), model.episode().policyProperty().get(), "Enter puts the cell's agent on screen");
    }

    /** Where on the screen the centre of the block at column x and row y of a grid of columns by rows is drawn. */
    private Point2D centreOfCell(int x, int y, int columns, int rows) {
        ChartCanvas canvas = window.sweepView().heatmapViewer().getCanvas();
        Rectangle2D area = canvas.getRenderingInfo().getPlotInfo().getDataArea();
        double px = area.getMinX() + area.getWidth() * (x + 0.5) / columns;
        double py = area.getMaxY() - area.getHeight() * (y + 0.5) / rows;
        return canvas.localToScreen(px, py);
    }
}
