package org.agenticrl.app;

import static org.agenticrl.app.chart.Drawn.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.agenticrl.app.chart.ChartFonts;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.chart.ChartViewers;
import org.agenticrl.app.chart.EnlargedChart;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.lesson.BuiltInLessons;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.shell.ViewFocus;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Theme;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One chart across the whole window (issue 15, item 5), at the projector's 1280×720 and text scale 1.6: a
 * double-click, Z over a chart or its context menu shows it; Escape, Z, a double-click or the button bring the
 * window back exactly as it was; every chart of every tab then writes its text at least at a lesson caption's body
 * size, also after the text scale or the theme changes; the chart stays live; Escape puts the chart back before it
 * leaves a lesson; a chart that acts on a click does not act on a double-click.
 */
@ExtendWith(ApplicationExtension.class)
class ChartAcrossWindowUiTest {
    private static final Path RUNS = Path.of("src/test/resources/runs");

    @org.junit.jupiter.api.io.TempDir
    Path folder;
    private final TestRuntime runtime = new TestRuntime();
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private final AppearanceModel appearance = new AppearanceModel();
    private SessionModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        appearance.textScaleProperty().set(1.6);
        window = fixture.show(stage, model, appearance, BackgroundWork.immediate());
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    private EnlargedChart enlarged() {
        return window.enlargedChart();
    }

    /**
     * Where a chart sits: the layout it is in (a pane, or the split pane it is an item of) with its zoom wrapper if it
     * has one, its place there and its bounds in the scene.
     */
    private record Place(Object layout, int index, Bounds bounds) {
    }

    private static Place placeOf(ChartView chart) {
        Node placed = chart.getParent() instanceof org.agenticrl.app.chart.ZoomableChart zoom ? zoom : chart;
        Parent parent = placed.getParent();
        if (parent.getParent() instanceof SplitPane split && split.getItems().contains(placed)) {
            return new Place(split, split.getItems().indexOf(placed), chart.localToScene(chart.getBoundsInLocal()));
        }
        return new Place(parent, parent.getChildrenUnmodifiable().indexOf(placed),
                chart.localToScene(chart.getBoundsInLocal()));
    }

    private static ScrollPane scrollPaneAround(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError(node + " is in no scroll pane");
    }

    /** The middle, on the screen, of the part of the node that the viewport shows. */
    private static Point2D visibleCentre(Node node, Node viewport) {
        Bounds shown = node.localToScreen(node.getBoundsInLocal());
        Bounds port = viewport.localToScreen(viewport.getBoundsInLocal());
        double top = Math.max(shown.getMinY(), port.getMinY());
        double bottom = Math.min(shown.getMaxY(), port.getMaxY());
        assertTrue(bottom > top, "part of " + node.getId() + " is on screen");
        return new Point2D(shown.getCenterX(), (top + bottom) / 2);
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The size in pixels of a lesson caption's body text, as the band shows it while a built-in lesson is presented. */
    private double presentedCaptionSize(FxRobot robot) throws Exception {
        robot.interact(() -> window.lessons().openBuiltIn(BuiltInLessons.ALL.get(0)));
        assertTrue(window.lessons().presentingProperty().get());
        return onFx(() -> window.lessonBand().lookupAll(".lesson-caption-text").stream().map(Text.class::cast)
                .mapToDouble(text -> text.getFont().getSize()).min().orElseThrow());
    }

    private static double smallestText(ChartView chart) throws Exception {
        return onFx(() -> ChartFonts.smallest(chart.getChart()));
    }

    @Test
    void aDoubleClickShowsTheTokenChartAcrossTheWindowAndEscapeBringsTheWindowBackExactly(FxRobot robot)
            throws Exception {
        robot.interact(() -> window.focus(ViewFocus.TOKENS));
        ChartView tokens = window.distribution().chart().viewer();
        ScrollPane column = onFx(() -> scrollPaneAround(tokens));
        robot.interact(() -> column.setVvalue(0.3));
        Place before = onFx(() -> placeOf(tokens));
        List<Font> fonts = onFx(() -> ChartFonts.of(tokens.getChart()));
        double scroll = column.getVvalue();

        robot.doubleClickOn(onFx(() -> visibleCentre(tokens, column)));
        assertSame(tokens, enlarged().shownProperty().get(), "the very chart of the view, not a copy");
        assertTrue(onFx(() -> inside(tokens, enlarged())));
        Bounds across = onFx(() -> tokens.localToScene(tokens.getBoundsInLocal()));
        double sceneWidth = window.getScene().getWidth();
        assertTrue(across.getWidth() > 0.9 * sceneWidth, across + " across a window " + sceneWidth + " wide");
        assertTrue(smallestText(tokens) >= onFx(enlarged()::captionSize), "labels at least a caption's size");
        assertEquals(RectangleEdge.TOP, tokens.getChart().getLegend().getPosition(),
                "the legend of the ghost bars is seen before the 22 tokens are scrolled");
        assertEquals(onFx(() -> window.distribution().chart().viewer().slideTitle()),
                robot.lookup("#enlarged-chart-title").queryAs(Label.class).getText(), "titled with its context");

        robot.type(KeyCode.ESCAPE);
        assertFalse(enlarged().isOpen());
        assertFalse(enlarged().isVisible());
        assertEquals(before, onFx(() -> placeOf(tokens)), "back in its place, at its size");
        assertEquals(fonts, onFx(() -> ChartFonts.of(tokens.getChart())), "back at the window's text size");
        assertEquals(RectangleEdge.BOTTOM, tokens.getChart().getLegend().getPosition());
        assertEquals(scroll, column.getVvalue(), 1e-9, "its column scrolled as it was");
    }

    @Test
    void zShowsTheCurveUnderThePointerWithALegendOfThePinsAndZBringsItBack(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.tabs().getSelectionModel().select(1);
            model.training().stepOnce();
            runtime.frames.tick(1);
            model.training().pin();
        });
        ChartView success = onFx(() -> ChartViewers.under(window.trainingView()).stream()
                .filter(chart -> chart.getId().equals("curve-success-rate")).findFirst().orElseThrow());
        Place before = onFx(() -> placeOf(success));
        assertEquals(null, success.getChart().getLegend(), "the window shows the pins' legend above the curves");
        robot.moveTo(success);
        robot.type(KeyCode.Z);
        assertSame(success, enlarged().shownProperty().get());
        assertTrue(onFx(() -> inside(success.getParent(), enlarged())), "with its zoom wrapper and reset button");
        assertTrue(success.getChart().getLegend() != null, "alone, it says which line is the pinned run");
        assertFalse(success.getChart().getTitle().isVisible(), "its title is the window's, above it");
        robot.moveTo(success);
        robot.type(KeyCode.Z);
        assertFalse(enlarged().isOpen());
        assertEquals(before, onFx(() -> placeOf(success)), "back in its cell of the grid");
        assertEquals(null, success.getChart().getLegend());
        assertTrue(success.getChart().getTitle().isVisible());
    }

    @Test
    void theContextMenuAndTheButtonShowAndBringBack(FxRobot robot) throws Exception {
        robot.interact(() -> window.focus(ViewFocus.OBJECTIVE));
        ChartView waterfall = window.objective().chart().viewer();
        robot.interact(() -> waterfall.getContextMenu().getItems().get(3).fire());
        assertSame(waterfall, enlarged().shownProperty().get());
        robot.interact(() -> waterfall.getContextMenu().getOnShowing().handle(null));
        assertEquals(ChartView.BACK, waterfall.getContextMenu().getItems().get(3).getText());
        robot.clickOn("#enlarged-chart-close");
        assertFalse(enlarged().isOpen());
        robot.interact(() -> waterfall.getContextMenu().getOnShowing().handle(null));
        assertEquals("Show across the window", waterfall.getContextMenu().getItems().get(3).getText());
    }

    @Test
    void everyChartOfEveryTabWritesItsTextAtLeastAtACaptionsSizeAndGoesBack(FxRobot robot) throws Exception {
        robot.interact(() -> WindowFixture.openRunAtItsFirstSample(model, "inspect/calc.eval"));
        double caption = presentedCaptionSize(robot);
        assertEquals(caption, onFx(enlarged()::captionSize), 0.01, "the probe measures what the band shows");
        List<String> problems = new ArrayList<>();
        for (MainWindow.TabCharts tab : onFx(window::chartsByTab)) {
            for (ChartView chart : tab.charts()) {
                robot.interact(() -> {
                    window.tabs().getTabs().stream().filter(t -> t.getText().equals(tab.tab())).findFirst()
                            .ifPresent(t -> window.tabs().getSelectionModel().select(t));
                    window.focus(inside(chart, window.objective()) ? ViewFocus.OBJECTIVE : ViewFocus.TOKENS);
                    window.runView().showView(inside(chart, window.runView().lookup("#run-step")) ? "step"
                            : inside(chart, window.runView().lookup("#run-sample")) ? "sample" : "overview");
                });
                Place before = onFx(() -> placeOf(chart));
                List<Font> fonts = onFx(() -> ChartFonts.of(chart.getChart()));
                robot.interact(() -> enlarged().toggle(chart));
                double smallest = smallestText(chart);
                if (smallest < caption) {
                    problems.add(chart.getId() + " writes " + smallest + " px text, under the caption's " + caption);
                }
                robot.interact(() -> enlarged().toggle(chart));
                if (!before.equals(onFx(() -> placeOf(chart)))) {
                    problems.add(chart.getId() + " went back elsewhere: " + before + " to " + onFx(() -> placeOf(chart)));
                }
                if (!fonts.equals(onFx(() -> ChartFonts.of(chart.getChart())))) {
                    problems.add(chart.getId() + " went back with other fonts");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theTextKeepsUpWithTheTextScaleAndTheTheme(FxRobot robot) throws Exception {
        ChartView terms = onFx(() -> ChartViewers.under(window.distribution()).get(1));
        robot.interact(() -> enlarged().toggle(terms));
        double caption = onFx(enlarged()::captionSize);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        double larger = onFx(enlarged()::captionSize);
        assertTrue(larger > caption, "Ctrl+= made the caption larger: " + caption + " to " + larger);
        assertTrue(smallestText(terms) >= larger);
        robot.interact(() -> appearance.themeProperty().set(Theme.DARK));
        assertTrue(smallestText(terms) >= larger, "a theme switch restyles the chart without shrinking its text");
        assertTrue(enlarged().isOpen());
    }

    @Test
    void theChartAcrossTheWindowStaysLive(FxRobot robot) throws Exception {
        ChartView tokens = window.distribution().chart().viewer();
        robot.interact(() -> model.playback().reset());
        robot.interact(() -> enlarged().toggle(tokens));
        String title = robot.lookup("#enlarged-chart-title").queryAs(Label.class).getText();
        String highlighted = window.distribution().chart().highlightedToken();
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.RIGHT);
        }
        assertTrue(enlarged().isOpen(), "stepping the episode leaves it across the window");
        assertNotEquals(highlighted, window.distribution().chart().highlightedToken(), "the bars followed the episode");
        assertNotEquals(title, robot.lookup("#enlarged-chart-title").queryAs(Label.class).getText(),
                "the title names the new context");

        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        assertFalse(enlarged().isOpen(), "another tab puts it back");
        ChartView meanReturn = onFx(() -> ChartViewers.under(window.trainingView()).get(0));
        robot.interact(() -> enlarged().toggle(meanReturn));
        robot.interact(() -> {
            model.training().stepOnce();
            runtime.frames.tick(1);
        });
        assertEquals(1, window.trainingView().curvePoints()[0], "the curve across the window grew");
        ValueAxis episodes = meanReturn.getChart().getXYPlot().getDomainAxis();
        assertTrue(episodes.getUpperBound() > 0);
    }

    @Test
    void escapePutsTheChartBackBeforeItLeavesTheLesson(FxRobot robot) throws Exception {
        presentedCaptionSize(robot);
        ChartView tokens = window.distribution().chart().viewer();
        robot.interact(() -> window.tabs().getSelectionModel().select(0));
        robot.interact(() -> enlarged().toggle(tokens));
        robot.type(KeyCode.ESCAPE);
        assertFalse(enlarged().isOpen());
        assertTrue(window.lessons().presentingProperty().get(), "the first Escape only put the chart back");
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.lessons().presentingProperty().get());
    }

    /** The verl fixture's two steps and a third like its second: enough steps for the overview to draw curves. */
    private Path threeStepVerlRun() throws java.io.IOException {
        Path run = java.nio.file.Files.createTempDirectory(folder, "verl");
        java.nio.file.Files.copy(RUNS.resolve("verl/1.jsonl"), run.resolve("1.jsonl"));
        java.nio.file.Files.copy(RUNS.resolve("verl/2.jsonl"), run.resolve("2.jsonl"));
        java.nio.file.Files.writeString(run.resolve("3.jsonl"), java.nio.file.Files.readString(RUNS.resolve(
                "verl/2.jsonl")).replace("\"step\": 2", "\"step\": 3").replace("req-2-", "req-3-"));
        return run;
    }

    @Test
    void aDoubleClickOnAChartThatOpensAStepOpensNone(FxRobot robot) throws Exception {
        Path run = threeStepVerlRun();
        robot.interact(() -> model.runs().open(run));
        ChartView reward = window.runView().rewardViewer();
        List<Long> opened = new ArrayList<>();
        robot.interact(() -> model.runs().step().stepProperty().addListener((o, before, after) -> opened.add(after)));
        Bounds area = onFx(() -> {
            var data = reward.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
            return reward.getCanvas().localToScreen(new javafx.geometry.BoundingBox(data.getX(), data.getY(),
                    data.getWidth(), data.getHeight()));
        });
        Point2D left = new Point2D(area.getMinX() + 3, area.getCenterY());
        Point2D right = new Point2D(area.getMaxX() - 3, area.getCenterY());
        robot.doubleClickOn(left);
        assertSame(reward, enlarged().shownProperty().get());
        robot.interact(() -> enlarged().close());
        robot.clickOn(right);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !opened.isEmpty());
        long last = model.runs().overviewProperty().get().steps().get(2).step();
        assertEquals(List.of(last), opened, "only the single click opened a step: the one on the right");

        robot.interact(() -> {
            window.runView().showView("overview");
            enlarged().toggle(reward);
        });
        robot.clickOn(reward);
        // A click that opens a step puts the chart back, so that the step is seen.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !enlarged().isOpen());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(enlarged().isVisible());
    }
}
