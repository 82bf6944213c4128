package org.agenticrl.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.agenticrl.engine.Identified;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a chapter may point at: every kind with the names it takes, and the names it refuses, with the reason. */
class FocusTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            token       | calculate(  | token calculate(
            token       | '  need  '  | token need
            step        | 1           | step 1
            observation | 12          | observation 12
            action      | 3           | action 3
            chip        | 9999        | chip 9999
            row         | 2           | row 2
            term        | total       | term total
            chart       | waterfall   | chart waterfall
            curve       | success-rate | curve success-rate
            outcome     | ''          | outcome
            """)
    void takes(String kind, String name, String shown) {
        Focus focus = new Focus(Identified.fromId(Focus.Kind.class, kind, "focus kind"), name);
        assertEquals(shown, focus.toString());
        assertEquals(Optional.empty(), Focus.nameProblem(focus.kind(), name));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            step    | 0       | a step is named by its step number from 1, not '0'
            step    | -1      | a step is named by its step number from 1, not '-1'
            row     | 1.5     | a row is named by its step number from 1, not '1.5'
            chip    | 10000   | a chip is named by its step number from 1, not '10000'
            term    | ppo     | a term is one of rl, sft, kl, total, not 'ppo'
            token   | ''      | a token focus needs a name
            chart   | '   '   | a chart focus needs a name
            outcome | 1       | the outcome has no name; got '1'
            """)
    void refuses(String kind, String name, String reason) {
        Focus.Kind focusKind = Identified.fromId(Focus.Kind.class, kind, "focus kind");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Focus(focusKind, name));
        assertTrue(refused.getMessage().startsWith(reason), refused.getMessage());
    }

    @Test
    void aNameLongerThanTheLimitIsRefused() {
        assertTrue(Focus.nameProblem(Focus.Kind.CHART, "c".repeat(Focus.MAX_NAME)).isEmpty());
        assertEquals(Optional.of("the name is 81 characters long; at most 80"),
                Focus.nameProblem(Focus.Kind.CHART, "c".repeat(Focus.MAX_NAME + 1)));
    }

    @Test
    void numberedKindsGiveTheirStepIndexAndOthersHaveNone() {
        assertEquals(0, new Focus(Focus.Kind.ACTION, "1").stepIndex());
        assertEquals(11, new Focus(Focus.Kind.ROW, "12").stepIndex());
        assertThrows(IllegalStateException.class, () -> new Focus(Focus.Kind.TOKEN, "I").stepIndex());
    }

    @Test
    void aChapterKeepsItsFocusWhenItsViewChangesAndLosesItOnlyWhenToldTo() {
        Lesson.View view = new Lesson.View("episode", "all", 0, null, null, java.util.Set.of());
        Lesson.Chapter chapter = new Lesson.Chapter("t", "c", view).withFocus(Optional.of(Focus.outcome()));
        Lesson.View other = new Lesson.View("training", "all", 3, null, null, java.util.Set.of());
        assertEquals(Optional.of(Focus.outcome()), chapter.withView(other).focus());
        assertEquals(other, chapter.withView(other).view());
        assertEquals(Optional.empty(), chapter.withFocus(Optional.empty()).focus());
    }
}
