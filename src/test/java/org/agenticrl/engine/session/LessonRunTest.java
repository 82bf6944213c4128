package org.agenticrl.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.agenticrl.engine.runs.RunExtract;
import org.junit.jupiter.api.Test;

/**
 * A lesson carries the run its Run-tab chapters show: the extract and each chapter's place in it travel in the session
 * file and read back equal; a Run-tab chapter without a place, a place without a run, or a place the run does not have
 * is refused with its field and the reason.
 */
class LessonRunTest {
    private static SessionDocument session() throws SessionException {
        return SessionFiles.load(Path.of("src/test/resources/sessions/valid.arl"));
    }

    private static RunExtract extract() throws Exception {
        return new RunExtract("verl-multiturn", Files.readAllLines(Path.of(
                "src/test/resources/runs/verl-multiturn/1.jsonl")).stream().filter(line -> !line.isBlank()).toList());
    }

    private static Lesson.Chapter chapter(SessionDocument document, String tab, Optional<Lesson.RunPlace> place) {
        return new Lesson.Chapter("A chapter", "What it shows.", new Lesson.View(tab, "all", 0, document.selection(),
                document.loss(), Set.of(), OptionalInt.empty(), place));
    }

    private static SessionException refused(SessionDocument document, Lesson lesson) {
        String json = SessionFiles.toJson(document.withLesson(Optional.of(lesson)));
        return assertThrows(SessionException.class, () -> SessionFiles.parse(json, "lesson.arl"));
    }

    @Test
    void theRunAndEachChaptersPlaceInItRoundTrip() throws Exception {
        SessionDocument document = session();
        Lesson lesson = new Lesson("A real run", List.of(
                chapter(document, "episode", Optional.empty()),
                chapter(document, "run", Optional.of(new Lesson.RunPlace("overview", 0, 0))),
                chapter(document, "run", Optional.of(new Lesson.RunPlace("step", 1, 0))),
                chapter(document, "run", Optional.of(new Lesson.RunPlace("sample", 1, 2)))), Optional.of(extract()));
        String json = SessionFiles.toJson(document.withLesson(Optional.of(lesson)));
        assertTrue(json.contains("\"run\" : {"), "the extract is written");
        assertEquals(lesson, SessionFiles.parse(json, "lesson.arl").lesson().orElseThrow());
    }

    @Test
    void aPlaceTheLessonCannotShowIsRefusedWithItsField() throws Exception {
        SessionDocument document = session();
        SessionException noRun = refused(document, new Lesson("No run", List.of(chapter(document, "run",
                Optional.of(new Lesson.RunPlace("step", 1, 0))))));
        assertEquals("lesson.chapters[0].run", noRun.path());
        assertEquals("the lesson carries no run (lesson.run) to show", noRun.reason());

        SessionException noStep = refused(document, new Lesson("No step", List.of(chapter(document, "run",
                Optional.of(new Lesson.RunPlace("step", 9, 0)))), Optional.of(extract())));
        assertEquals("lesson.chapters[0].run.step", noStep.path());
        assertEquals("the lesson's run has no step 9", noStep.reason());

        SessionException noSample = refused(document, new Lesson("No sample", List.of(chapter(document, "run",
                Optional.of(new Lesson.RunPlace("sample", 1, 99)))), Optional.of(extract())));
        assertEquals("lesson.chapters[0].run.sample", noSample.path());

        SessionException noPlace = refused(document, new Lesson("No place", List.of(chapter(document, "run",
                Optional.empty())), Optional.of(extract())));
        assertEquals("a chapter on the run tab says what of the lesson's run it shows", noPlace.reason());

        assertEquals("only the sample view names a sample", assertThrows(IllegalArgumentException.class,
                () -> new Lesson.RunPlace("step", 1, 2)).getMessage());
    }
}
