package org.agenticrl.app.common;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The accepted values of a number the user can set, and how typed text is checked against them.
 *
 * @param name how the number is called in messages, e.g. "λ1"
 * @param min smallest accepted value
 * @param max largest accepted value
 * @param integer whether only whole numbers are accepted
 */
public record NumericRange(String name, double min, double max, boolean integer) {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?");

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
        return value >= min && value <= max;
    }

    /** The value the text holds, when it is a number in range. */
    public Optional<Double> parse(String text) {
        return problemWith(text).isPresent() ? Optional.empty() : Optional.of(Double.parseDouble(text.strip()));
    }

    /** Why the text is not acceptable, or empty when it is. */
    public Optional<String> problemWith(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.of(name + " needs a number");
        }
        if (!DECIMAL.matcher(trimmed).matches()) {
            return Optional.of("'" + trimmed + "' is not a number");
        }
        double value = Double.parseDouble(trimmed);
        if (integer && (value != Math.rint(value) || !trimmed.matches("[-+]?\\d+"))) {
            return Optional.of(name + " must be a whole number");
        }
        if (!contains(value)) {
            return Optional.of(name + " must be between " + format(min) + " and " + format(max));
        }
        return Optional.empty();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.valueOf(value);
    }
}
