package org.agenticrl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import org.agenticrl.app.lesson.BuiltInLessons;
import org.agenticrl.engine.session.Lesson;
import org.agenticrl.engine.session.SessionDocument;
import org.agenticrl.engine.session.SessionFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/**
 * {@code lesson}: the built-in ids, one a line; every chapter rendered to DIR/NN.png at the size asked for, with what
 * the room sees of it as JSON; the lesson as one web page, with the chapters it could not draw left out and named; bad
 * arguments, sources and outputs exit 2 with the reason and write nothing.
 */
class LessonCliTest {
    /**
     * JavaFX is started the way the UI tests start it (TestFX's primary stage), before the frames find it running:
     * started by the frames themselves, it would leave TestFX unable to launch its own application later in this JVM.
     */
    @BeforeAll
    static void startJavaFxAsTheUiTestsDo() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @TempDir
    Path folder;

    @Test
    void listPrintsEachBuiltInLessonsIdFirstOneALine() {
        CliRun list = CliRun.of("lesson", "--list");
        assertEquals(0, list.code(), list.err());
        assertEquals(List.of("seed-notebook", "traditional-vs-agentic", "reward-hacking", "toy-to-real-run"),
                list.out().lines().map(line -> line.split("\t")[0]).toList());
        assertTrue(list.out().lines().allMatch(line -> line.split("\t").length == 2), list.out());
    }

    @Test
    void framesAreWrittenPerChapterAtTheSizeAskedForAndReported() throws Exception {
        Path frames = folder.resolve("frames");
        CliRun run = CliRun.of("lesson", "reward-hacking", "--frames", frames.toString(), "--size", "1280x720",
                "--text-scale", "1.6", "--theme", "dark", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode chapters = report.get("chapters");
        assertEquals(3, chapters.size());
        for (int i = 0; i < chapters.size(); i++) {
            JsonNode chapter = chapters.get(i);
            assertEquals(i + 1, chapter.get("index").asInt());
            assertTrue(chapter.get("title").asText().length() > 0);
            assertTrue(chapter.has("focus") && chapter.has("focusVisible") && chapter.has("focusCovered")
                    && chapter.get("truncated").isArray(), chapter.toString());
            BufferedImage picture = ImageIO.read(frames.resolve(String.format("%02d.png", i + 1)).toFile());
            assertEquals(1280, picture.getWidth());
            assertEquals(720, picture.getHeight());
        }
        assertEquals("chip 1", chapters.get(0).get("focus").asText());
        assertTrue(chapters.get(0).get("focusVisible").asBoolean());
        assertEquals(1.6, report.get("textScale").asDouble());
    }

    @Test
    void htmlWritesTheLessonAsOnePageAndReportsIt() throws Exception {
        Path page = folder.resolve("reward-hacking.html");
        CliRun run = CliRun.of("lesson", "reward-hacking", "--html", page.toString(), "--theme", "light", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode report = run.json();
        assertEquals("reward-hacking", report.get("lesson").asText());
        assertEquals(Files.size(page), report.get("bytes").asLong());
        assertEquals(3, report.get("chapters").size());
        assertEquals(0, report.get("leftOut").size());
        assertEquals(1, report.get("chapters").get(0).get("index").asInt());
        assertTrue(report.get("chapters").get(0).has("live"));
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<title>Reward hacking \u00b7 Agentic RL "
                + "Visualizer "), html.substring(0, 300));
        assertTrue(html.contains("svg class=\"look light\"") && !html.contains("svg class=\"look dark\""),
                "the light theme only, as asked");
    }

    @Test
    void aChapterThatCannotBeDrawnIsLeftOutAndNamedAndTheRestAreWritten() throws Exception {
        SessionDocument lesson = BuiltInLessons.load("reward-hacking");
        List<Lesson.Chapter> chapters = new ArrayList<>(lesson.lesson().orElseThrow().chapters());
        Lesson.Chapter second = chapters.get(1);
        Lesson.View view = second.view();
        chapters.set(1, second.withView(new Lesson.View("comparison", view.maximised(), view.position(),
                view.selection(), view.loss(), view.hidden(), view.trainedUpdates())));
        Path session = folder.resolve("gone.arl");
        SessionFiles.save(lesson.withLesson(Optional.of(new Lesson("Partly gone", chapters))), session);
        Path page = folder.resolve("partly.html");
        CliRun run = CliRun.of("lesson", session.toString(), "--html", page.toString(), "--theme", "light");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("2 of 3 chapters"), run.out());
        assertTrue(run.out().contains("left out 02  " + second.title() + ": it shows the comparison tab, which this "
                + "session does not have"), run.out());
        String html = Files.readString(page);
        assertFalse(html.contains("<h2 id=\"title-2\">"), "chapter 2 is not on the page");
        assertTrue(html.contains("<h2 id=\"title-3\">") && html.contains("Chapter 2, " + second.title()),
                "the rest is, and the page names what it left out");

        chapters.replaceAll(chapter -> chapter.withView(new Lesson.View("comparison", "all", 0,
                chapter.view().selection(), chapter.view().loss(), Set.of())));
        SessionFiles.save(lesson.withLesson(Optional.of(new Lesson("All gone", chapters))), session);
        CliRun none = CliRun.of("lesson", session.toString(), "--html", page.toString(), "--theme", "light");
        assertEquals(2, none.code(), none.out());
        assertTrue(none.err().contains("no chapter could be drawn"), none.err());
        assertEquals(html, Files.readString(page), "a failed export leaves the old page as it was");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            no-such-lesson                            | out.html                | ''              | is neither a built-in lesson
            src/test/resources/sessions/malformed.arl | out.html                | ''              | malformed.arl
            reward-hacking                            | no-such-folder/out.html | ''              | there is no folder
            reward-hacking                            | .                       | ''              | it is a folder
            reward-hacking                            | out.html                | --theme=sepia   | --theme: 'sepia' is neither light nor dark nor both
            reward-hacking                            | out.html                | --frames=frames | --frames and --html are two runs
            """)
    void aBadHtmlRunExitsTwoWithTheReasonAndWritesNoFile(String source, String out, String option, String reason)
            throws Exception {
        Path page = folder.resolve(out);
        CliRun run = option.isEmpty() ? CliRun.of("lesson", source, "--html", page.toString())
                : CliRun.of("lesson", source, option, "--html", page.toString());
        assertEquals(2, run.code(), run.out() + run.err());
        assertTrue(run.err().contains(reason), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line, no stack trace: " + run.err());
        try (var left = Files.list(folder)) {
            assertEquals(List.of(), left.toList(), "nothing written");
        }
    }

    @Test
    void bothThemesAreForAPageOnly() {
        CliRun run = CliRun.of("lesson", "reward-hacking", "--theme", "both", "--frames", folder.resolve("f").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--theme: 'both' is neither light nor dark"), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no-such-lesson                                 | '' | is neither a built-in lesson (seed-notebook, traditional-vs-agentic, reward-hacking, toy-to-real-run) nor a session file
            src/test/resources/sessions/valid.arl          | '' | the session has no lesson to present
            src/test/resources/sessions/lesson-tab-unknown.arl | '' | lesson.chapters[1].tab
            seed-notebook                                  | --size=1280 | --size: '1280' is not WIDTHxHEIGHT
            seed-notebook                                  | --size=100x100 | --size width
            seed-notebook                                  | --text-scale=3 | --text-scale
            seed-notebook                                  | --theme=sepia | --theme: 'sepia' is neither light nor dark
            """)
    void aBadSourceOrOptionExitsTwoWithTheReasonAndWritesNothing(String source, String option, String reason)
            throws Exception {
        Path frames = folder.resolve("frames");
        CliRun run = option.isEmpty() ? CliRun.of("lesson", source, "--frames", frames.toString())
                : CliRun.of("lesson", source, option, "--frames", frames.toString());
        assertEquals(2, run.code(), run.out() + run.err());
        assertTrue(run.err().contains(reason), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line, no stack trace: " + run.err());
        assertTrue(!Files.exists(frames) || Files.list(frames).findAny().isEmpty(), "no picture written");
    }
}
