package org.agenticrl.app.view;

import java.util.Locale;

/**
 * Numbers as the screen shows them. A value that is not finite is shown as an em dash, so that NaN or Infinity
 * can never reach the screen even if something upstream went wrong.
 */
public final class Format {
    public static final String NOT_A_NUMBER = "\u2014";

    private Format() {
    }

    /** Fixed decimals, with a real minus sign. */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NOT_A_NUMBER;
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return minus(text.matches("-0\\.?0*") ? text.substring(1) : text);
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
        return String.format(Locale.ROOT, "%.1f%%", 100 * probability);
    }

    /** Every digit Java keeps, for tooltips: the engine's exact number. */
    public static String full(double value) {
        return Double.isFinite(value) ? minus(Double.toString(value)) : NOT_A_NUMBER;
    }

    private static String minus(String text) {
        return text.replace('-', '\u2212');
    }
}
