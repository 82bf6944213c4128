package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.BackingStoreException;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Escape closes the innermost thing open, one per press: a menu, a context menu, the cheat sheet, a tool window,
 * full screen; only when nothing else is open does it leave the lesson. Full screen is the stage's (Monocle keeps
 * the flag and fills its one screen).
 */
@ExtendWith(ApplicationExtension.class)
class EscapeOrderUiTest {
    private final WindowFixture fixture = new WindowFixture();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestRuntime runtime = new TestRuntime();
        window = fixture.show(stage, new SessionModel(ScenarioLoader.seed(), runtime.runtime), new AppearanceModel(),
                runtime.runtime.background());
    }

    @BeforeEach
    void presentALesson(FxRobot robot) {
        robot.clickOn("#menu-lessons").clickOn("#built-in-lessons").clickOn("#lesson-seed-notebook");
        assertTrue(presenting());
    }

    @AfterEach
    void forgetPreferences(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> stage.setFullScreen(false));
        fixture.forget();
    }

    private boolean presenting() {
        return window.lessons().presentingProperty().get();
    }

    private static boolean menuShowing() {
        return Window.getWindows().stream().anyMatch(shown -> shown instanceof ContextMenu && shown.isShowing());
    }

    @Test
    void eachEscapeClosesOneThingAndTheLessonGoesLast(FxRobot robot) {
        robot.interact(() -> stage.setFullScreen(true));
        assertTrue(stage.isFullScreen());

        robot.clickOn("#menu-lessons");
        assertTrue(menuShowing());
        robot.type(KeyCode.ESCAPE);
        assertFalse(menuShowing(), "the menu closed");
        assertTrue(presenting(), "an Escape that closes a menu does not end the lesson");
        assertTrue(stage.isFullScreen());

        robot.interact(() -> window.distribution().chart().viewer().getContextMenu().show(stage));
        assertTrue(menuShowing());
        robot.type(KeyCode.ESCAPE);
        assertFalse(menuShowing(), "the context menu closed");
        assertTrue(presenting());
        assertTrue(stage.isFullScreen());

        robot.type(KeyCode.F1);
        assertTrue(window.cheatSheet().isVisible());
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.cheatSheet().isVisible());
        assertTrue(presenting());
        assertTrue(stage.isFullScreen());

        robot.type(KeyCode.ESCAPE);
        assertFalse(stage.isFullScreen(), "full screen left");
        assertTrue(presenting(), "full screen and the lesson are two presses");

        robot.type(KeyCode.ESCAPE);
        assertFalse(presenting(), "nothing else open: the lesson is left");
    }

    @Test
    void aToolWindowTakesItsOwnEscape(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        assertTrue(window.glossaryShown());
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.glossaryShown());
        assertTrue(presenting());
        robot.interact(() -> stage.requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertFalse(presenting());
    }
}
