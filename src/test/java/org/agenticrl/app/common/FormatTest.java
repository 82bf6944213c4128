package org.agenticrl.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one formatter of the screen, as a table. */
class FormatTest {
    @ParameterizedTest(name = "compact({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "1000                    | 1000",
        "0.001                   | 0.001",
        "-0.0                    | 0",
        "0                       | 0",
        "1e-7                    | 1e\u22127",
        "2.5e-7                  | 2.5e\u22127",
        "1e308                   | 1e308",
        "1.7976931348623157E308  | 1.798e308",
        "4.9e-324                | 4.941e\u2212324",
        "NaN                     | \u2014",
        "Infinity                | \u2014",
        "-Infinity               | \u2014",
        "0.1                     | 0.1",
        "0.01                    | 0.01",
        "0.30000000000000004     | 0.3",
        "3                       | 3",
        "-1.5                    | \u22121.5",
        "9999                    | 9999",
        "9999.6                  | 1e4",
        "12345                   | 1.235e4",
        "0.00099999              | 0.001",
        "0.0009                  | 9e\u22124",
    })
    void compactWritesSettingsShortAndExact(double value, String expected) {
        assertEquals(expected, Format.compact(value));
    }

    @ParameterizedTest(name = "fixed({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "0.32633143485757854 | 3 | 0.326",
        "-0.0000001          | 3 | 0.000",
        "-2.5                | 1 | \u22122.5",
        "1e300               | 2 | 1.000e+300",
        "NaN                 | 2 | \u2014",
    })
    void fixedKeepsItsDecimalsAndNeverShowsNaN(double value, int decimals, String expected) {
        assertEquals(expected, Format.fixed(value, decimals));
    }

    /** fixed writes the digits Java's Formatter writes, for any value and number of decimals below a million. */
    @Test
    void fixedWritesTheDigitsOfJavasFormatter() {
        SplittableRandom random = new SplittableRandom(20261202);
        for (int i = 0; i < 20_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble(-1, 1);
                case 1 -> random.nextDouble(-1e6 + 1, 1e6 - 1);
                case 2 -> Math.round(random.nextDouble(-1000, 1000)) / 1000.0 + 0.0005;
                default -> random.nextDouble(-1, 1) * Math.pow(10, -random.nextInt(12));
            };
            int decimals = random.nextInt(7);
            String formatter = String.format(Locale.ROOT, "%." + decimals + "f", value);
            String expected = (formatter.matches("-0\\.?0*") ? formatter.substring(1) : formatter).replace('-', '\u2212');
            assertEquals(expected, Format.fixed(value, decimals), value + " to " + decimals);
        }
    }

    @ParameterizedTest(name = "whole({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "4294967295 | 4294967295",
        "20000      | 20000",
        "-0.0       | 0",
        "1e300      | 1.000e+300",
    })
    void wholeNumbersKeepEveryDigit(double value, String expected) {
        assertEquals(expected, Format.whole(value));
    }

    @ParameterizedTest(name = "grouped({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "1971.2   | 1,971",
        "1280     | 1,280",
        "999.5    | 1,000",
        "-12345   | \u221212,345",
        "0        | 0",
        "NaN      | \u2014",
    })
    void countsAreGroupedByThousands(double value, String expected) {
        assertEquals(expected, Format.grouped(value));
    }

    @Test
    void formatWritesTheSameInEveryDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
            assertEquals("0.326 79.2% 0.01 \u22121.50", Format.fixed(0.32633, 3) + " " + Format.percent(0.792079)
                    + " " + Format.compact(0.01) + " " + Format.fixed(-1.5, 2));
            assertEquals("1,994", Format.grouped(1993.6));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void quotedInputIsCutToAFewDozenCharacters() {
        String paste = "9".repeat(20_000);
        String quoted = Format.quote(paste);
        assertEquals("'" + "9".repeat(Format.QUOTE_LIMIT - 1) + "\u2026' (20000 characters)", quoted);
        assertEquals("'abc'", Format.quote("abc"));
        String emoji = "\uD83D\uDE00".repeat(40);
        assertTrue(Format.quote(emoji).startsWith("'" + "\uD83D\uDE00".repeat(Format.QUOTE_LIMIT - 1) + "\u2026'"),
                "cut between characters, never inside a surrogate pair");
    }

    @ParameterizedTest(name = "duration({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "0        | 0:00",
        "999      | 0:00",
        "7000     | 0:07",
        "59999    | 0:59",
        "60000    | 1:00",
        "754000   | 12:34",
        "3599999  | 59:59",
        "3600000  | 1:00:00",
        "3723000  | 1:02:03",
        "-5000    | 0:00",
    })
    void durationReadsLikeAClock(long millis, String expected) {
        assertEquals(expected, Format.duration(millis));
    }
}
