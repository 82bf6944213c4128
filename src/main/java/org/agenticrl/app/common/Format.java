package org.agenticrl.app.common;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers (and quoted input) as the screen shows them, the same in every locale. A value that is not finite is shown
 * as an em dash, so that NaN or Infinity can never reach the screen even if something upstream overflowed; a value of
 * a million or more in magnitude is written in scientific notation rather than as hundreds of digits; minus zero is
 * zero; minus signs are real minus signs (U+2212) except in {@link #editable}, which gives what a text field holds.
 */
public final class Format {
    public static final String NOT_A_NUMBER = "\u2014";
    /** Magnitudes from here on are written in scientific notation. */
    public static final double SCIENTIFIC = 1e6;

    private Format() {
    }

    /** Significant digits kept by {@link #compact}. */
    private static final MathContext COMPACT = new MathContext(4);
    /** The longest stretch of a user's input quoted back in a message. */
    public static final int QUOTE_LIMIT = 24;

    /** Fixed decimals, with a real minus sign. */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NOT_A_NUMBER;
        }
        if (Math.abs(value) >= SCIENTIFIC) {
            return minus(String.format(Locale.ROOT, "%.3e", value));
        }
        // The digits String.format("%.Nf") writes (half-up on the shortest decimal form), without its parser: the
        // charts format every label and tooltip on every redraw, and Formatter was most of their garbage.
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return minus((rounded.signum() == 0 ? rounded.abs() : rounded).toPlainString());
    }

    /**
     * The same number for jlatexmath: "\\infty"-free (a non-finite value reads "overflow"), scientific notation as
     * "1.400 \\times 10^{179}".
     */
    public static String latex(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "\\mathrm{overflow}";
        }
        String text = fixed(value, decimals).replace('\u2212', '-');
        int exponent = text.indexOf('e');
        return exponent < 0 ? text : text.substring(0, exponent) + " \\times 10^{"
                + Integer.parseInt(text.substring(exponent + 1)) + "}";
    }

    /** Like {@link #fixed} with a leading + for positive values. */
    public static String signed(double value, int decimals) {
        String text = fixed(value, decimals);
        return value > 0 && !text.equals(fixed(0, decimals)) ? "+" + text : text;
    }

    /** A probability as a percentage with one decimal, e.g. "79.2%". */
    public static String percent(double probability) {
        if (!Double.isFinite(probability)) {
            return NOT_A_NUMBER;
        }
        return fixed(100 * probability, 1) + "%";
    }

    /** Every digit Java keeps, for tooltips: the engine's exact number. */
    public static String full(double value) {
        return Double.isFinite(value) ? minus(Double.toString(value)) : NOT_A_NUMBER;
    }

    private static String minus(String text) {
        return text.replace('-', '\u2212');
    }

    /**
     * A setting as short as it can be written: at most four significant digits, no trailing zeros, plain between
     * 0.001 and 9999, scientific outside ("1000", "0.01", "2.5e−7", "1e308"). For weights and learning rates in
     * formulas and labels.
     */
    public static String compact(double value) {
        if (!Double.isFinite(value)) {
            return NOT_A_NUMBER;
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(COMPACT);
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= -3 && exponent <= 3) {
            return minus(rounded.stripTrailingZeros().toPlainString());
        }
        return minus(rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent);
    }

    /** A whole number (a seed, a count) with all its digits, however large: "4294967295". */
    public static String whole(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return minus(Long.toString((long) value));
        }
        return fixed(value, 0);
    }

    /** A count or a size in pixels, rounded, with thousands separated by commas as the manual writes them: "1,994". */
    public static String grouped(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= SCIENTIFIC) {
            return fixed(value, 0);
        }
        return minus(String.format(Locale.ROOT, "%,d", Math.round(value)));
    }

    /** A stretch of time as a clock shows it, whole seconds: "0:07", "12:34", "1:02:03"; below zero is "0:00". */
    public static String duration(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        String clock = twoDigits(seconds % 60);
        return hours > 0 ? hours + ":" + twoDigits(minutes) + ":" + clock : minutes + ":" + clock;
    }

    private static String twoDigits(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }

    /** The value as a text field shows it for editing: fixed decimals (whole numbers in full), ASCII minus, parseable back. */
    public static String editable(double value, int decimals) {
        return (decimals == 0 ? whole(value) : fixed(value, decimals)).replace('\u2212', '-');
    }

    /**
     * Input quoted back to the user, cut to {@value #QUOTE_LIMIT} characters (with an ellipsis and the full length) so
     * that a pasted novel never fills the screen: "'99999999999999999999999…' (20000 characters)".
     */
    public static String quote(String input) {
        if (input.codePointCount(0, input.length()) <= QUOTE_LIMIT) {
            return "'" + input + "'";
        }
        int end = input.offsetByCodePoints(0, QUOTE_LIMIT - 1);
        return "'" + input.substring(0, end) + "\u2026' (" + input.codePointCount(0, input.length()) + " characters)";
    }
}
