package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.agenticrl.app.chart.Drawn;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.lesson.BuiltInLessons;
import org.agenticrl.app.session.RecoveryCopies;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Stylesheets;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.HideableControl;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What opens over the window, on a projector (1280×720 at text scale 1.6) and a large screen (1920×1080 at 2.0): the
 * cheat sheet, the lesson editor, the About and glossary windows and the questions the window asks fit in the window
 * or scroll, and every button they have can be seen and pressed.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorPanelsUiTest {
    private final TestRuntime runtime = new TestRuntime();
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private SessionModel model;
    private MainWindow window;

    @TempDir
    Path recovery;

    @Start
    void start(Stage stage) {
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        window = fixture.show(stage, model, new AppearanceModel(), BackgroundWork.immediate(), runtime.recoveryClock,
                new RecoveryCopies(recovery));
    }

    private static void assertWhollyVisible(Node node) {
        assertEquals(Optional.empty(), Visible.why(node));
    }

    /** Scrolls the node into view as a person would, then checks that it can be seen whole. */
    private static void assertReachable(FxRobot robot, Node node) {
        robot.interact(() -> Visible.scrollIntoView(node));
        assertWhollyVisible(node);
    }

    @ParameterizedTest(name = "{0}x{1} at text scale {2}")
    @CsvSource({"1280, 720, 1.6", "1920, 1080, 2.0"})
    void theCheatSheetFitsTheWindowAndScrollsToItsLastKey(int width, int height, double scale, FxRobot robot) {
        fixture.at(robot, width, height, scale);
        robot.type(KeyCode.F1);
        assertTrue(window.cheatSheet().isVisible());
        assertWhollyVisible(robot.lookup("#cheat-sheet .overlay-card").query());
        List<Node> cells = robot.lookup("#cheat-sheet-keys").queryParent().getChildrenUnmodifiable();
        assertReachable(robot, cells.get(cells.size() - 1));
        assertReachable(robot, cells.get(0));
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.cheatSheet().isVisible());
    }

    @ParameterizedTest(name = "{0}x{1} at text scale {2}")
    @CsvSource({"1280, 720, 1.6", "1920, 1080, 2.0"})
    void theLessonEditorKeepsItsButtonsInTheWindowAndNamesTheHiddenControlsInWords(int width, int height,
                                                                                  double scale, FxRobot robot) {
        robot.interact(() -> window.lessons().openBuiltIn(BuiltInLessons.ALL.get(0)));
        fixture.at(robot, width, height, scale);
        robot.interact(() -> window.lessons().editingProperty().set(true));
        assertTrue(window.lessonBand().isVisible(), "the lesson is presented, its band under the editor");
        for (String button : List.of("#chapter-apply", "#lesson-present", "#lesson-save", "#lesson-close")) {
            assertWhollyVisible(robot.lookup(button).query());
        }
        ListView<?> chapters = robot.lookup("#lesson-chapter-list").queryAs(ListView.class);
        double row = robot.lookup("#lesson-chapter-list .list-cell").queryAs(Labeled.class).getHeight();
        assertTrue(chapters.getHeight() >= 3 * row, "the chapter list shows several chapters: " + chapters.getHeight()
                + " px for rows of " + row);
        assertReachable(robot, chapters);
        for (HideableControl control : HideableControl.values()) {
            CheckBox box = robot.lookup("#hide-" + control.id()).queryAs(CheckBox.class);
            assertEquals(control.label(), box.getText());
            assertReachable(robot, box);
        }
        robot.clickOn("#lesson-close");
        assertFalse(robot.lookup("#lesson-editor").query().isVisible());
    }

    @ParameterizedTest(name = "{0}x{1} at text scale {2}")
    @CsvSource({"1280, 720, 1.6", "1920, 1080, 2.0"})
    void theAboutAndGlossaryWindowsOpenWithinTheWindowAndTheScreen(int width, int height, double scale,
                                                                   FxRobot robot) {
        fixture.at(robot, width, height, scale);
        robot.interact(window::showAbout);
        assertWithin(window.aboutWindow(), width, height);
        assertReachable(robot, window.aboutWindow().getScene().getRoot().lookup("#about-version"));
        robot.interact(() -> {
            window.aboutWindow().hide();
            window.glossary().open("kl-estimators");
            window.showGlossary();
        });
        assertWithin(window.glossaryWindow(), width, height);
        Node text = window.glossaryWindow().getScene().getRoot().lookup("#glossary-text");
        assertReachable(robot, window.glossaryWindow().getScene().getRoot().lookup("#glossary-formula"));
        assertTrue(Visible.inScene(text).getMaxX() <= window.glossaryWindow().getScene().getWidth(),
                "the entry's text wraps within its window: " + Visible.inScene(text));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertFalse(window.glossaryWindow().isShowing(), "Escape closes the glossary");
    }

    @ParameterizedTest(name = "{0}x{1} at text scale {2}")
    @CsvSource({"1280, 720, 1.6", "1920, 1080, 2.0"})
    void theSaveQuestionShowsItsAnswersAtTheWindowsTextSize(int width, int height, double scale, FxRobot robot) {
        fixture.at(robot, width, height, scale);
        robot.interact(() -> model.objective().lambda1().set(0.3));
        boolean[] closed = {true};
        Platform.runLater(() -> closed[0] = fixture.sessions.mayClose());
        DialogPane question = shownQuestion(width, height, scale);
        robot.interact(() -> ((Button) question.lookupButton(ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(closed[0], "Cancel keeps the window open");
        assertTrue(fixture.files.dirtyProperty().get());
    }

    @ParameterizedTest(name = "{0}x{1} at text scale {2}")
    @CsvSource({"1280, 720, 1.6", "1920, 1080, 2.0"})
    void theRecoveryQuestionShowsItsAnswersAtTheWindowsTextSize(int width, int height, double scale, FxRobot robot) {
        fixture.at(robot, width, height, scale);
        robot.interact(() -> {
            model.objective().lambda1().set(0.3);
            runtime.recoveryClock.tick(1);
        });
        assertTrue(fixture.files.recoveryCopy().isPresent(), "a recovery copy to offer");
        Platform.runLater(fixture.sessions::offerRecovery);
        DialogPane question = shownQuestion(width, height, scale);
        ButtonType discard = question.getButtonTypes().stream().filter(type -> type.getText().equals("Discard"))
                .findFirst().orElseThrow();
        robot.interact(() -> ((Button) question.lookupButton(discard)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fixture.files.recoveryCopy().isEmpty(), "Discard deletes the copy");
    }

    /**
     * The question showing now: within the window's size and the screen, every answer button wholly visible, its
     * text as large as the window's.
     */
    private static DialogPane shownQuestion(int width, int height, double scale) {
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = Drawn.onFx(() -> WindowFixture.shownDialog().orElseThrow());
        assertWithin(question.getScene().getWindow(), width, height);
        for (ButtonType answer : question.getButtonTypes()) {
            assertWhollyVisible(question.lookupButton(answer));
        }
        Labeled text = (Labeled) question.lookup("#question-text");
        assertWhollyVisible(text);
        assertEquals(Stylesheets.BASE_FONT * scale, text.getFont().getSize(), 0.1, "the question's text size");
        return question;
    }

    /** The window is no larger than the main window's size and lies on the screen. */
    private static void assertWithin(Window shown, int width, int height) {
        assertTrue(shown.isShowing());
        assertTrue(shown.getWidth() <= width && shown.getHeight() <= height,
                shown.getWidth() + "x" + shown.getHeight() + " within " + width + "x" + height);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(screen.contains(shown.getX(), shown.getY(), shown.getWidth(), shown.getHeight()),
                "on the screen " + screen + ": " + shown.getX() + ", " + shown.getY());
    }
}
