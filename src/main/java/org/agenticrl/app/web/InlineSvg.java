package org.agenticrl.app.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Charts drawn by JFreeSVG, made fit for a page whose Content-Security-Policy allows no style attribute: each distinct
 * style attribute becomes a class, and its declarations a rule of the page's one style sheet ({@link #css()}). Keeps
 * the rules of every chart it was given; not thread-safe.
 */
final class InlineSvg {
    /** JFreeSVG writes every attribute in single quotes and escapes quotes in values. */
    private static final Pattern STYLE = Pattern.compile("style='([^']*)'");
    /** What a declaration may not hold: it would end the rule or the style element. */
    private static final Pattern UNSAFE = Pattern.compile("[<>{}\\\\]");

    private final Map<String, String> classes = new LinkedHashMap<>();

    /**
     * The element (an {@code <svg>} with a view box and no size) with its style attributes replaced by classes and
     * placed in its parent's coordinates at the box.
     */
    String place(String element, LessonPage.Box box) {
        if (!element.startsWith("<svg ")) {
            throw new IllegalArgumentException("not an SVG element: " + element.substring(0, Math.min(20,
                    element.length())));
        }
        Matcher styles = STYLE.matcher(element);
        StringBuilder placed = new StringBuilder(element.length());
        while (styles.find()) {
            String declarations = UNSAFE.matcher(styles.group(1)).replaceAll("");
            String name = classes.computeIfAbsent(declarations, key -> "sv" + classes.size());
            styles.appendReplacement(placed, "class='" + name + "'");
        }
        styles.appendTail(placed);
        placed.insert("<svg".length(), " x='" + number(box.x()) + "' y='" + number(box.y()) + "' width='"
                + number(box.width()) + "' height='" + number(box.height()) + "'");
        return placed.toString();
    }

    /** The rule of every class given out so far, one a line. */
    String css() {
        StringBuilder css = new StringBuilder();
        classes.forEach((declarations, name) -> css.append('.').append(name).append('{').append(declarations)
                .append("}\n"));
        return css.toString();
    }

    /** A coordinate as SVG takes it: ASCII, at most two decimals. */
    static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }
}
