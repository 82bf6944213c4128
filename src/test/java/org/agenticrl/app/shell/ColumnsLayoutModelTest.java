package org.agenticrl.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** All three views where they fit; one at a time, whole, where they do not. */
class ColumnsLayoutModelTest {
    private final ColumnsLayoutModel layout = new ColumnsLayoutModel();

    @ParameterizedTest(name = "{0} px wide at text scale {1}: {2}")
    @CsvSource({
        "1280, 1.0, ALL",
        "1920, 1.4, ALL",
        "1280, 1.6, TIMELINE",
        "1920, 2.0, TIMELINE",
        "960,  1.0, TIMELINE",
    })
    void allThreeOnlyWhereTheyFit(double width, double scale, ViewFocus shown) {
        layout.widthProperty().set(width);
        layout.emProperty().set(14 * scale);
        assertEquals(shown, layout.shownProperty().get());
    }

    @Test
    void aViewTheUserPickedIsTheOneToFallBackTo() {
        layout.widthProperty().set(1280);
        layout.emProperty().set(14);
        layout.request(ViewFocus.OBJECTIVE);
        assertEquals(ViewFocus.OBJECTIVE, layout.shownProperty().get());
        layout.request(ViewFocus.ALL);
        assertEquals(ViewFocus.ALL, layout.shownProperty().get());
        layout.emProperty().set(14 * 1.6);
        assertFalse(layout.allFit().get());
        assertEquals(ViewFocus.OBJECTIVE, layout.shownProperty().get(), "larger text: the last view picked, alone");
        layout.emProperty().set(14);
        assertTrue(layout.allFit().get());
        assertEquals(ViewFocus.ALL, layout.shownProperty().get(), "back to normal text: all three again");
    }

    @Test
    void whereAllThreeDoNotFitItSaysWhyWithTheNumbers() {
        layout.widthProperty().set(1280);
        layout.emProperty().set(14 * 1.6);
        assertEquals("All three views need 90 em (2,016 px at this text size); the window has 1,280 px for them: make "
                + "the text smaller (Ctrl \u2212) or the window wider", layout.whyNotAll().get());
        layout.emProperty().set(14);
        assertEquals("", layout.whyNotAll().get(), "they fit: nothing to explain");
    }

    @Test
    void theDividersCountTooSoThatTheLastColumnKeepsItsMinimum() {
        double columns = ViewFocus.TIMELINE.minimumEms() + ViewFocus.TOKENS.minimumEms() + ViewFocus.OBJECTIVE.minimumEms();
        layout.emProperty().set(14);
        layout.widthProperty().set(columns * 14);
        assertFalse(layout.allFit().get(), "the columns' minimums alone leave no pixel for the dividers");
        layout.widthProperty().set(ViewFocus.allEms() * 14);
        assertTrue(layout.allFit().get());
    }
}
