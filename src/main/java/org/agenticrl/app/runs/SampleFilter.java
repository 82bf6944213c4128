package org.agenticrl.app.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The step table's filter, typed as words: {@code reward>0.5}, {@code advantage<0}, {@code length>=200} (also
 * {@code <=}, {@code =}) compare a column with a number; any other word must occur in the prompt or the response
 * (ignoring case). Every word must hold. A comparison with a number that is not one is refused with the reason.
 */
final class SampleFilter {
    private static final Pattern COMPARISON = Pattern.compile("(reward|advantage|adv|length|len)(<=|>=|<|>|=)(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private SampleFilter() {
    }

    /** The filter's test, or the reason the text is not a filter. */
    record Parsed(Predicate<SampleRow> test, String problem) {
    }

    static Parsed parse(String text) {
        List<Predicate<SampleRow>> tests = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            Matcher comparison = COMPARISON.matcher(word);
            if (comparison.matches()) {
                if (!NUMBER.matcher(comparison.group(3)).matches()) {
                    return new Parsed(row -> true, "'" + word + "': " + comparison.group(1) + " " + comparison.group(2)
                            + " needs a number, e.g. " + comparison.group(1) + comparison.group(2) + "0.5");
                }
                tests.add(compare(comparison.group(1).toLowerCase(Locale.ROOT), comparison.group(2),
                        Double.parseDouble(comparison.group(3))));
            } else {
                String needle = word.toLowerCase(Locale.ROOT);
                tests.add(row -> row.sample().prompt().toLowerCase(Locale.ROOT).contains(needle)
                        || row.sample().response().toLowerCase(Locale.ROOT).contains(needle));
            }
        }
        return new Parsed(row -> tests.stream().allMatch(test -> test.test(row)), "");
    }

    private static Predicate<SampleRow> compare(String column, String operator, double bound) {
        return row -> {
            double value = column.startsWith("adv") ? row.advantage() : column.startsWith("len") ? row.length()
                    : row.reward();
            return switch (operator) {
                case "<" -> value < bound;
                case "<=" -> value <= bound;
                case ">" -> value > bound;
                case ">=" -> value >= bound;
                default -> value == bound;
            };
        };
    }
}
