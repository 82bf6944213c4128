package org.agenticrl.app.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * A caption cut into plain and emphasised runs: {@code *word*} is emphasised, a lone {@code *} is kept as text. Line
 * breaks stay in the runs. Stateless.
 */
public final class CaptionSpans {
    /** A run of a caption's text. */
    public record Span(String text, boolean emphasised) {
    }

    private CaptionSpans() {
    }

    public static List<Span> of(String caption) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        while (from < caption.length()) {
            int open = caption.indexOf('*', from);
            int close = open < 0 ? -1 : caption.indexOf('*', open + 1);
            if (close < 0) {
                spans.add(new Span(caption.substring(from), false));
                break;
            }
            if (open > from) {
                spans.add(new Span(caption.substring(from, open), false));
            }
            if (close > open + 1) {
                spans.add(new Span(caption.substring(open + 1, close), true));
            }
            from = close + 1;
        }
        return spans;
    }
}
