package org.agenticrl.engine.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one way this project writes numbers, for the terminal and for the screen alike: the same digits in every
 * locale (Locale.ROOT), half-up rounding to fixed decimals, minus zero written as zero, magnitudes of a million or more
 * in scientific notation ("1.000e+07") rather than as hundreds of digits, percentages with one decimal ("79.2%"),
 * settings with at most four significant digits ("2.5e-7"), and rewards as the seed writes them ("+0.3", "-0.2").
 * The two media differ only in two glyphs: {@link #TERMINAL} writes the ASCII hyphen-minus and "-" for a value that is
 * not finite, so that its lines match the seed notebook's prints and paste into scripts; {@link #SCREEN} writes the
 * typographic minus (U+2212) and an em dash, so that NaN or Infinity never reach the window.
 */
public final class NumberStyle {
    /** Printed lines: ASCII minus, "-" for a value that is not finite. */
    public static final NumberStyle TERMINAL = new NumberStyle('-', "-");
    /** The window: real minus signs (U+2212), an em dash for a value that is not finite. */
    public static final NumberStyle SCREEN = new NumberStyle('\u2212', "\u2014");
    /** Magnitudes from here on are written in scientific notation. */
    public static final double SCIENTIFIC = 1e6;
    /** Significant digits kept by {@link #compact}. */
    private static final MathContext COMPACT = new MathContext(4);

    private final char minus;
    private final String notANumber;

    private NumberStyle(char minus, String notANumber) {
        this.minus = minus;
        this.notANumber = notANumber;
    }

    /** What a value that is not finite is written as. */
    public String notANumber() {
        return notANumber;
    }

    /** Fixed decimals: "0.326", "−1.50"; "1.000e+07" from a million on. */
    public String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return notANumber;
        }
        if (Math.abs(value) >= SCIENTIFIC) {
            return minus(String.format(Locale.ROOT, "%.3e", value));
        }
        // The digits String.format("%.Nf") writes (half-up on the shortest decimal form), without its parser: the
        // charts format every label and tooltip on every redraw, and Formatter was most of their garbage.
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return minus((rounded.signum() == 0 ? rounded.abs() : rounded).toPlainString());
    }

    /** Like {@link #fixed} with a leading + for a value that does not round to zero. */
    public String signed(double value, int decimals) {
        String text = fixed(value, decimals);
        return value > 0 && !text.equals(fixed(0, decimals)) ? "+" + text : text;
    }

    /** A probability as a percentage with one decimal: "79.2%". */
    public String percent(double probability) {
        return percent(probability, 1);
    }

    /** A probability as a percentage with the given decimals: "40%" with none. */
    public String percent(double probability, int decimals) {
        return Double.isFinite(probability) ? fixed(100 * probability, decimals) + "%" : notANumber;
    }

    /** Every digit Java keeps: the engine's exact number. */
    public String full(double value) {
        return Double.isFinite(value) ? minus(Double.toString(value)) : notANumber;
    }

    /**
     * A setting as short as it can be written: at most four significant digits, no trailing zeros, plain between
     * 0.001 and 9999, scientific outside ("1000", "0.01", "2.5e−7", "1e308").
     */
    public String compact(double value) {
        if (!Double.isFinite(value)) {
            return notANumber;
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
    public String whole(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return minus(Long.toString((long) value));
        }
        return fixed(value, 0);
    }

    /** A count rounded, with thousands separated by commas: "1,994". */
    public String grouped(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= SCIENTIFIC) {
            return fixed(value, 0);
        }
        return minus(String.format(Locale.ROOT, "%,d", Math.round(value)));
    }

    /** A reward as the seed writes it: a sign and at least one decimal, no more than it needs ("+0.3", "+1.0", "-0.25"). */
    public String reward(double value) {
        if (!Double.isFinite(value)) {
            return notANumber;
        }
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        if (decimal.scale() < 1) {
            decimal = decimal.setScale(1);
        }
        return (decimal.signum() >= 0 ? "+" : "") + minus(decimal.toPlainString());
    }

    private String minus(String text) {
        return minus == '-' ? text : text.replace('-', minus);
    }
}
