package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.presenter.PresenterModel;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.Lesson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The presenter view: off with one screen (the menu item disabled, its tooltip saying why); with a second screen the
 * room's window goes full screen and the lecturer's window shows the notes, which never reach the room's window.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterUiTest {
    private static final String NOTES = "Ask the room which token comes after I";

    private final WindowFixture fixture = new WindowFixture();
    private ObservableList<Rectangle2D> screens;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        screens = FXCollections.observableArrayList(Screen.getPrimary().getBounds());
        fixture.screens = () -> screens;
        TestRuntime runtime = new TestRuntime();
        window = fixture.show(stage, new SessionModel(ScenarioLoader.seed(), runtime.runtime), new AppearanceModel(),
                runtime.runtime.background());
    }

    /** Leaves no presenter window behind to take the keyboard from the next test's window. */
    @AfterEach
    void forgetPreferences(FxRobot robot) throws BackingStoreException, TimeoutException {
        robot.interact(() -> stage.setFullScreen(false));
        FxToolkit.cleanupStages();
        fixture.forget();
    }

    /**
     * Two screens, made of the halves of Monocle's one: a window placed beyond Monocle's screen would make its
     * software painter overflow.
     */
    private void plugInASecondScreen() {
        Rectangle2D whole = Screen.getPrimary().getBounds();
        double half = whole.getWidth() / 2;
        screens.setAll(new Rectangle2D(0, 0, half, whole.getHeight()), new Rectangle2D(half, 0, half, whole.getHeight()));
    }

    private MenuItem presenterItem(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> "menu-presenter".equals(item.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void withOneScreenTheItemIsDisabledAndSaysWhy(FxRobot robot) throws TimeoutException {
        assertEquals(1, Screen.getScreens().size(), "Monocle headless has one screen");
        assertTrue(presenterItem(robot).isDisable());
        robot.clickOn("#menu-lessons").moveTo("#menu-presenter-label");
        Tooltip tip = robot.lookup("#menu-presenter-label").queryAs(Label.class).getTooltip();
        assertEquals(PresenterModel.NEEDS_TWO_SCREENS, tip.getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tip::isShowing);
        robot.type(KeyCode.ESCAPE);

        robot.interact(this::plugInASecondScreen);
        assertFalse(presenterItem(robot).isDisable(), "a projector plugged in turns it on");
    }

    @Test
    void theLecturerSeesTheNotesAndTheRoomNever(FxRobot robot) {
        robot.clickOn("#menu-lessons").clickOn("#built-in-lessons").clickOn("#lesson-seed-notebook");
        robot.interact(() -> {
            Lesson.Chapter first = window.lessons().chapters().get(0);
            window.lessons().edit(0, first.title(), first.caption(), NOTES, first.view().hidden());
            plugInASecondScreen();
        });
        robot.clickOn("#menu-lessons").clickOn("#menu-presenter-label");
        Stage presenter = window.presenterWindow();
        assertTrue(presenter.isShowing());
        assertTrue(stage.isFullScreen(), "the room's window fills the room's screen");
        assertTrue(window.lessons().presentingProperty().get());
        assertEquals(List.of("presenter-notes"), LessonUiTest.nodesShowing(presenter.getScene().getRoot(), NOTES));
        assertEquals(List.of(), LessonUiTest.nodesShowing(window.getScene().getRoot(), NOTES),
                "the room's window holds no node with the notes");
        assertEquals(window.lessons().chapters().get(1).title(),
                robot.lookup("#presenter-next-title").queryAs(Label.class).getText());

        robot.clickOn("#presenter-next");
        assertEquals(1, window.lessons().currentProperty().get());
        robot.interact(presenter::requestFocus);
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(2, window.lessons().currentProperty().get(), "a clicker's Page Down works in the presenter view");
        robot.type(KeyCode.PAGE_UP);
        assertEquals(1, window.lessons().currentProperty().get());

        robot.interact(stage::requestFocus);
        robot.type(KeyCode.ESCAPE);
        assertFalse(stage.isFullScreen());
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.lessons().presentingProperty().get());
        robot.clickOn("#presenter-present");
        assertTrue(window.lessons().presentingProperty().get());
        assertTrue(stage.isFullScreen(), "presented again, the room's window fills the room's screen again");

        robot.clickOn("#presenter-close");
        assertFalse(presenter.isShowing());
        assertFalse(stage.isFullScreen(), "the window comes back from the room's screen");
        assertTrue(window.lessons().presentingProperty().get(), "the lesson goes on in the window");
    }
}
