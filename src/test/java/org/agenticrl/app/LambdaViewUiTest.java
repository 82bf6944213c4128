package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.controls.ValueField;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.shell.ViewFocus;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The λ view for a room (issue 15): at a projector's 1280×720 and text scale 1.6 the token view alone carries the
 * weight strip, so that λ1, λ2, η and the bars they move are seen together; Ctrl+1 says why three columns do not fit;
 * the loss panel is whole at 1.0; and after training, λ2 visibly pulls the ghost bars towards the reference's.
 */
@ExtendWith(ApplicationExtension.class)
class LambdaViewUiTest {
    /** The chart's series, in the order it adds them: the policy, the ghost bars after the update, the reference. */
    private static final int CURRENT = 0;
    private static final int AFTER = 1;
    private static final int REFERENCE = 2;

    private final TestRuntime runtime = new TestRuntime();
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private SessionModel model;
    private AppearanceModel appearance;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        appearance = new AppearanceModel();
        window = fixture.show(stage, model, appearance, BackgroundWork.immediate());
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    private static Bounds onScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** Whether the node is wholly inside the window and inside the viewport of every scroll pane around it. */
    private boolean wholeOnScreen(Node node) {
        Bounds bounds = onScene(node);
        if (!node.isVisible() || bounds.getMinX() < 0 || bounds.getMinY() < 0
                || bounds.getMaxX() > window.getScene().getWidth() || bounds.getMaxY() > window.getScene().getHeight()) {
            return false;
        }
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                Node viewport = scroll.lookup(".viewport");
                Bounds visible = viewport.localToScene(viewport.getBoundsInLocal());
                if (bounds.getMinX() < visible.getMinX() - 0.5 || bounds.getMaxX() > visible.getMaxX() + 0.5
                        || bounds.getMinY() < visible.getMinY() - 0.5 || bounds.getMaxY() > visible.getMaxY() + 0.5) {
                    return false;
                }
            }
            if (!parent.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private ValueField stripField(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ValueField.class);
    }

    private CategoryDataset bars() {
        return ((CategoryPlot) window.distribution().chart().chart().getPlot()).getDataset();
    }

    /** A bar's value as drawn: the series (row) and the token. */
    private double drawn(int series, String token) {
        return bars().getValue(series, bars().getColumnIndex(token)).doubleValue();
    }

    /** The token drawn with the largest current probability. */
    private String topToken() {
        CategoryDataset data = bars();
        String top = (String) data.getColumnKey(0);
        for (int column = 1; column < data.getColumnCount(); column++) {
            if (data.getValue(CURRENT, column).doubleValue() > drawn(CURRENT, top)) {
                top = (String) data.getColumnKey(column);
            }
        }
        return top;
    }

    private void projector(FxRobot robot) {
        robot.interact(() -> appearance.textScaleProperty().set(1.6));
        robot.clickOn("#show-tokens");
        assertEquals(ViewFocus.TOKENS, window.shownViews());
    }

    @Test
    void onAProjectorTheWeightsAndTheBarsTheyMoveAreOnScreenTogether(FxRobot robot) {
        projector(robot);
        for (String id : new String[] {"strip-lambda1", "strip-lambda2", "step-size"}) {
            ValueField field = stripField(robot, id);
            assertTrue(wholeOnScreen(field.slider()) && wholeOnScreen(field.field()), id + " at " + onScene(field));
        }
        Node chart = window.distribution().chart().viewer();
        assertTrue(wholeOnScreen(chart), "the chart at " + onScene(chart) + " in a window of "
                + window.getScene().getWidth() + "×" + window.getScene().getHeight());
        assertTrue(bars().getColumnCount() <= 7, "the top tokens only, each bar readable: " + bars().getColumnCount());
        robot.interact(() -> appearance.textScaleProperty().set(1.0));
        robot.clickOn("#show-all");
        assertEquals(ViewFocus.ALL, window.shownViews());
        assertFalse(stripField(robot, "strip-lambda1").isVisible(), "beside the loss panel, its sliders are enough");
        assertTrue(stripField(robot, "step-size").isVisible());
        assertEquals(model.selection().barsProperty().get().size(), bars().getColumnCount(), "every token again");
    }

    @Test
    void draggingTheStripsLambda1MovesTheLossPanelsAndTheGhostBars(FxRobot robot) {
        projector(robot);
        robot.interact(() -> model.selection().select(0, 6));
        String top = topToken();
        double ghost = drawn(AFTER, top);
        double lambda1 = model.objective().lambda1().get();
        Slider slider = stripField(robot, "strip-lambda1").slider();
        robot.drag(slider.lookup(".thumb")).moveBy(60, 0).release(MouseButton.PRIMARY);
        assertTrue(model.objective().lambda1().get() > lambda1, "λ1 " + model.objective().lambda1().get());
        assertEquals(model.objective().lambda1().get(), window.objective().lambda1Field().slider().getValue(), 1e-9,
                "the loss panel's slider moved with it");
        assertEquals(stripField(robot, "strip-lambda1").field().getText(), window.objective().lambda1Field().field().getText());
        assertNotEquals(ghost, drawn(AFTER, top), "the ghost bar of " + top + " moved");
    }

    @Test
    void ctrl1WhereThreeColumnsDoNotFitSaysWhy(FxRobot robot) {
        projector(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertEquals(ViewFocus.TOKENS, window.shownViews(), "three columns still do not fit");
        String why = window.problemShown();
        assertTrue(why.contains("All three views need 90 em (2,016 px at this text size); the window has 1,280 px for "
                + "them: make the text smaller (Ctrl \u2212) or the window wider"), why);
        robot.clickOn("#problem-close");
        robot.clickOn("#show-all");
        assertTrue(window.problemShown().contains("All three views need"), "the switcher's button says it too");
        robot.interact(() -> appearance.textScaleProperty().set(1.0));
        assertEquals(ViewFocus.ALL, window.shownViews(), "asked for, and now they fit");
    }

    /**
     * The loss panel is whole in three columns: at 1280×720 ×1.0, in a window short enough for its scroll bar, and at
     * the narrowest width at which all three are shown (at 1.0 and at 1.4), where the dividers take their pixels too.
     */
    @Test
    void inThreeColumnsTheLossPanelIsNeverCut(FxRobot robot) {
        double narrowest = Math.ceil(ViewFocus.allEms() * 14);
        double narrowestLarge = Math.ceil(ViewFocus.allEms() * 14 * 1.4);
        for (double[] size : new double[][] {{1280, 720, 1}, {1280, 560, 1}, {narrowest, 720, 1}, {narrowest, 560, 1},
            {narrowestLarge, 1000, 1.4}, {narrowestLarge, 700, 1.4}}) {
            robot.interact(() -> {
                appearance.textScaleProperty().set(size[2]);
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            assertEquals(ViewFocus.ALL, window.shownViews(), size[0] + "×" + size[1] + " ×" + size[2]);
            Node panel = window.objective();
            Node column = panel.getParent();
            while (!(column instanceof ScrollPane)) {
                column = column.getParent();
            }
            Node viewport = column.lookup(".viewport");
            double right = Math.min(window.getScene().getWidth(), onScene(viewport).getMaxX());
            assertTrue(onScene(panel).getMaxX() <= right + 0.5, size[0] + "×" + size[1] + ": the panel ends at "
                    + onScene(panel).getMaxX() + ", its column shows up to " + right);
            for (Node node : new Node[] {window.objective().lambda1Field().field(), robot.lookup("#kl-variant").query()}) {
                assertTrue(onScene(node).getMaxX() <= right + 0.5, node + " ends at " + onScene(node).getMaxX());
            }
        }
    }

    /**
     * λ2 made visible: a few updates through the Training tab (its Step button, hand-driven frames), then on the
     * Episode tab the exact KL and λ2 = 2 move the top token's ghost bar towards its reference bar.
     */
    @Test
    void afterTrainingLambda2PullsTheGhostBarTowardsTheReferenceBar(FxRobot robot) {
        robot.clickOn(robot.lookup(".tab-header-area .tab-label").match((Node node) -> "Training".equals(
                ((Label) node).getText())).queryAs(Label.class));
        for (int update = 0; update < 5; update++) {
            robot.clickOn("#train-step");
            robot.interact(() -> runtime.frames.tick(1));
        }
        assertEquals(5, model.training().curveProperty().get().size());
        robot.clickOn(robot.lookup(".tab-header-area .tab-label").match((Node node) -> "Episode".equals(
                ((Label) node).getText())).queryAs(Label.class));
        robot.interact(() -> {
            model.selection().select(0, 6);
            model.objective().klProperty().set(KlVariant.EXACT);
            model.objective().lambda2().set(0);
        });
        assertEquals(3, window.distribution().chart().seriesCount(), "the policy, its ghost and the reference");
        String top = topToken();
        double reference = drawn(REFERENCE, top);
        double free = drawn(AFTER, top);
        TextEntry.replace(robot, window.objective().lambda2Field().field(), "2").type(KeyCode.ENTER);
        assertEquals(2.0, model.objective().lambda2().get(), 0.0);
        double pulled = drawn(AFTER, top);
        assertTrue(Math.abs(pulled - reference) < Math.abs(free - reference), top + ": the ghost at λ2 = 0 is " + free
                + ", at λ2 = 2 " + pulled + ", the reference " + reference);
        Label silent = robot.lookup("#silent-terms").queryAs(Label.class);
        assertFalse(silent.isVisible(), "every term pulls: " + silent.getText());
        assertTrue(robot.lookup("#chart-key").queryAs(Label.class).getText().contains("\u03c0_ref bars"));
        robot.interact(() -> model.training().reset());
        assertTrue(silent.isVisible() && silent.getText().contains("the policy equals its reference"), silent.getText());
    }

    @Test
    void aNotebookTokenSaysItWasScriptedNotSampled(FxRobot robot) {
        robot.interact(() -> model.selection().select(0, 0));
        assertTrue(robot.lookup("#chosen-token").queryAs(Label.class).getText().startsWith("Chose 'I':  \u03c0 = 1.0%"));
        assertEquals("scripted by the notebook, not sampled", robot.lookup("#chosen-origin").queryAs(Label.class).getText());
    }
}
