package org.agenticrl.app.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The accepted values of a number the user can set, and how typed text is checked against them. Text is read the
 * same in every locale: ASCII digits, a point for decimals, an optional exponent.
 *
 * @param name how the number is called in messages, e.g. "λ1"
 * @param min smallest accepted value
 * @param max largest accepted value
 * @param integer whether only whole numbers are accepted
 */
public record NumericRange(String name, double min, double max, boolean integer) {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]{1,3})?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");

    public NumericRange {
        if (!(min < max)) {
            throw new IllegalArgumentException("a range needs min < max");
        }
    }

    /** A range of decimal numbers. */
    public NumericRange(String name, double min, double max) {
        this(name, min, max, false);
    }

    public boolean contains(double value) {
        return value >= min && value <= max && (!integer || value == Math.rint(value));
    }

    /** The value the text holds, when it is a number in range. */
    public Optional<Double> parse(String text) {
        return problemWith(text).isPresent() ? Optional.empty() : Optional.of(Double.parseDouble(text.strip()));
    }

    /** Why the text is not acceptable, or empty when it is. Quotes at most a few dozen characters of it. */
    public Optional<String> problemWith(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.of(name + " needs a number");
        }
        if (!DECIMAL.matcher(trimmed).matches()) {
            return Optional.of(Format.quote(trimmed) + " is not a number");
        }
        if (integer && !WHOLE.matcher(trimmed).matches()) {
            return Optional.of(name + " must be a whole number");
        }
        return problemWith(Double.parseDouble(trimmed));
    }

    /** Why the value is not acceptable, or empty when it is. */
    public Optional<String> problemWith(double value) {
        if (integer && Double.isFinite(value) && value != Math.rint(value)) {
            return Optional.of(name + " must be a whole number");
        }
        if (!contains(value)) {
            return Optional.of(name + " must be between " + bound(min) + " and " + bound(max));
        }
        return Optional.empty();
    }

    private static String bound(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : Format.compact(value);
    }
}
