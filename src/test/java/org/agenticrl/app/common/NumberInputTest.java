package org.agenticrl.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A number typed or dragged by the user: refused text changes nothing and says why, briefly. */
class NumberInputTest {
    private final NumberInput lambda = new NumberInput(new NumericRange("\u03bb1", 0, 10), 0.1, 3);
    private final NumberInput seed = new NumberInput(new NumericRange("Seed", 0, 4294967295.0, true), 0, 0);

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "abc          | 'abc' is not a number; kept 0.100",
        "''           | \u03bb1 needs a number; kept 0.100",
        "11           | \u03bb1 must be between 0 and 10; kept 0.100",
        "-0.5         | \u03bb1 must be between 0 and 10; kept 0.100",
        "1e999        | \u03bb1 must be between 0 and 10; kept 0.100",
        "NaN          | 'NaN' is not a number; kept 0.100",
        "Infinity     | 'Infinity' is not a number; kept 0.100",
        "0x10         | '0x10' is not a number; kept 0.100",
        "1,5          | '1,5' is not a number; kept 0.100",
        "1_000        | '1_000' is not a number; kept 0.100",
        "\u0663       | '\u0663' is not a number; kept 0.100",
        "\uff11\uff12 | '\uff11\uff12' is not a number; kept 0.100",
        "--1          | '--1' is not a number; kept 0.100",
    })
    void refusedTextKeepsTheValueAndSaysWhy(String typed, String problem) {
        List<Number> changes = new ArrayList<>();
        lambda.valueProperty().addListener((o, before, after) -> changes.add(after));
        lambda.textProperty().set(typed);
        assertFalse(lambda.commit());
        assertEquals(problem, lambda.problemProperty().get());
        assertEquals(0.1, lambda.get(), 0.0);
        assertTrue(changes.isEmpty());
        assertTrue(lambda.invalid().get());
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "0.5     | 0.5   | 0.500",
        " 2 \t   | 2     | 2.000",
        "+1e-2   | 0.01  | 0.010",
        ".25     | 0.25  | 0.250",
        "10      | 10    | 10.000",
        "-0      | -0.0  | 0.000",
    })
    void acceptedTextBecomesTheValueAndIsRewritten(String typed, double value, String shown) {
        lambda.textProperty().set(typed);
        assertTrue(lambda.commit());
        assertEquals(value, lambda.get(), 0.0);
        assertEquals(shown, lambda.textProperty().get());
        assertEquals("", lambda.problemProperty().get());
    }

    @Test
    void aHugePasteIsQuotedInAFewDozenCharacters() {
        lambda.textProperty().set("1".repeat(20_000) + "x");
        lambda.commit();
        assertTrue(lambda.problemProperty().get().length() < 80, lambda.problemProperty().get());
        assertTrue(lambda.problemProperty().get().contains("(20001 characters)"));
    }

    @Test
    void seedsAreWholeNumbersUpToTheLargestNumpySeed() {
        seed.textProperty().set("4294967295");
        assertTrue(seed.commit());
        assertEquals("4294967295", seed.textProperty().get());
        seed.textProperty().set("4294967296");
        assertFalse(seed.commit());
        assertEquals("Seed must be between 0 and 4294967295; kept 4294967295", seed.problemProperty().get());
        seed.textProperty().set("3.5");
        assertFalse(seed.commit());
        assertEquals("Seed must be a whole number; kept 4294967295", seed.problemProperty().get());
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> seed.set(0.5));
        assertEquals("Seed must be a whole number", refusal.getMessage());
    }

    @Test
    void aProgrammaticWriteOutsideTheRangeIsRefusedNotIgnored() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> lambda.set(-3));
        assertEquals("\u03bb1 must be between 0 and 10", refusal.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lambda.set(Double.NaN));
        assertEquals(0.1, lambda.get(), 0.0);
    }

    @Test
    void aDraggedValueIsRoundedToWhatTheFieldShowsAndKeptInRange() {
        lambda.setNearest(0.123456);
        assertEquals(0.123, lambda.get(), 0.0);
        lambda.setNearest(12.5);
        assertEquals(10, lambda.get(), 0.0);
        lambda.setNearest(-1);
        assertEquals(0, lambda.get(), 0.0);
        seed.setNearest(41.6);
        assertEquals(42, seed.get(), 0.0);
    }

    @Test
    void escapePutsTheValueBackAndForgetsTheProblem() {
        lambda.textProperty().set("oops");
        lambda.commit();
        lambda.revert();
        assertEquals("0.100", lambda.textProperty().get());
        assertEquals("", lambda.problemProperty().get());
        assertFalse(lambda.invalid().get());
    }
}
