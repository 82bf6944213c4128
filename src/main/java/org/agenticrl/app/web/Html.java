package org.agenticrl.app.web;

/**
 * Text made safe for an HTML page: whatever a lesson, its scenario or a user typed becomes characters, never markup.
 * Stateless.
 */
final class Html {
    private Html() {
    }

    /**
     * The text escaped for an element's content or a quoted attribute's value: {@code & < > " '} become character
     * references, so no tag, attribute or script can start in it.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The text escaped, with its line breaks kept as {@code <br>}. */
    static String lines(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>");
    }
}
