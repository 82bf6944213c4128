package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File ▸ Save and Open in the window, the title's file name and unsaved-changes mark, and a refused file. */
@ExtendWith(ApplicationExtension.class)
class SessionUiTest {
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private SessionModel model;
    private MainWindow window;
    private Stage stage;

    @TempDir
    Path folder;

    @Start
    void start(Stage shown) {
        stage = shown;
        TestRuntime runtime = new TestRuntime();
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        window = fixture.show(shown, model, new AppearanceModel(), runtime.runtime.background());
    }

    private void menu(FxRobot robot, String item) {
        robot.clickOn("#menu-file");
        robot.clickOn(item);
    }

    @Test
    void saveAndOpenThroughTheMenusAndTheTitleShowsUnsavedChanges(FxRobot robot) {
        assertEquals(SessionFileModel.APP_TITLE, stage.getTitle());
        robot.interact(() -> model.objective().lambda1().set(0.7));
        assertEquals(SessionFileModel.APP_TITLE, stage.getTitle(), "a session without a file keeps the app's name");
        assertTrue(fixture.files.dirtyProperty().get());

        Path file = folder.resolve("lecture.arl");
        fixture.nextFile = file;
        menu(robot, "#menu-save");
        assertTrue(Files.isRegularFile(file));
        assertEquals("lecture.arl \u2014 " + SessionFileModel.APP_TITLE, stage.getTitle());
        assertEquals(file.toAbsolutePath().normalize(), fixture.recent.files().get(0));

        robot.interact(() -> model.objective().lambda1().set(0.2));
        assertEquals("\u2022 lecture.arl \u2014 " + SessionFileModel.APP_TITLE, stage.getTitle());
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.S).release(javafx.scene.input.KeyCode.CONTROL);
        assertEquals("lecture.arl \u2014 " + SessionFileModel.APP_TITLE, stage.getTitle());

        robot.interact(() -> model.objective().lambda1().set(1.5));
        fixture.nextFile = file;
        menu(robot, "#menu-open");
        assertEquals(0.2, model.objective().lambda1().get());
        assertEquals("lecture.arl \u2014 " + SessionFileModel.APP_TITLE, stage.getTitle());
    }

    @Test
    void aBrokenSessionIsShownInTheBannerAndTheWindowKeepsWhatItHad(FxRobot robot) {
        robot.interact(() -> model.objective().lambda1().set(0.7));
        fixture.nextFile = Path.of("src/test/resources/sessions/logits-short.arl");
        menu(robot, "#menu-open");
        assertEquals(0.7, model.objective().lambda1().get());
        assertTrue(window.problemShown().contains("logits-short.arl: policy.rows[0].logits: has 21 logits"),
                window.problemShown());
        assertEquals(SessionFileModel.APP_TITLE, stage.getTitle());
    }
}
