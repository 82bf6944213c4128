package org.agenticrl.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.SessionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken session files are refused with the file, the field and the reason, and the window keeps what it had. */
class BrokenSessionFilesTest {
    private static final Path FOLDER = Path.of("src/test/resources/sessions");

    @TempDir
    Path recovery;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed.arl                | ''                            | malformed JSON at line
            empty.arl                    | ''                            | the file is empty
            newer-version.arl            | schemaVersion                 | written by a newer version
            version-as-text.arl          | schemaVersion                 | has the wrong type
            unknown-field.arl            | lessons                       | unknown field 'lessons'
            lesson-in-version-1.arl      | lesson                        | a lesson needs schemaVersion 2
            lesson-no-chapters.arl       | lesson.chapters               | a lesson has at least one chapter
            lesson-title-missing.arl     | lesson.title                  | is missing
            lesson-caption-empty.arl     | lesson.chapters[0].caption    | is empty
            lesson-caption-long.arl      | lesson.chapters[1].caption    | has 7 lines; at most 6
            lesson-hidden-unknown.arl    | lesson.chapters[0].hidden[1]  | unknown control 'sliders'
            lesson-notes-long.arl        | lesson.chapters[0].notes      | has 21 lines; at most 20
            lesson-notes-not-text.arl    | lesson.chapters[1].notes      | has the wrong type
            lesson-tab-unknown.arl       | lesson.chapters[1].tab        | unknown value 'slides'
            lesson-lambda-out-of-range.arl | lesson.chapters[0].loss.objective | 11.0
            lesson-position-negative.arl | lesson.chapters[0].position   | must be at least 0
            lesson-focus-kind-unknown.arl | lesson.chapters[0].focus.kind | unknown focus kind 'bar'
            lesson-trained-negative.arl  | lesson.chapters[0].trainedUpdates | must be between 0 and 1000, got -1
            lesson-focus-step-not-a-number.arl | lesson.chapters[0].focus.name | a step is named by its step number from 1, not 'first'
            lesson-focus-name-missing.arl | lesson.chapters[0].focus.name | a token focus needs a name
            lesson-focus-term-unknown.arl | lesson.chapters[0].focus.name | a term is one of rl, sft, kl, total, not 'ppo'
            scenario-invalid.arl         | scenario.file.model.transitions.multiply[0] | the scenario no longer validates: 'Actions:' is not in the vocabulary
            logits-infinite.arl          | policy.rows[0].logits[3]      | is not a finite number
            logits-nan.arl               | policy.rows[0].logits[3]      | 'NaN' is not a number in JSON
            logits-short.arl             | policy.rows[0].logits         | has 21 logits, but the scenario's vocabulary has 22 tokens
            previous-unknown.arl         | policy.rows[0].previous       | 'banana' is not in the scenario's vocabulary
            other-reference.arl          | policy.reference.fingerprint  | not the one the policy was trained from
            temperature-out-of-range.arl | episode.temperature           | must be between 0.01 and 5
            no-such-task.arl             | episode.task                  | there is no task 5
            unknown-theme.arl            | window.theme                  | unknown value 'sepia'
            """)
    void isRefusedWithFileFieldAndReasonAndChangesNothing(String name, String field, String reason) throws Exception {
        Path file = FOLDER.resolve(name);
        SessionException refused = assertThrows(SessionException.class, () -> SessionFileModel.read(file));
        assertEquals(file.toString(), refused.source());
        assertEquals(field, refused.path());
        assertTrue(refused.reason().contains(reason), refused.getMessage());

        SessionRoundTripTest.Window window = new SessionRoundTripTest.Window(ScenarioLoader.seed(), recovery);
        SessionRoundTripTest.changeEverything(window);
        String before = window.state();
        window.files.open(file);
        assertEquals(before, window.state());
        assertNull(window.files.fileProperty().get());
        StatusMessage status = window.model.statusProperty().get();
        assertTrue(status.error());
        assertEquals(refused.getMessage(), status.text());
    }

    @Test
    void theValidFileOfTheSetOpens() throws Exception {
        SessionRoundTripTest.Window window = new SessionRoundTripTest.Window(ScenarioLoader.builtIn("weather"), recovery);
        window.files.open(FOLDER.resolve("valid.arl"));
        assertEquals("seed-calculator", window.model.episode().scenario().id());
        assertEquals(FOLDER.resolve("valid.arl"), window.files.fileProperty().get());
    }

    @Test
    void aScenarioFileOpensAsAScenario() {
        SessionRoundTripTest.Window window = new SessionRoundTripTest.Window(ScenarioLoader.seed(), recovery);
        window.files.open(Path.of("src/test/resources/scenarios/hours-to-minutes.json"));
        assertEquals("hours-to-minutes", window.model.episode().scenario().id());
        assertNull(window.files.fileProperty().get());
        assertTrue(window.files.dirtyProperty().get());
    }
}
