package org.agenticrl.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Markdown file as a code-hosting site renders it, reduced to what links need: the targets of its links and
 * images, and the anchors its headings get. Text in fenced code blocks and in code spans is neither a link nor a
 * heading.
 */
final class MarkdownPage {
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(```|~~~).*?^ {0,3}\\1[^\\n]*$", Pattern.DOTALL);
    /** A code span, its text in group 2; it never crosses a blank line. */
    private static final Pattern CODE_SPAN =
            Pattern.compile("(`+)(?!`)((?:(?!\\n[ \\t]*\\n).)+?)(?<!`)\\1(?!`)", Pattern.DOTALL);
    /** A link or image, its target in group 1; the text may hold one level of brackets. */
    private static final Pattern LINK = Pattern.compile(
            "!?\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.*?)[ \\t#]*$");
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private static final Pattern NOT_IN_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    private final Path file;
    private final String outsideFences;

    private MarkdownPage(Path file, String text) {
        this.file = file;
        this.outsideFences = FENCE.matcher(text).replaceAll("");
    }

    /** Reads {@code file} (UTF-8). */
    static MarkdownPage read(Path file) throws IOException {
        return new MarkdownPage(file, Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A page of the given text, as if it were {@code file}; for testing this class. */
    static MarkdownPage of(Path file, String text) {
        return new MarkdownPage(file, text);
    }

    Path file() {
        return file;
    }

    /** Every link and image target that is not a URL with a scheme (http:, mailto:, …), in order of appearance. */
    List<String> relativeTargets() {
        List<String> targets = new ArrayList<>();
        Matcher link = LINK.matcher(CODE_SPAN.matcher(outsideFences).replaceAll(""));
        while (link.find()) {
            String target = link.group(1);
            if (!SCHEME.matcher(target).find()) {
                targets.add(target);
            }
        }
        return targets;
    }

    /**
     * The anchors of this page's headings as GitHub makes them: lower case, every character but letters, marks,
     * numbers, {@code _}, {@code -} and spaces dropped, spaces made hyphens; a repeated anchor gets -1, -2, ….
     */
    Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher heading = HEADING.matcher(CODE_SPAN.matcher(outsideFences).replaceAll("$2"));
        while (heading.find()) {
            String slug = slug(heading.group(1));
            int times = seen.merge(slug, 1, Integer::sum);
            anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
        }
        return anchors;
    }

    /** The anchor GitHub gives a heading of this text (a link shows its text; code marks are already gone). */
    static String slug(String heading) {
        String text = INLINE_LINK.matcher(heading).replaceAll("$1").toLowerCase(Locale.ROOT);
        return NOT_IN_SLUG.matcher(text).replaceAll("").replace(' ', '-');
    }
}
