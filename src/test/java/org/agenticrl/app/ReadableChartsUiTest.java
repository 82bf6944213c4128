package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.stage.Stage;
import org.agenticrl.app.chart.SmallChartText;
import org.agenticrl.app.chart.ChartViewers;
import org.agenticrl.app.chart.Drawn;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.lesson.BuiltInLessons;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Stylesheets;
import org.agenticrl.app.training.CurveChart;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The charts a lecture shows, read from the back of the room: at 1280×720 with text scale 1.6 (a projector) and at
 * 1920×1080 with 2.0, every learning curve is tall and wholly visible with axis labels that neither overlap nor run
 * off the chart, also under a lesson's caption band; the token chart's and the term chart's labels never overlap
 * (also at 1.0, where the term chart has a narrow column); and no chart writes smaller than the body text.
 */
@ExtendWith(ApplicationExtension.class)
class ReadableChartsUiTest {
    private final TestRuntime runtime = new TestRuntime();
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private SessionModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        window = fixture.show(stage, model, new AppearanceModel(), BackgroundWork.immediate());
    }

    private static double body(double scale) {
        return Stylesheets.BASE_FONT * scale;
    }

    @ParameterizedTest(name = "{0}x{1} at text scale {2}")
    @CsvSource({"1280, 720, 1.6", "1920, 1080, 2.0"})
    void everyLearningCurveIsTallAndReadableUnderTheTrainingChaptersCaption(int width, int height, double scale,
                                                                            FxRobot robot) {
        robot.interact(() -> {
            window.lessons().openBuiltIn(BuiltInLessons.ALL.get(0));
            window.lessons().jump(IntStream.range(0, window.lessons().chapters().size())
                    .filter(i -> window.lessons().chapters().get(i).view().tab().equals("training")).findFirst()
                    .orElseThrow());
        });
        // After opening the lesson, whose session carries an appearance of its own.
        fixture.at(robot, width, height, scale);
        robot.interact(() -> {
            model.training().settings().speedProperty().set(Double.POSITIVE_INFINITY);
            model.training().start();
            runtime.frames.tick(400);
        });
        assertTrue(window.trainingShown());
        assertTrue(window.lessonBand().isVisible(), "the chapter's caption band is under the tabs");
        int episodes = model.training().curveProperty().get().get(model.training().curveProperty().get().size() - 1)
                .episodes();
        assertTrue(episodes >= 1500, "trained to " + episodes + " episodes, labels in thousands");
        for (CurveChart curve : window.trainingView().curves()) {
            robot.interact(() -> Visible.scrollIntoView(curve.node()));
            int chartWidth = (int) curve.node().getWidth();
            int chartHeight = (int) curve.node().getHeight();
            assertTrue(chartHeight >= 120, curve.title() + " is " + chartHeight + " px tall");
            assertEquals(Optional.empty(), Visible.why(curve.node()), curve.title() + " scrolled into view");
            Drawn drawn = Drawn.draw(curve.chart(), chartWidth, chartHeight);
            XYPlot plot = curve.chart().getXYPlot();
            List<Rectangle2D> episodeLabels = drawn.tickLabelBoxes(plot.getDomainAxis(), plot.getDomainAxisEdge());
            assertTrue(episodeLabels.size() >= 3, curve.title() + ": " + episodeLabels.size() + " episode labels");
            for (Rectangle2D label : episodeLabels) {
                assertTrue(label.getMinX() >= 0 && label.getMaxX() <= chartWidth,
                        curve.title() + ": an episode label at " + label + " runs off the chart " + chartWidth + " wide");
            }
            assertFalse(drawn.tickLabelsOverlap(plot.getDomainAxis(), plot.getDomainAxisEdge()), curve.title());
            assertTrue(drawn.tickLabels(plot.getRangeAxis(), plot.getRangeAxisEdge()).size() >= 2, curve.title());
            assertFalse(drawn.tickLabelsOverlap(plot.getRangeAxis(), plot.getRangeAxisEdge()), curve.title());
        }
        assertCategoryLabelsApart((ChartViewer) window.trainingView().lookup("#drift-chart"));
        for (ChartViewer chart : ChartViewers.under(window.trainingView())) {
            assertEquals(List.of(), SmallChartText.smallerThan(chart.getChart(), body(scale)), chart.getId());
        }
    }

    /** At 1.0 the three views fit side by side, the token column narrow; larger text shows the tokens alone. */
    @ParameterizedTest(name = "{0}x{1} at text scale {2}, {3} shown")
    @CsvSource({"1280, 720, 1.0, all", "1280, 720, 1.6, tokens", "1920, 1080, 2.0, tokens"})
    void theTokenAndTermChartsNeverOverlapTheirLabels(int width, int height, double scale, String views,
                                                      FxRobot robot) {
        fixture.at(robot, width, height, scale);
        robot.interact(() -> {
            window.maximise(views);
            model.preview().shownProperty().set(true);
            model.selection().select(0, 1);
        });
        robot.interact(() -> {
            window.applyCss();
            window.layout();
        });
        assertEquals(views, window.shownViews().name().toLowerCase(java.util.Locale.ROOT));
        for (String id : List.of("#distribution-chart", "#term-change-chart")) {
            ChartViewer viewer = (ChartViewer) window.distribution().lookup(id);
            assertTrue(viewer.isVisible() && viewer.getHeight() > 0, id + " is laid out");
            assertCategoryLabelsApart(viewer);
        }
    }

    /** Draws the bar chart at its size in the window: one label per bar, none touching another. */
    private static void assertCategoryLabelsApart(ChartViewer viewer) {
        CategoryPlot plot = viewer.getChart().getCategoryPlot();
        Drawn drawn = Drawn.draw(viewer.getChart(), (int) viewer.getWidth(), (int) viewer.getHeight());
        List<Rectangle2D> labels = drawn.categoryLabelBoxes();
        assertEquals(plot.getCategories().size(), labels.size(), viewer.getId() + ": a label per bar");
        assertTrue(labels.size() >= 2, viewer.getId() + " has bars");
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).intersects(labels.get(j)), viewer.getId() + " " + viewer.getWidth() + "x"
                        + viewer.getHeight() + ": the labels of " + plot.getCategories().get(i) + " at "
                        + labels.get(i) + " and " + plot.getCategories().get(j) + " at " + labels.get(j) + " overlap");
            }
        }
        assertFalse(drawn.tickLabelsOverlap(plot.getRangeAxis(), plot.getRangeAxisEdge()), viewer.getId());
    }

    @ParameterizedTest(name = "text scale {0}")
    @CsvSource({"1.0", "1.6", "2.0"})
    void everyChartWritesAtLeastAsLargeAsTheBodyText(double scale, FxRobot robot) {
        fixture.at(robot, 1280, 720, scale);
        robot.interact(() -> {
            model.preview().shownProperty().set(true);
            window.trainingView();
            window.sweepView();
            window.runView();
        });
        // The Episode tab holds only the view it shows when the three do not fit: its views are looked in as well.
        Set<ChartViewer> charts = new LinkedHashSet<>(ChartViewers.under(window));
        charts.addAll(ChartViewers.under(window.distribution()));
        charts.addAll(ChartViewers.under(window.objective()));
        assertTrue(charts.stream().map(ChartViewer::getId).collect(Collectors.toSet()).containsAll(List.of(
                "curve-success-rate", "drift-chart", "distribution-chart", "term-change-chart", "loss-chart",
                "sweep-heatmap")), charts.stream().map(ChartViewer::getId).toList().toString());
        for (ChartViewer chart : charts) {
            assertEquals(List.of(), SmallChartText.smallerThan(chart.getChart(), body(scale)),
                    chart.getId() + " at text scale " + scale + " (body " + body(scale) + " px)");
        }
    }
}
