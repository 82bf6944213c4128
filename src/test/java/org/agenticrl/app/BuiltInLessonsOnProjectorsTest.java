package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.agenticrl.app.lesson.ChapterCheck;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;

/**
 * Every chapter of every built-in lesson, presented as a hall sees it (a 1280×720 projector with text at 1.6, a
 * 1920×1080 one at 2.0, in both themes): what the chapter points at is named, found, wholly on screen and clear of the
 * caption band, and no labelled control on screen shows its text cut. This is {@code lesson ID --frames} without the
 * pictures.
 */
class BuiltInLessonsOnProjectorsTest {
    /**
     * JavaFX is started the way the UI tests start it (TestFX's primary stage), before the frames find it running:
     * started by the frames themselves, it would leave TestFX unable to launch its own application later in this JVM.
     */
    @BeforeAll
    static void startJavaFxAsTheUiTestsDo() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    static Stream<Arguments> halls() {
        return LessonFrames.builtInIds().stream().flatMap(id -> Stream.of(
                Arguments.of(id, 1280, 720, 1.6, true),
                Arguments.of(id, 1920, 1080, 2.0, false)));
    }

    @ParameterizedTest(name = "{0} at {1}x{2}, text ×{3}, dark {4}")
    @MethodSource("halls")
    void everyChapterShowsWhatItsCaptionTalksAbout(String lesson, int width, int height, double scale, boolean dark)
            throws Exception {
        List<ChapterCheck> chapters = LessonFrames.present(new LessonFrames.Request(lesson, null, width, height, scale,
                dark));
        assertFalse(chapters.isEmpty());
        for (ChapterCheck chapter : chapters) {
            String which = lesson + " chapter " + chapter.index() + " (" + chapter.title() + ")";
            assertNotNull(chapter.focus(), which + " names its evidence");
            assertTrue(chapter.focusVisible(), which + ": " + chapter.focus() + " is wholly visible");
            assertFalse(chapter.focusCovered(), which + ": " + chapter.focus() + " is clear of the caption band");
            assertEquals(List.of(), chapter.truncated(), which + ": no text is cut");
        }
    }
}
