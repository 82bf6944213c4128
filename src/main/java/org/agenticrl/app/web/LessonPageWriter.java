package org.agenticrl.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agenticrl.app.lesson.CaptionSpans;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.session.AtomicWrite;

/**
 * Writes a {@link LessonPage} as one self-contained HTML document: no file or address outside it is ever asked for
 * (pictures are data URLs, charts inline SVG, script and styles inline), so it opens from {@code file://} and works
 * offline. Its Content-Security-Policy allows only its own inline script and style sheet (by their hashes), pictures
 * from data URLs and nothing else, no network at all; every text from the lesson or its scenario is escaped. The whole
 * lesson is in the document, every chapter shown: the script hides those not on show, so that the page prints whole
 * and reads without scripts. Stateless.
 */
public final class LessonPageWriter {
    private static final String STYLE = resource("lesson-page.css");
    private static final String SCRIPT = resource("lesson-page.js");

    private LessonPageWriter() {
    }

    /**
     * Writes the page to target in one step (a failure leaves the old file, or none), readable by everyone, as a page
     * to share is.
     *
     * @return the page's size in bytes
     */
    public static long write(LessonPage page, Path target) throws IOException {
        byte[] html = html(page).getBytes(StandardCharsets.UTF_8);
        AtomicWrite.write(target, html);
        try {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file has its folder's permissions.
        }
        return html.length;
    }

    /** The page as HTML. */
    public static String html(LessonPage page) {
        InlineSvg charts = new InlineSvg();
        Map<String, String> pictures = new LinkedHashMap<>();
        String body = body(page, charts, pictures);
        String style = colours() + STYLE + charts.css();
        String csp = "default-src 'none'; script-src '" + hash(SCRIPT) + "'; style-src '" + hash(style)
                + "'; img-src data:; base-uri 'none'; form-action 'none'";
        String app = "Agentic RL Visualizer " + page.appVersion();
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"color-scheme\" content=\"light dark\">\n"
                + "<meta name=\"generator\" content=\"" + Html.escape(app) + "\">\n"
                + "<title>" + Html.escape(page.title()) + " \u00b7 " + Html.escape(app) + "</title>\n"
                + "<style>" + style + "</style>\n</head>\n<body>\n" + body
                + "<script>" + SCRIPT + "</script>\n</body>\n</html>\n";
    }

    private static String body(LessonPage page, InlineSvg charts, Map<String, String> pictures) {
        int count = page.chapters().size();
        StringBuilder html = new StringBuilder(1 << 20);
        html.append("<header class=\"top\">\n<p class=\"app\">")
                .append(Html.escape("Agentic RL Visualizer " + page.appVersion())).append(" \u00b7 a lesson</p>\n")
                .append("<h1>").append(Html.escape(page.title())).append("</h1>\n</header>\n")
                .append("<nav class=\"bar js-only\" aria-label=\"Chapters\">")
                .append("<button type=\"button\" data-go=\"-1\" aria-label=\"Previous chapter\">\u2190</button>")
                .append("<span class=\"mark\" data-mark aria-live=\"polite\">1 / ").append(count).append("</span>")
                .append("<button type=\"button\" data-go=\"1\" aria-label=\"Next chapter\">\u2192</button>")
                .append("<details class=\"toc\"><summary>Chapters</summary><ol>\n");
        for (LessonPage.Chapter chapter : page.chapters()) {
            html.append("<li><a href=\"#chapter=").append(chapter.number()).append("\" data-chapter-link=\"")
                    .append(chapter.number()).append("\">").append(Html.escape(chapter.title())).append("</a></li>\n");
        }
        html.append("</ol></details></nav>\n<main>\n<p class=\"notice\" role=\"status\" hidden></p>\n");
        for (LessonPage.Chapter chapter : page.chapters()) {
            chapter(html, chapter, count, charts, pictures);
        }
        html.append("</main>\n<footer>\n<p>Exported from ").append(Html.escape("Agentic RL Visualizer "
                + page.appVersion())).append(". The page works offline and asks the network for nothing. Keys: "
                + "\u2190 and \u2192 or Page Up and Page Down move between chapters.</p>\n");
        if (!page.leftOut().isEmpty()) {
            html.append("<p>Left out, because they could not be drawn:</p>\n<ul class=\"left-out\">\n");
            for (LessonPage.LeftOut left : page.leftOut()) {
                html.append("<li>").append(Html.escape("Chapter " + left.number() + ", " + left.title() + ": "
                        + left.reason())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</footer>\n<svg class=\"pictures\" aria-hidden=\"true\" width=\"0\" height=\"0\"><defs>\n");
        pictures.forEach((png, id) -> html.append("<image id=\"").append(id).append("\" x=\"0\" y=\"0\" width=\"100%\" "
                + "height=\"100%\" preserveAspectRatio=\"none\" href=\"data:image/png;base64,").append(png).append("\"/>\n"));
        return html.append("</defs></svg>\n").toString();
    }

    private static void chapter(StringBuilder html, LessonPage.Chapter chapter, int count, InlineSvg charts,
                                Map<String, String> pictures) {
        int number = chapter.number();
        html.append("<article class=\"chapter\" id=\"chapter-").append(number).append("\" data-chapter=\"")
                .append(number).append("\" aria-labelledby=\"title-").append(number).append("\">\n")
                .append("<p class=\"chapter-mark\">").append(number).append(" / ").append(count).append("</p>\n")
                .append("<h2 id=\"title-").append(number).append("\">").append(Html.escape(chapter.title()))
                .append("</h2>\n<p class=\"caption\">");
        for (CaptionSpans.Span span : chapter.caption()) {
            html.append(span.emphasised() ? "<em>" + Html.lines(span.text()) + "</em>" : Html.lines(span.text()));
        }
        html.append("</p>\n");
        if (!chapter.views().isEmpty()) {
            html.append("<figure class=\"view").append(chapter.views().size() > 1 ? " both" : "")
                    .append("\" aria-label=\"The chapter's view in the app\">\n<div class=\"looks\">\n");
            for (LessonPage.View view : chapter.views()) {
                view(html, view, charts, pictures);
            }
            html.append("</div>\n<figcaption class=\"js-only\"><button type=\"button\" data-actual-size>Actual size"
                    + "</button> the picture at the app's own size, to scroll around in</figcaption>\n</figure>\n");
        }
        chapter.live().ifPresent(live -> html.append(LivePanel.html(number, live))
                .append("<script type=\"application/json\" data-live=\"").append(number).append("\">")
                .append(LivePanel.json(live)).append("</script>\n"));
        html.append("</article>\n");
    }

    /**
     * A view in one look: its picture (each distinct picture is written once, at the end of the page, and used where
     * it is shown: chapters that show the same view share it), its charts over it, the ring around its evidence.
     */
    private static void view(StringBuilder html, LessonPage.View view, InlineSvg charts, Map<String, String> pictures) {
        String width = InlineSvg.number(view.width());
        String height = InlineSvg.number(view.height());
        String picture = pictures.computeIfAbsent(Base64.getEncoder().encodeToString(view.png()),
                png -> "pic-" + (pictures.size() + 1));
        html.append("<svg class=\"look ").append(view.dark() ? "dark" : "light").append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<use href=\"#").append(picture).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\"/>\n");
        for (LessonPage.Chart chart : view.charts()) {
            LessonPage.Box shown = chart.shown();
            String box = InlineSvg.number(shown.x()) + " " + InlineSvg.number(shown.y()) + " "
                    + InlineSvg.number(shown.width()) + " " + InlineSvg.number(shown.height());
            html.append("<svg x=\"").append(InlineSvg.number(shown.x())).append("\" y=\"")
                    .append(InlineSvg.number(shown.y())).append("\" width=\"").append(InlineSvg.number(shown.width()))
                    .append("\" height=\"").append(InlineSvg.number(shown.height())).append("\" viewBox=\"").append(box)
                    .append("\">").append(charts.place(chart.svg(), chart.whole())).append("</svg>\n");
        }
        view.focus().ifPresent(focus -> html.append("<rect class=\"focus\" x=\"").append(InlineSvg.number(focus.x()))
                .append("\" y=\"").append(InlineSvg.number(focus.y())).append("\" width=\"")
                .append(InlineSvg.number(focus.width())).append("\" height=\"").append(InlineSvg.number(focus.height()))
                .append("\"/>\n"));
        html.append("</svg>\n");
    }

    /** The themes' colours, from the app's palettes: light, and dark where the system asks for it. */
    private static String colours() {
        return ":root{" + variables(Palette.LIGHT) + "}\n@media (prefers-color-scheme: dark){:root{"
                + variables(Palette.DARK) + "}}\n";
    }

    private static String variables(Palette palette) {
        StringBuilder css = new StringBuilder();
        for (Map.Entry<String, String> colour : palette.lookedUpColours().entrySet()) {
            css.append('-').append(colour.getKey()).append(':').append(colour.getValue()).append(';');
        }
        return css.toString();
    }

    /** The CSP source of an inline script or style sheet: its SHA-256, as the browser computes it. */
    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = LessonPageWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the build left out " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
