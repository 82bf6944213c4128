package org.agenticrl.cli;

import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for numeric options that accept plain ASCII numbers only: an optional sign, the digits 0-9 and, for
 * decimals, a '.' and an exponent ({@code 5}, {@code -3}, {@code 0.5}, {@code .5}, {@code 1e-3}). picocli's own
 * converters call Integer.valueOf and Double.valueOf, which read any Unicode digit ("٣٠" as 30, fullwidth digits too)
 * and, for decimals, surrounding spaces, hexadecimal ({@code 0x1p3}), type suffixes ({@code 1d}), NaN and Infinity.
 * A refusal is a {@link TypeConversionException} whose message quotes the text and says what to write instead.
 */
final class AsciiNumbers {
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private AsciiNumbers() {
    }

    /**
     * Registers the converters for int, long and double, boxed or not, on the command line and on every subcommand it
     * has now (picocli applies a registration to the hierarchy as it is).
     */
    static void registerOn(CommandLine commandLine) {
        ITypeConverter<Integer> toInt = AsciiNumbers::toInt;
        ITypeConverter<Long> toLong = AsciiNumbers::toLong;
        ITypeConverter<Double> toDouble = AsciiNumbers::toDouble;
        commandLine.registerConverter(Integer.class, toInt).registerConverter(int.class, toInt)
                .registerConverter(Long.class, toLong).registerConverter(long.class, toLong)
                .registerConverter(Double.class, toDouble).registerConverter(double.class, toDouble);
    }

    static int toInt(String text) {
        requireWhole(text);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw outOfRange(text);
        }
    }

    static long toLong(String text) {
        requireWhole(text);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw outOfRange(text);
        }
    }

    /** A finite double; "-0" is read as 0, which would otherwise print as -0.0. */
    static double toDouble(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new TypeConversionException("'" + text + "' is not a number (use the digits 0-9 and '.' as the "
                    + "decimal point, e.g. 0.5 or 1e-3)");
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw outOfRange(text);
        }
        return value == 0 ? 0.0 : value;
    }

    private static void requireWhole(String text) {
        if (!WHOLE.matcher(text).matches()) {
            throw new TypeConversionException("'" + text + "' is not a whole number (use the digits 0-9)");
        }
    }

    private static TypeConversionException outOfRange(String text) {
        return new TypeConversionException("'" + text + "' is out of range");
    }
}
