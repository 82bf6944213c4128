package org.agenticrl.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A chapter's speaker notes travel in the session file (schema version 2 still): written only when there are some,
 * read back to the same text, an absent field read as none; notes over the limits are refused with their field.
 */
class LessonNotesTest {
    private static final String NOTES = "Ask the room first: which token comes after I?\nThen point at the 79.2 % bar.";

    private static SessionDocument session() throws SessionException {
        return SessionFiles.load(Path.of("src/test/resources/sessions/valid.arl"));
    }

    private static Lesson lesson(SessionDocument document, String firstNotes) {
        Lesson.View view = new Lesson.View("episode", "tokens", 3, document.selection(), document.loss(), Set.of());
        return new Lesson("Notes", List.of(new Lesson.Chapter("With notes", "The bars.", view, Optional.empty(), firstNotes),
                new Lesson.Chapter("Without", "The timeline.", view)));
    }

    private static SessionDocument withLesson(Lesson lesson) throws SessionException {
        return session().withLesson(Optional.of(lesson));
    }

    @Test
    void notesRoundTripAndAreWrittenOnlyWhenPresent() throws SessionException {
        SessionDocument document = withLesson(lesson(session(), NOTES));
        String json = SessionFiles.toJson(document);
        assertEquals(1, json.split("\"notes\"", -1).length - 1, "only the chapter with notes writes the field");
        assertTrue(json.contains("\"schemaVersion\" : 2"), json.substring(0, 40));

        Lesson read = SessionFiles.parse(json, "notes.arl").lesson().orElseThrow();
        assertEquals(NOTES, read.chapters().get(0).notes());
        assertEquals("", read.chapters().get(1).notes(), "an absent field reads as no notes");
        assertEquals(document.lesson().orElseThrow(), read);
    }

    @Test
    void notesAtTheLimitsAreKeptAndOneLineMoreIsRefusedWithTheField() throws SessionException {
        String twentyLines = String.join("\n", java.util.Collections.nCopies(Lesson.MAX_NOTES_LINES, "line"));
        String json = SessionFiles.toJson(withLesson(lesson(session(), twentyLines)));
        assertEquals(twentyLines, SessionFiles.parse(json, "ok.arl").lesson().orElseThrow().chapters().get(0).notes());

        String tooLong = "x".repeat(Lesson.MAX_NOTES + 1);
        SessionException refused = assertThrows(SessionException.class, () -> SessionFiles.parse(
                SessionFiles.toJson(withLesson(lesson(session(), tooLong))), "long.arl"));
        assertEquals("lesson.chapters[0].notes", refused.path());
        assertEquals("is 2001 characters long; at most 2000", refused.reason());
        assertFalse(Lesson.notesProblem("").isPresent(), "empty notes are none, not a problem");
    }
}
