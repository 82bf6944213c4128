package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.lesson.BuiltInLessons;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.SessionDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Export lesson as web page…: the session's lesson is drawn in a window of its own and written as one page,
 * while the window keeps what it shows; a session without a lesson is told why, and nothing is asked.
 */
@ExtendWith(ApplicationExtension.class)
class LessonPageExportUiTest {
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private SessionModel model;
    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        TestRuntime runtime = new TestRuntime();
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        window = fixture.show(stage, model, new AppearanceModel(), runtime.runtime.background());
    }

    private static void exportPage(FxRobot robot) {
        robot.clickOn("#menu-file");
        robot.clickOn("#menu-export-lesson-page");
    }

    @Test
    void aSessionWithoutALessonIsToldWhyAndNothingIsAsked(FxRobot robot) {
        fixture.nextFile = folder.resolve("page.html");
        exportPage(robot);
        assertEquals(0, fixture.exportsAsked);
        assertTrue(window.problemShown().contains("This session has no lesson to export: add a chapter"),
                window.problemShown());
        assertFalse(Files.exists(fixture.nextFile));
    }

    @Test
    void theLessonIsWrittenAsOnePageAndTheWindowKeepsWhatItShows(FxRobot robot) throws Exception {
        SessionDocument lesson = BuiltInLessons.load("reward-hacking");
        robot.interact(() -> assertTrue(fixture.files.showBuiltIn(lesson, "reward-hacking")));
        robot.interact(() -> model.objective().lambda1().set(0.7));
        Path page = folder.resolve("reward hacking.html");
        fixture.nextFile = page;
        exportPage(robot);
        assertEquals(1, fixture.exportsAsked);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> model.statusProperty().get() != null
                && model.statusProperty().get().text().startsWith("Saved the lesson as a web page"));
        StatusMessage saved = model.statusProperty().get();
        assertTrue(saved.text().contains(page + " (3 chapters, "), saved.text());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        for (int chapter = 1; chapter <= 3; chapter++) {
            assertTrue(html.contains("<h2 id=\"title-" + chapter + "\">"), "chapter " + chapter);
        }
        assertTrue(html.contains("svg class=\"look light\"") && html.contains("svg class=\"look dark\""),
                "both themes: the reader's system chooses");
        assertEquals(0.7, model.objective().lambda1().get(), "the window keeps what it shows");
        assertEquals(1, robot.listWindows().stream().filter(shown -> shown.isShowing()).count(),
                "the drawing window is closed");
    }

    @Test
    void theOfferedNameIsTheLessonsTitle() {
        assertEquals("The-seed-notebook-section-4.html", LessonPageExport.fileName("The seed notebook, section 4"));
        assertEquals("λ-preview.html", LessonPageExport.fileName(" λ preview! "));
        assertEquals("lesson.html", LessonPageExport.fileName("<>?"));
    }
}
