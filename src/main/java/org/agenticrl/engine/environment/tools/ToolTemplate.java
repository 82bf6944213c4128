package org.agenticrl.engine.environment.tools;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tool's output line with placeholders: {@value #INPUT} stands for the agent's argument, {@value #VALUE} for what the
 * tool found. Filled in one pass, so an argument that itself reads "{value}" is printed as written. Immutable.
 */
public final class ToolTemplate {
    public static final String INPUT = "{input}";
    public static final String VALUE = "{value}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(input|value)}");

    private final String text;

    /** @param text the line, e.g. "Current weather in {input}: {value}" */
    public ToolTemplate(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public boolean mentions(String placeholder) {
        return text.contains(placeholder);
    }

    /** The line with {@value #INPUT} replaced by input and {@value #VALUE} by value. */
    public String fill(String input, String value) {
        Map<String, String> values = Map.of(INPUT, input, VALUE, value);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder line = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(line, Matcher.quoteReplacement(values.get(matcher.group())));
        }
        matcher.appendTail(line);
        return line.toString();
    }
}
