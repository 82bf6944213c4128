package org.agenticrl.app.common;

import org.agenticrl.engine.text.NumberStyle;

/**
 * Numbers (and quoted input) as the screen shows them: the engine's {@link NumberStyle#SCREEN}, the same digits as
 * the terminal's in every locale, with real minus signs (U+2212) and an em dash for a value that is not finite, so that
 * NaN or Infinity can never reach the screen even if something upstream overflowed; {@link #editable} gives what a
 * text field holds (ASCII minus, parseable back).
 */
public final class Format {
    public static final String NOT_A_NUMBER = NumberStyle.SCREEN.notANumber();
    /** Magnitudes from here on are written in scientific notation. */
    public static final double SCIENTIFIC = NumberStyle.SCIENTIFIC;
    /** The longest stretch of a user's input quoted back in a message. */
    public static final int QUOTE_LIMIT = 24;
    private static final NumberStyle SCREEN = NumberStyle.SCREEN;

    private Format() {
    }

    /** Fixed decimals, with a real minus sign; see {@link NumberStyle#fixed}. */
    public static String fixed(double value, int decimals) {
        return SCREEN.fixed(value, decimals);
    }

    /**
     * The same number for jlatexmath: "\\infty"-free (a non-finite value reads "overflow"), scientific notation as
     * "1.400 \\times 10^{179}".
     */
    public static String latex(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "\\mathrm{overflow}";
        }
        String text = NumberStyle.TERMINAL.fixed(value, decimals);
        int exponent = text.indexOf('e');
        return exponent < 0 ? text : text.substring(0, exponent) + " \\times 10^{"
                + Integer.parseInt(text.substring(exponent + 1)) + "}";
    }

    /** Like {@link #fixed} with a leading + for positive values. */
    public static String signed(double value, int decimals) {
        return SCREEN.signed(value, decimals);
    }

    /** A probability as a percentage with one decimal, e.g. "79.2%". */
    public static String percent(double probability) {
        return SCREEN.percent(probability);
    }

    /** A probability as a whole percentage, for a chart's ticks: "40%". */
    public static String percentWhole(double probability) {
        return SCREEN.percent(probability, 0);
    }

    /** A reward as the seed writes it, with a real minus sign: "+0.3", "−0.2"; see {@link NumberStyle#reward}. */
    public static String reward(double value) {
        return SCREEN.reward(value);
    }

    /** Every digit Java keeps, for tooltips: the engine's exact number. */
    public static String full(double value) {
        return SCREEN.full(value);
    }

    /**
     * A setting as short as it can be written: at most four significant digits, no trailing zeros, plain between
     * 0.001 and 9999, scientific outside ("1000", "0.01", "2.5e−7", "1e308"). For weights and learning rates in
     * formulas and labels.
     */
    public static String compact(double value) {
        return SCREEN.compact(value);
    }

    /** A whole number (a seed, a count) with all its digits, however large: "4294967295". */
    public static String whole(double value) {
        return SCREEN.whole(value);
    }

    /** A count or a size in pixels, rounded, with thousands separated by commas as the manual writes them: "1,994". */
    public static String grouped(double value) {
        return SCREEN.grouped(value);
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
