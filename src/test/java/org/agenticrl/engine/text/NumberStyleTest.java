package org.agenticrl.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One number style for the terminal and the screen: the same digits, two glyphs apart. */
class NumberStyleTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"0.3, +0.3", "1, +1.0", "-0.2, -0.2", "0, +0.0", "-0.25, -0.25", "1.5, +1.5"})
    void rewardsAreWrittenAsTheSeedWritesThem(double reward, String seed) {
        assertEquals(seed, NumberStyle.TERMINAL.reward(reward));
        assertEquals(seed.replace('-', '\u2212'), NumberStyle.SCREEN.reward(reward));
    }

    @ParameterizedTest(name = "{0} to {1} decimals")
    @CsvSource({"-1.5, 2", "0.32633, 3", "-0.0001, 3", "12345678, 2", "-2.5e-7, 9", "0.5, 0"})
    void theTerminalAndTheScreenWriteTheSameDigits(double value, int decimals) {
        String terminal = NumberStyle.TERMINAL.fixed(value, decimals) + " " + NumberStyle.TERMINAL.percent(value)
                + " " + NumberStyle.TERMINAL.compact(value) + " " + NumberStyle.TERMINAL.signed(value, decimals);
        String screen = NumberStyle.SCREEN.fixed(value, decimals) + " " + NumberStyle.SCREEN.percent(value)
                + " " + NumberStyle.SCREEN.compact(value) + " " + NumberStyle.SCREEN.signed(value, decimals);
        assertEquals(terminal.replace('-', '\u2212'), screen);
        assertEquals(-1, terminal.indexOf('\u2212'), terminal);
    }

    @Test
    void aValueThatIsNotFiniteIsADashOnTheTerminalAndAnEmDashOnScreen() {
        for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertEquals("- - -", NumberStyle.TERMINAL.fixed(value, 3) + " " + NumberStyle.TERMINAL.percent(value)
                    + " " + NumberStyle.TERMINAL.reward(value));
            assertEquals("\u2014 \u2014", NumberStyle.SCREEN.fixed(value, 3) + " " + NumberStyle.SCREEN.full(value));
        }
    }

    @Test
    void everyDefaultLocaleGetsTheSameDigits() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
            assertEquals("-0.917 1.235e+07 48.0% 1,994 2.5e-7", NumberStyle.TERMINAL.fixed(-0.9166, 3) + " "
                    + NumberStyle.TERMINAL.fixed(12345678, 2) + " " + NumberStyle.TERMINAL.percent(0.48) + " "
                    + NumberStyle.TERMINAL.grouped(1993.6) + " " + NumberStyle.TERMINAL.compact(2.5e-7));
        } finally {
            Locale.setDefault(before);
        }
    }
}
