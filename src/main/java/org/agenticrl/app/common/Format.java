package org.agenticrl.app.common;

import java.util.Locale;

/**
 * Numbers as the screen shows them. A value that is not finite is shown as an em dash, so that NaN or Infinity
 * can never reach the screen even if something upstream overflowed; a value of a million or more in magnitude is
 * written in scientific notation rather than as hundreds of digits; minus zero is zero.
 */
public final class Format {
    public static final String NOT_A_NUMBER = "\u2014";
    /** Magnitudes from here on are written in scientific notation. */
    public static final double SCIENTIFIC = 1e6;

    private Format() {
    }

    /** Fixed decimals, with a real minus sign. */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NOT_A_NUMBER;
        }
        if (Math.abs(value) >= SCIENTIFIC) {
            return minus(String.format(Locale.ROOT, "%.3e", value));
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return minus(text.matches("-0\\.?0*") ? text.substring(1) : text);
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
