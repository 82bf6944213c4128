package org.agenticrl.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.Lesson;
import org.agenticrl.engine.session.SessionDocument;
import org.junit.jupiter.api.Test;

/**
 * The shipped lessons load, every chapter applies, and every caption is still the one its script writes from what the
 * models show in that chapter's view: a number quoted in a caption is one the app shows.
 */
class BuiltInLessonsTest {
    @Test
    void everyBuiltInLessonLoadsAndEveryChapterShowsWhatItsCaptionSays() throws Exception {
        assertEquals(BuiltInLessons.ALL.stream().map(BuiltInLessons.Entry::id).toList(),
                LessonScripts.ALL.stream().map(LessonScripts.Script::id).toList());
        for (BuiltInLessons.Entry entry : BuiltInLessons.ALL) {
            SessionDocument document = BuiltInLessons.load(entry.id());
            LessonScripts.Script script = LessonScripts.ALL.stream().filter(s -> s.id().equals(entry.id()))
                    .findFirst().orElseThrow();
            Lesson lesson = document.lesson().orElseThrow();
            assertEquals(entry.title(), lesson.title());
            assertEquals(script.scenario(), document.scenario().id());
            LessonFixture fixture = new LessonFixture(ScenarioLoader.seed());
            fixture.lesson.openBuiltIn(entry);
            assertEquals(List.of(), fixture.reports.stream().filter(r -> r.error()).toList());
            assertTrue(fixture.lesson.presentingProperty().get());
            assertEquals(script.chapters().size(), fixture.lesson.chapters().size());
            for (int i = 0; i < script.chapters().size(); i++) {
                fixture.lesson.jump(i);
                Lesson.Chapter shipped = lesson.chapters().get(i);
                assertEquals(shipped.view().tab(), fixture.window.tab(), entry.id() + " chapter " + (i + 1));
                assertEquals(shipped.view().hidden(), fixture.lesson.hidden());
                assertEquals(script.chapters().get(i).caption().apply(fixture.scripted()), shipped.caption(),
                        entry.id() + " chapter " + (i + 1) + ": the caption no longer says what the app shows");
                assertEquals(shipped.caption(), fixture.lesson.captionProperty().get());
                assertEquals(Optional.ofNullable(script.chapters().get(i).focus()), shipped.focus(),
                        entry.id() + " chapter " + (i + 1) + ": the chapter names what its caption talks about");
            }
        }
    }
}
