package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.ManualClock;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.controls.ValueField;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.ExportActions;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.shell.ViewFocus;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.app.theme.Theme;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window as a user drives it: mouse and keyboard through TestFX, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    private final Scenario seed = ScenarioLoader.seed();
    private final TestRuntime runtime = new TestRuntime();
    private final ManualClock clock = runtime.clock;
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private SessionModel model;
    private AppearanceModel appearance;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new SessionModel(seed, runtime.runtime);
        appearance = new AppearanceModel();
        window = fixture.show(stage, model, appearance, BackgroundWork.immediate());
    }

    private String total(FxRobot robot) {
        return robot.lookup("#total").queryAs(Label.class).getText();
    }

    private double engineTotal(LossSettings settings) {
        return seed.lossCalculator().compute(model.episode().trajectory(), seed.pretrainedPolicy(), seed.pretrainedPolicy(),
                settings).total();
    }

    @Test
    void theWindowOpensWithAllThreeViewsAndTheSeedsTotal(FxRobot robot) {
        for (String view : new String[] {"#timeline", "#distribution", "#losses"}) {
            assertTrue(robot.lookup(view).query().isVisible(), view);
        }
        assertEquals("L = 1.013", total(robot));
        assertEquals("L = 0.326 + 0.1 \u00d7 6.813 + 0.01 \u00d7 0.500 = 1.013", window.objective().formula().text());
    }

    @Test
    void typingLambda1ShowsTheTotalTheEngineComputes(FxRobot robot) {
        ValueField lambda1 = window.objective().lambda1Field();
        TextEntry.replace(robot, lambda1.field(), "0.5").type(KeyCode.ENTER);
        double expected = engineTotal(LossSettings.notebook().withLambda1(0.5));
        assertEquals(String.format("L = %.3f", expected), total(robot));
        assertTrue(window.objective().formula().text().contains("0.5 \u00d7 6.813"), window.objective().formula().text());
        assertEquals(expected, window.objective().chart().values()[3], 0.0);
    }

    @Test
    void draggingLambda1ChangesTheTotalLive(FxRobot robot) {
        Slider slider = window.objective().lambda1Field().slider();
        robot.drag(slider.lookup(".thumb")).moveBy(60, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        double lambda1 = model.objective().lambda1().get();
        assertTrue(lambda1 > 0.1, "the slider moved the value: " + lambda1);
        assertEquals(String.format("L = %.3f", engineTotal(LossSettings.notebook().withLambda1(lambda1))), total(robot));
    }

    @Test
    void badTypedInputShowsAReasonAndChangesNothing(FxRobot robot) {
        ValueField lambda1 = window.objective().lambda1Field();
        TextEntry.replace(robot, lambda1.field(), "abc").type(KeyCode.ENTER);
        assertEquals("'abc' is not a number; kept 0.100", lambda1.errorText());
        assertEquals("L = 1.013", total(robot));
        TextEntry.replace(robot, lambda1.field(), "11").type(KeyCode.ENTER);
        assertEquals("\u03bb1 must be between 0 and 10; kept 0.100", lambda1.errorText());
        assertEquals(0.1, model.objective().lambda1().get(), 0.0);
        TextEntry.replace(robot, lambda1.field(), "0.2").type(KeyCode.ENTER);
        assertEquals("", lambda1.errorText());
    }

    @Test
    void steppingThroughTheNotebookEpisodeFillsTwoStepsAndThePlusOneOutcome(FxRobot robot) {
        robot.clickOn("#reset");
        assertFalse(robot.lookup("#outcome").query().isVisible());
        assertTrue(robot.lookup("#step-1").query().getPseudoClassStates().contains(Styles.PENDING));
        int clicks = 0;
        while (!robot.lookup("#step").query().isDisabled() && clicks < 100) {
            robot.clickOn("#step");
            clicks++;
        }
        assertEquals(18, clicks);
        for (String step : new String[] {"#step-1", "#step-2"}) {
            assertFalse(robot.lookup(step).query().getPseudoClassStates().contains(Styles.PENDING), step);
        }
        assertTrue(robot.lookup("#outcome").query().isVisible());
        assertTrue(robot.lookup("#outcome-value").queryAs(Label.class).getText().startsWith("outcome +1.0"));
    }

    @Test
    void clickingATokenInStep1ChangesTheHighlightedBar(FxRobot robot) {
        assertEquals("I", window.distribution().chart().highlightedToken());
        robot.clickOn(robot.lookup("#step-1 .token").match(node -> "calculate(".equals(((Label) node).getText()))
                .queryAs(Label.class));
        assertEquals("calculate(", window.distribution().chart().highlightedToken());
        assertTrue(robot.lookup("#chosen-token").queryAs(Label.class).getText().startsWith("Chose 'calculate('"));
    }

    @Test
    void theTokenChartPreviewsOneUpdateAsGhostBarsThatTheCheckboxHides(FxRobot robot) {
        assertEquals(2, window.distribution().chart().seriesCount(), "the current bars and their ghosts after one update");
        Label silent = robot.lookup("#silent-terms").queryAs(Label.class);
        assertTrue(silent.getText().contains("the notebook's KL is the constant 0.5"), silent.getText());
        assertTrue(robot.lookup("#chart-key").queryAs(Label.class).getText().contains("ghost bars"));
        robot.clickOn("#preview-shown");
        assertEquals(1, window.distribution().chart().seriesCount());
        assertFalse(robot.lookup("#term-changes").query().isVisible());
        assertFalse(robot.lookup("#chart-key").query().isVisible(), "no ghost bars, nothing to explain");
        assertTrue(silent.isVisible(), "λ2 still has no gradient, and the view still says so");
        robot.clickOn("#preview-shown");
        assertEquals(2, window.distribution().chart().seriesCount());
        assertTrue(robot.lookup("#term-changes").query().isVisible());
    }

    @Test
    void theLectureKeysWork(FxRobot robot) {
        robot.clickOn("#timeline");
        robot.type(KeyCode.R);
        assertEquals(0, model.playback().cursorProperty().get());
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals(2, model.playback().cursorProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(1, model.playback().cursorProperty().get());
        robot.type(KeyCode.SPACE);
        assertTrue(model.playback().playingProperty().get());
        robot.interact(() -> clock.tick(3));
        assertEquals(4, model.playback().cursorProperty().get());
        robot.type(KeyCode.SPACE);
        assertFalse(model.playback().playingProperty().get());
        robot.type(KeyCode.END);
        assertTrue(model.playback().atEnd().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertTrue(appearance.textScaleProperty().get() > 1.0);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(1.0, appearance.textScaleProperty().get(), 0.0);
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        assertEquals(Theme.DARK, appearance.themeProperty().get());
        assertTrue(robot.lookup("#main-window").query().getScene().getRoot().getStyle()
                .contains("-agent-pane: " + Palette.DARK.pane() + ";"), "the dark palette's colours are on the root");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        assertEquals(ViewFocus.OBJECTIVE, window.shownViews(), "Ctrl+4 shows the loss panel alone");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertEquals(ViewFocus.ALL, window.shownViews());
        robot.type(KeyCode.F1);
        assertTrue(window.cheatSheet().isVisible());
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.cheatSheet().isVisible());
    }

    @Test
    void exportsWriteTheEpisodeTheWindowAtTwiceItsSizeAndAChartAtSlideSize(FxRobot robot, @TempDir Path dir)
            throws Exception {
        ExportActions export = new ExportActions(model, BackgroundWork.immediate(), fixture.dialogs(), appearance,
                () -> null);
        Path json = dir.resolve("episode.json");
        Path csv = dir.resolve("episode.csv");
        Path window = dir.resolve("window.png");
        Path chart = dir.resolve("tokens.png");
        robot.interact(() -> {
            export.writeJson(json);
            export.writeCsv(csv);
            export.writeNode(this.window, window);
            export.writeChart(this.window.distribution().chart().viewer(), ExportActions.PictureFormat.PNG, chart);
        });
        assertTrue(Files.readString(json).contains("\"totalReward\" : 1.4"));
        assertEquals(3, Files.readAllLines(csv).size(), "a header and one row per step");
        BufferedImage picture = ImageIO.read(window.toFile());
        assertEquals(2 * (int) this.window.getWidth(), picture.getWidth());
        BufferedImage tokens = ImageIO.read(chart.toFile());
        assertEquals(List.of(1600, 900), List.of(tokens.getWidth(), tokens.getHeight()), "a 16:9 slide unless chosen");
        assertTrue(model.statusProperty().get().text().startsWith("Saved"));
    }

    @Test
    void typingInTheSeedFieldDoesNotStepTheEpisode(FxRobot robot) {
        robot.clickOn("#reset");
        TextEntry.replace(robot, "#seed .text-field", "r 42");
        assertEquals(0, model.playback().cursorProperty().get());
        robot.type(KeyCode.ENTER);
        assertEquals("'r 42' is not a number; kept 0", model.episode().seed().problemProperty().get(),
                "a seed with letters is refused");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("42").type(KeyCode.ENTER);
        assertEquals(42, model.episode().seed().get(), 0.0);
        assertEquals("", model.episode().seed().problemProperty().get());
    }

    @Test
    void liveModeAndReRollChangeTheEpisode(FxRobot robot) {
        var before = model.episode().trajectory();
        robot.clickOn("#reroll");
        assertNotEquals(before, model.episode().trajectory());
        assertEquals(org.agenticrl.engine.episode.EpisodeMode.LIVE, model.episode().trajectory().mode());
        assertEquals(model.episode().trajectory().steps().size(), window.timeline().stepCards().size());
    }
}
