package org.agenticrl.engine.environment;

import java.util.function.Function;

/**
 * Reads the tool call out of any generated text. The format is the one every observation asks for,
 * {@code Action: tool(input)}: the marker {@code Action:}, a tool name, and a parenthesised argument whose
 * parentheses balance. The first such call in the text is the action; text before it is the reasoning.
 * Unlike the seed's {@code parse_action}, nothing is hard-coded: "Action: calculate( 2 * 4 )" reads as calculate, "2*4".
 * Stateless and thread-safe; never throws on any input string.
 */
public final class ActionParser {
    public static final String MARKER = "Action:";

    private final Function<String, ArgumentStyle> styleOfTool;

    /** @param styleOfTool how each tool name's argument is normalised (never returns null) */
    public ActionParser(Function<String, ArgumentStyle> styleOfTool) {
        this.styleOfTool = styleOfTool;
    }

    /** @param text any text, null treated as empty */
    public ParsedAction parse(String text) {
        String input = text == null ? "" : text;
        int marker = input.indexOf(MARKER);
        if (marker < 0) {
            return new ParsedAction.Unparseable("no '" + MARKER + "' in the text");
        }
        String firstProblem = null;
        while (marker >= 0) {
            Attempt attempt = callAfter(input, marker + MARKER.length());
            if (attempt.call != null) {
                return attempt.call;
            }
            if (firstProblem == null) {
                firstProblem = attempt.problem;
            }
            marker = input.indexOf(MARKER, marker + MARKER.length());
        }
        return new ParsedAction.Unparseable(firstProblem);
    }

    private record Attempt(ParsedAction.ToolCall call, String problem) {
    }

    private Attempt callAfter(String text, int start) {
        int i = skipWhitespace(text, start);
        int nameStart = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        if (i == nameStart) {
            return new Attempt(null, "'" + MARKER + "' is not followed by a tool name");
        }
        String name = text.substring(nameStart, i);
        i = skipWhitespace(text, i);
        if (i >= text.length() || text.charAt(i) != '(') {
            return new Attempt(null, "'" + MARKER + " " + name + "' is not followed by '('");
        }
        int close = matchingParenthesis(text, i);
        if (close < 0) {
            return new Attempt(null, "'" + name + "(' has no closing ')'");
        }
        String argument = styleOfTool.apply(name).normalize(text.substring(i + 1, close));
        return new Attempt(new ParsedAction.ToolCall(name, argument), null);
    }

    private static int skipWhitespace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int matchingParenthesis(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
