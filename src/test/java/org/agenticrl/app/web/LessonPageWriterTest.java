package org.agenticrl.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agenticrl.app.lesson.CaptionSpans;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.loss.StepLoss;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.training.UpdateTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page as HTML: whatever the lesson or its scenario says is text, never markup; the Content-Security-Policy
 * names the hashes of the page's own script and style sheet and allows nothing else; no address leads out of the
 * page; pictures that repeat are written once.
 */
class LessonPageWriterTest {
    private static final String SCRIPT = "<script>alert('caption')</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";
    private static final String TOKEN = "<b>\"'&";
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @TempDir
    Path folder;

    private static LessonPage hostile() {
        LessonPage.View view = new LessonPage.View(false, PNG, 640, 360, List.of(new LessonPage.Chart(
                "<svg viewBox='0 0 10 10'><text style='fill:rgb(1,2,3)'>&lt;script&gt;</text></svg>",
                new LessonPage.Box(0, 0, 10, 10), new LessonPage.Box(0, 0, 10, 5))),
                Optional.of(new LessonPage.Box(1, 2, 3, 4)));
        LossBreakdown losses = new LossBreakdown(LossSettings.notebook(), List.of(new StepLoss(1, 0.4, 0.4, 0.2, 0.2,
                -7.63, 1.526)), 0.326, Map.of(SftVariant.NOTEBOOK, 6.813, SftVariant.EXACT, 3.0),
                Map.of(KlVariant.NOTEBOOK, 0.5, KlVariant.EXACT, 0.0), 1.013);
        UpdateTerms terms = new UpdateTerms(1.0, List.of(new UpdateTerms.At(new Context("", 0), new double[] {0, 1},
                new double[] {0.25, 0.75}, new double[] {0.1, -0.1}, new double[] {0, 0}, new double[] {0, 0})));
        LiveChapter live = new LiveChapter(0.1, 0.01, 3, losses, Optional.of(new LiveChapter.Tokens(
                "Step 1, token 1: after '" + TOKEN + "'", List.of(TOKEN, "ok"), 0, terms, new double[] {0.2, 0.8},
                Optional.empty())));
        return new LessonPage("1.0 " + SCRIPT, "Lesson " + SCRIPT, List.of(
                new LessonPage.Chapter(1, "Title " + IMAGE, CaptionSpans.of("Caption " + SCRIPT + " *" + IMAGE
                        + "*\nsecond line"), List.of(view), Optional.of(live)),
                new LessonPage.Chapter(2, "Same view", CaptionSpans.of("The same picture."), List.of(view),
                        Optional.empty())),
                List.of(new LessonPage.LeftOut(3, "Gone " + IMAGE, "the run " + SCRIPT + " is gone")));
    }

    @Test
    void everyTextFromTheLessonOrItsScenarioIsEscaped() {
        String html = LessonPageWriter.html(hostile());
        assertFalse(html.contains(IMAGE) || html.contains(SCRIPT) || html.contains(TOKEN), html);
        assertTrue(html.contains("<title>Lesson &lt;script&gt;alert(&#39;caption&#39;)&lt;/script&gt; \u00b7 "));
        assertTrue(html.contains("<h2 id=\"title-1\">Title &lt;img src=x onerror=alert(1)&gt;</h2>"));
        assertTrue(html.contains("<em>&lt;img src=x onerror=alert(1)&gt;</em><br>second line"));
        assertTrue(html.contains("data-token=\"&lt;b&gt;&quot;&#39;&amp;\""));
        assertTrue(html.contains("Gone &lt;img src=x onerror=alert(1)&gt;: the run &lt;script&gt;"));
        assertEquals(1, count(html, "<script>"), "one script runs: the page's own");
        assertEquals(1, count(html, "<script type=\"application/json\" data-live=\"1\">"));
        assertEquals(0, count(html, "<img"));
    }

    @Test
    void thePolicyAllowsOnlyThePagesOwnScriptAndStylesAndNoNetwork() throws Exception {
        String html = LessonPageWriter.html(hostile());
        Matcher policy = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">")
                .matcher(html);
        assertTrue(policy.find());
        String script = between(html, "<script>", "</script>");
        String style = between(html, "<style>", "</style>");
        assertEquals("default-src 'none'; script-src '" + sha256(script) + "'; style-src '" + sha256(style)
                + "'; img-src data:; base-uri 'none'; form-action 'none'", policy.group(1));
        assertFalse(Pattern.compile("\\sstyle\\s*=").matcher(html).find(), "no style attribute: the policy refuses them");
        Matcher addresses = Pattern.compile("(?:src|href)\\s*=\\s*[\"']([^\"']*)").matcher(html);
        int found = 0;
        while (addresses.find()) {
            assertTrue(addresses.group(1).startsWith("#") || addresses.group(1).startsWith("data:image/png;base64,"),
                    addresses.group(1));
            found++;
        }
        assertTrue(found > 0);
    }

    @Test
    void aPictureShownByTwoChaptersIsWrittenOnce() {
        String html = LessonPageWriter.html(hostile());
        assertEquals(1, count(html, Base64.getEncoder().encodeToString(PNG)));
        assertEquals(2, count(html, "<use href=\"#pic-1\""));
    }

    @Test
    void thePageIsWrittenWholeAndReadableByEveryone() throws Exception {
        Path target = folder.resolve("lesson.html");
        long bytes = LessonPageWriter.write(hostile(), target);
        assertEquals(Files.size(target), bytes);
        assertEquals(LessonPageWriter.html(hostile()), Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(target));
        try (var left = Files.list(folder)) {
            assertEquals(List.of(target), left.toList(), "no temporary file stays");
        }
    }

    private static String between(String html, String open, String close) {
        int start = html.indexOf(open) + open.length();
        return html.substring(start, html.indexOf(close, start));
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            found++;
        }
        return found;
    }
}
