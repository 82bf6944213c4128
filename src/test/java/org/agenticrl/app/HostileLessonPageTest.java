package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.lesson.LessonModel;
import org.agenticrl.app.session.RecoveryCopies;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.session.WindowState;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson is a file that travels between people, and its page runs in students' browsers: a lesson whose title,
 * chapter titles, captions and notes, and whose scenario's title, task and token names hold markup and scripts, is
 * written as a page and opened in WebView. Every such text shows as text, nothing of it runs or loads, and the notes
 * are not on the page at all.
 */
class HostileLessonPageTest {
    private static final String TOKEN = "<img/src=x/onerror=alert('token')>";
    private static final String LESSON_TITLE = "Lesson <script>alert('title')</script>";
    private static final String CHAPTER_TITLE = "<img src=x onerror=alert('chapter')>";
    private static final String CAPTION = "Look: <script>alert('caption')</script> and *<img src=x onerror="
            + "alert('img')>*\n</p><style>body{display:none}</style>";
    private static final String NOTES = "SECRET NOTES <script>alert('notes')</script>";
    private static final String TASK = "</script><script>alert('task')</script> What is 3 hours in minutes?";

    @TempDir
    Path folder;

    @Test
    void everyTextShowsAsTextAndNothingRunsOrLoads() throws Exception {
        BrowserPage.startToolkit();
        Path session = hostileSession();
        Path out = folder.resolve("hostile.html");
        LessonFrames.PageReport report = LessonFrames.webPage(new LessonFrames.PageRequest(session.toString(), out,
                1280, 720, 1.0, true, false));
        assertEquals(2, report.chapters().size(), report.toString());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertFalse(html.contains("SECRET NOTES"), "speaker notes never leave the app");
        for (String hostile : List.of(TOKEN, LESSON_TITLE, CHAPTER_TITLE, "<script>alert('caption')</script>",
                "<img src=x onerror=alert('img')>", "<style>body", "<script>alert('task')")) {
            assertFalse(html.contains(hostile), hostile + " is escaped");
        }

        try (BrowserPage page = BrowserPage.open(out.toUri(), 1280, 720, true)) {
            assertEquals(LESSON_TITLE, page.text("document.querySelector('h1').textContent"));
            assertEquals(CHAPTER_TITLE, page.text("document.querySelector('article h2').textContent"));
            assertEquals(CAPTION.replace("*", "").replace("\n", ""),
                    page.text("document.querySelector('article .caption').textContent"));
            assertEquals("<img src=x onerror=alert('img')>",
                    page.text("document.querySelector('article .caption em').textContent"));
            assertEquals("1", page.text("String(Array.from(document.querySelectorAll('article[data-chapter=\"1\"] ol.bars li'))"
                    + ".filter(li => li.dataset.token === \"" + TOKEN.replace("'", "\\'") + "\").length)"));
            assertEquals("true", page.text("String(Array.from(document.querySelectorAll('svg text'))"
                    + ".some(text => text.textContent === \"" + TOKEN.replace("'", "\\'") + "\"))"),
                    "the chart draws the token's name as text");
            assertEquals("0", page.text("String(document.querySelectorAll('img, iframe, object, embed, link').length)"));
            assertEquals("1", page.text("String(Array.from(document.scripts).filter(s => !s.type).length)"),
                    "one script runs: the page's own");
            assertEquals("1", page.text("String(document.querySelectorAll('style').length)"));
            assertTrue(page.text("document.body.textContent").contains("alert('task')"),
                    "the scenario's task shows as text where a chapter shows it");
            assertEquals(List.of(), page.alerts(), "nothing ran");
            assertEquals(List.of(), page.console());
            assertEquals(List.of(), BrowserPage.networkRequests());
            assertNull(page.text("document.documentElement.getAttribute('data-script-errors')"));
            assertNull(page.text("document.documentElement.getAttribute('data-csp-violations')"));
        }
    }

    /** A session over a hostile scenario with a two-chapter lesson whose every text is hostile, saved as a file. */
    private Path hostileSession() throws Exception {
        String json = Files.readString(Path.of("src/test/resources/scenarios/hours-to-minutes.json"))
                .replace("\"multiply\"", "\"" + TOKEN.replace("\"", "\\\"") + "\"")
                .replace("need to multiply", "need to " + TOKEN)
                .replace("\"title\": \"How many minutes are in 3 hours?\"", "\"title\": \"<script>alert('scenario')"
                        + "</script>\"")
                .replace("\"prompt\": \"How many minutes are in 3 hours?\"", "\"prompt\": \"" + TASK + "\"");
        Path scenarioFile = folder.resolve("hostile-scenario.json");
        Files.writeString(scenarioFile, json);
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        assertTrue(scenario.vocabulary().contains(TOKEN));

        TestRuntime runtime = new TestRuntime();
        SessionModel model = new SessionModel(scenario, runtime.runtime);
        SessionFileModel files = new SessionFileModel(model, new AppearanceModel(), runtime.runtime.background(),
                runtime.recoveryClock, RecoveryCopies.none(), path -> { });
        WindowState window = WindowState.detached();
        files.attach(window);
        List<StatusMessage> reports = new ArrayList<>();
        LessonModel lesson = new LessonModel(files, runtime.runtime.background(), reports::add);
        model.playback().showAll();
        model.selection().select(0, 3);
        assertEquals(TOKEN, scenario.vocabulary().token(model.selection().positionProperty().get().position().token()));
        window.showTab("episode");
        window.maximise("tokens");
        lesson.addCurrentView();
        assertEquals(Optional.empty(), lesson.edit(0, CHAPTER_TITLE, CAPTION, NOTES, Set.of()));
        window.maximise("all");
        lesson.addCurrentView();
        assertEquals(Optional.empty(), lesson.edit(1, "All three " + CHAPTER_TITLE, "The task: " + TASK, NOTES,
                Set.of()));
        assertEquals(Optional.empty(), lesson.rename(LESSON_TITLE));
        Path session = folder.resolve("hostile.arl");
        files.saveAs(session, () -> { });
        assertTrue(Files.isRegularFile(session), reports.toString());
        assertTrue(Files.readString(session).contains("SECRET NOTES"), "the notes are in the session file");
        return session;
    }
}
