package org.agenticrl.engine.scenario;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's messages about text that is not valid JSON, rewritten for the person who wrote the file: what is wrong
 * and how to write it instead, never a parser feature, a Java type or a character code. Each rule matches one of
 * Jackson's messages (those of Jackson 2.18's parser; {@code ScenarioJsonMessagesTest} and the scenario fuzz test
 * check that none reaches a person untranslated); a message that no rule knows is passed on with its library details
 * removed. Stateless.
 */
final class JsonSyntax {
    /**
     * A rewritten message.
     *
     * @param text the reason, in words
     * @param atValue true when the problem is the value (or the field name) the parser was reading, so that its field
     *                path names the place; false for the structure around it
     */
    record Reason(String text, boolean atValue) {
    }

    private record Rule(Pattern pattern, boolean atValue, Function<Matcher, String> reason) {
    }

    /** How Jackson writes a character: 'x' (code 120), or (CTRL-CHAR, code 7); groups 1 and 2, see {@link #found}. */
    private static final String CHAR = "(?:'(.+?)' \\(code [^)]*\\)|\\(CTRL-CHAR, code (\\d+)\\))";
    private static final String UNEXPECTED = "Unexpected character \\(" + CHAR + "\\)(?: in numeric value)?: ";
    private static final String ANY_VALUE = "text in double quotes, a number, true, false, null, a list [ ... ] or an "
            + "object { ... }";
    private static final String NUMBER = "a number is digits with an optional minus sign, decimal point and exponent "
            + "(e.g. -0.5, 3, 1e-3)";
    private static final List<Rule> RULES = List.of(
            rule("Non-standard token '([^']*)'", true, m -> quote(m.group(1)) + " is not a number in JSON; write a "
                    + "finite number such as 0.5"),
            rule("maybe a \\(non-standard\\) comment", false,
                    m -> "comments are not allowed in JSON; delete the comment that starts here"),
            rule(UNEXPECTED + "was expecting double-quote to start field name", false, m -> switch (found(m)) {
                case "'" -> "a field name must be in double quotes, not single quotes";
                case "}" -> "a comma must not come right before }";
                default -> "expected a field name in double quotes, found " + character(found(m));
            }),
            rule(UNEXPECTED + "expected a (valid )?value", false, m -> switch (found(m)) {
                case "'" -> "text must be in double quotes, not single quotes";
                case "]" -> "expected a value, found ]; a list must not end with a comma";
                default -> "expected a value (" + ANY_VALUE + "), found " + character(found(m));
            }),
            rule(UNEXPECTED + "was expecting comma to separate Object entries", false,
                    m -> "expected a comma or } after the field's value, found " + character(found(m))),
            rule(UNEXPECTED + "was expecting comma to separate Array entries", false,
                    m -> "expected a comma or ] after the list's item, found " + character(found(m))),
            rule(UNEXPECTED + "was expecting a colon", false,
                    m -> "expected a colon after the field name, found " + character(found(m))),
            rule("Decimal point not followed by a digit", true,
                    m -> "a decimal point must be followed by a digit (write 1.0, not 1.)"),
            rule("Exponent indicator not followed by a digit|expected a digit for number exponent", true,
                    m -> "an exponent needs digits (write 1e-3, not 1e)"),
            rule("not allow numbers to have plus signs", true, m -> "a number must not start with + (write 1, not +1)"),
            rule("to follow minus sign", true, m -> "a minus sign must be followed by digits"),
            rule("Leading zeroes not allowed", true, m -> "a number must not start with 0 (write 7, not 07)"),
            rule("Unexpected character \\(" + CHAR + "\\) in numeric value", true,
                    m -> "unexpected " + character(found(m)) + " in a number; " + NUMBER),
            rule("Invalid numeric value", true, m -> "a number is written wrongly; " + NUMBER),
            rule("expected a hex-digit for character escape", true,
                    m -> "\\u must be followed by four hex digits (e.g. \\u00e9)"),
            rule("Unexpected character \\(" + CHAR, false, m -> "unexpected " + character(found(m))),
            rule("Unexpected close marker '(.)': expected '(.)' \\(for (?:Object|Array) starting at .*?line: (\\d+), "
                    + "column: (\\d+)", false, m -> "found " + m.group(1) + ", but the " + opening(m.group(2))
                    + " at line " + m.group(3) + ", column " + m.group(4) + " is still open: close it with "
                    + m.group(2) + " first"),
            rule("Unexpected close marker '(.)'", false, m -> "found " + m.group(1) + ", which closes nothing"),
            rule("Expected space separating root-level values", false,
                    m -> "a scenario file holds one JSON object and nothing after it"),
            rule("Unrecognized token '([^']*)'", true, m -> quote(m.group(1)) + " is not a JSON value; text must be "
                    + "in double quotes, and the other values are numbers, true, false and null"),
            rule("Illegal unquoted character \\(" + CHAR + "\\)", true, m -> controlInText(found(m).codePointAt(0))),
            rule("Illegal character \\(" + CHAR + "\\)", false, m -> "the invisible control character "
                    + codePoint(found(m).codePointAt(0)) + " must not stand between values; only spaces, tabs and "
                    + "line breaks may"),
            rule("Unrecognized character escape " + CHAR, true, m -> "a backslash followed by " + character(found(m))
                    + " is not an escape JSON knows; write \\\\ for a backslash (the others are \\\", \\n, \\t and "
                    + "\\uXXXX)"),
            rule("expected close marker for (Object|Array) \\(start marker at .*?line: (\\d+), column: (\\d+)", false,
                    m -> "the file ends before the " + (m.group(1).equals("Object") ? "{" : "[") + " at line "
                            + m.group(2) + ", column " + m.group(3) + " is closed"),
            rule("Unexpected end-of-input: was expecting closing quote", true,
                    m -> "the file ends inside text: its closing \" is missing"),
            rule("Unexpected end-of-input in field name", false, m -> "the file ends inside a field name"),
            rule("Unexpected end-of-input in character escape", true, m -> "the file ends inside a \\ escape"),
            rule("Unexpected end-of-input within/between (Object|Array) entries", false,
                    m -> "the file ends before the " + (m.group(1).equals("Object") ? "object is closed with }"
                            : "list is closed with ]")),
            rule("Unexpected end-of-input", false, m -> "the file ends too early"),
            rule("Duplicate field '([^']*)'", true, m -> "the field " + quote(m.group(1))
                    + " is given twice in one object; keep one"),
            rule("nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)", false,
                    m -> "lists and objects are nested more than " + m.group(2) + " levels deep"),
            rule("(Number value|String value|Name) length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)", true,
                    m -> (m.group(1).equals("Name") ? "a field name" : m.group(1).startsWith("Number") ? "a number"
                            : "a text") + " is " + m.group(2) + " characters long; at most " + m.group(3)
                            + " are allowed"));
    private static final Pattern LOCATION = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+)(?:, column: (\\d+))?]");
    private static final Pattern LIBRARY_DETAIL = Pattern.compile("`[^`]*`|\\s*\\(code [^)]*\\)|:?\\s*enable \\S+ to allow");
    private static final int MAX_QUOTED = 40;

    private JsonSyntax() {
    }

    private static Rule rule(String regex, boolean atValue, Function<Matcher, String> reason) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), atValue, reason);
    }

    /** The reason for Jackson's message about malformed JSON; never null. */
    static Reason explain(String message) {
        String text = message == null ? "" : message;
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(text);
            if (matcher.find()) {
                return new Reason(rule.reason().apply(matcher), rule.atValue());
            }
        }
        String located = LOCATION.matcher(text.lines().findFirst().orElse("")).replaceAll("line $1");
        String scrubbed = LIBRARY_DETAIL.matcher(located).replaceAll("").strip();
        return new Reason(scrubbed.isEmpty() ? "the text is not valid JSON" : scrubbed, false);
    }

    /** The character a rule's {@link #CHAR} matched, whichever way Jackson wrote it. */
    private static String found(Matcher matcher) {
        return matcher.group(1) != null ? matcher.group(1) : Character.toString(Integer.parseInt(matcher.group(2)));
    }

    /** A character as a person can see it: 'x', or its code point when it is invisible. */
    static String character(String character) {
        int c = character.codePointAt(0);
        int type = Character.getType(c);
        boolean visible = !Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.CONTROL
                && type != Character.FORMAT && type != Character.SURROGATE && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE;
        return visible ? "'" + character + "'" : "the invisible character " + codePoint(c);
    }

    /** Text in single quotes, {@link #abbreviate abbreviated}. */
    static String quote(String text) {
        return "'" + abbreviate(text) + "'";
    }

    /** The text, cut to its first {@value #MAX_QUOTED} characters and "..." when it is longer. */
    static String abbreviate(String text) {
        return text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
    }

    private static String controlInText(int code) {
        return switch (code) {
            case '\n', '\r' -> "a line break inside text in quotes must be written \\n";
            case '\t' -> "a tab inside text in quotes must be written \\t";
            default -> "the invisible control character " + codePoint(code) + " inside text in quotes must be written "
                    + String.format(Locale.ROOT, "\\u%04X", code);
        };
    }

    private static String opening(String closing) {
        return closing.equals("}") ? "{" : "[";
    }

    private static String codePoint(int code) {
        return String.format(Locale.ROOT, "U+%04X", code);
    }
}
