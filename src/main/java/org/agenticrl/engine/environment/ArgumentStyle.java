package org.agenticrl.engine.environment;

/** How a tool wants the text between its parentheses. */
public enum ArgumentStyle {
    /** All white space removed, as the seed's calculator does with {@code expr.replace(' ', '')}: "5 + 3" becomes "5+3". */
    COMPACT,
    /** Runs of white space become one space, ends trimmed: "capital  of france " becomes "capital of france". */
    WORDS;

    public String normalize(String raw) {
        return this == COMPACT ? raw.replaceAll("\\s+", "") : raw.strip().replaceAll("\\s+", " ");
    }
}
