package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agenticrl.app.fx.FxRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.training.TrainingStatus;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Training tab with the app's real threads and timers: training runs on its worker while the test clicks
 * around the window. Waits are for conditions, never for time.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingUiTest {
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

    /** Clicks a tab's header, as a user switches tabs. */
    private static void openTab(FxRobot robot, String title) {
        robot.clickOn(robot.lookup(".tab-header-area .tab-label")
                .match((javafx.scene.Node node) -> title.equals(((Label) node).getText())).queryAs(Label.class));
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    @Test
    void aRunTrainedBeforeTheTabWasFirstShownIsOnItsCurves(FxRobot robot) throws Exception {
        javafx.scene.control.Tab trainingTab = window.tabs().getTabs().stream()
                .filter(tab -> "training-tab".equals(tab.getId())).findFirst().orElseThrow();
        assertEquals(null, trainingTab.getContent(), "the Training tab is built when first shown, not at start-up");
        robot.interact(() -> model.training().stepOnce());
        waitFor(() -> model.training().curveProperty().get().size() == 1);
        robot.interact(() -> model.training().stepOnce());
        waitFor(() -> model.training().curveProperty().get().size() == 2);
        openTab(robot, "Training");
        waitFor(() -> window.trainingView().curvePoints()[0] == 2);
        int[][] read = new int[1][];
        robot.interact(() -> read[0] = window.trainingView().curvePoints());
        assertTrue(Arrays.stream(read[0]).allMatch(p -> p == 2), "every curve shows both updates");
    }

    @Test
    void startPauseAndResetTrainingFromTheView(FxRobot robot) throws Exception {
        openTab(robot, "Training");
        robot.interact(() -> {
            model.training().settings().speedProperty().set(120);
            model.training().settings().episodes().set(20000);
        });
        robot.clickOn("#train-start");
        waitFor(() -> window.trainingView().curvePoints()[0] >= 10);
        int[][] read = new int[1][];
        robot.interact(() -> read[0] = window.trainingView().curvePoints());
        int[] points = read[0];
        assertTrue(Arrays.stream(points).allMatch(p -> p == points[0]), "all six curves fill together in one frame");
        robot.clickOn("#train-pause");
        assertEquals(TrainingStatus.PAUSED, model.training().statusProperty().get(), "pause takes effect at once");
        WaitForAsyncUtils.waitForFxEvents();
        int paused = model.training().curveProperty().get().size();
        robot.clickOn("#train-step");
        waitFor(() -> model.training().curveProperty().get().size() == paused + 1);
        assertTrue(robot.lookup("#training-progress").queryAs(Label.class).getText().startsWith("Paused"));
        robot.clickOn("#train-reset");
        assertEquals(0, model.training().curveProperty().get().size());
        waitFor(() -> window.trainingView().curvePoints()[0] == 0);
        assertTrue(model.episode().policyProperty().get().trainedContexts().isEmpty(), "back to the pre-trained policy");
    }

    @Test
    void theWindowStaysUsableWhileTrainingRuns(FxRobot robot) throws Exception {
        openTab(robot, "Training");
        robot.interact(() -> {
            model.training().settings().speedProperty().set(120);
            model.training().settings().episodes().set(20000);
        });
        robot.clickOn("#train-start");
        waitFor(() -> model.training().curveProperty().get().size() >= 5);
        openTab(robot, "Episode");
        TextEntry.replace(robot, "#seed .text-field", "42").type(KeyCode.ENTER);
        assertEquals(42, model.episode().seed().get(), 0.0);
        assertEquals(TrainingStatus.RUNNING, model.training().statusProperty().get(), "still training meanwhile");
        int before = model.training().curveProperty().get().size();
        waitFor(() -> model.training().curveProperty().get().size() > before + 5);
        openTab(robot, "Training");
        robot.type(KeyCode.SPACE);
        assertEquals(TrainingStatus.PAUSED, model.training().statusProperty().get(), "Space pauses training on its tab");
    }

    @Test
    void aDivergenceIsShownWithWhatToChange(FxRobot robot) throws Exception {
        openTab(robot, "Training");
        robot.interact(() -> {
            model.training().settings().learningRate().set(1e308);
            model.training().settings().clip().set(0);
        });
        robot.clickOn("#train-start");
        waitFor(() -> model.training().statusProperty().get() == TrainingStatus.DIVERGED);
        WaitForAsyncUtils.waitForFxEvents();
        Label divergence = robot.lookup("#divergence").queryAs(Label.class);
        assertTrue(divergence.isVisible());
        assertTrue(divergence.getText().contains("lower the learning rate"), divergence.getText());
        assertTrue(robot.lookup("#train-start").query().isDisabled(), "a diverged run must be reset first");
    }
}
