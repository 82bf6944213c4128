package org.agenticrl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/**
 * {@code lesson}: the built-in ids, one a line; every chapter rendered to DIR/NN.png at the size asked for, with what
 * the room sees of it as JSON; bad arguments and sources exit 2 with the reason and write nothing.
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
        assertEquals(java.util.List.of("seed-notebook", "traditional-vs-agentic", "reward-hacking"),
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no-such-lesson                                 | '' | is neither a built-in lesson (seed-notebook, traditional-vs-agentic, reward-hacking) nor a session file
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
