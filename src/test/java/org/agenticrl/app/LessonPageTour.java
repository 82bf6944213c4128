package org.agenticrl.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Not a test: writes a built-in lesson as a web page (the seed notebook's unless {@code -Dtour.lesson=ID}) and takes
 * pictures of some of its chapters (1, 7, 11 and 13 unless {@code -Dtour.chapters=2,3,6}) as WebView shows them on a
 * laptop (1280×720) and a phone (375×812), for people to look at. It runs only when asked:
 * {@code mvn test -Dtest=LessonPageTour -Dtour.dir=DIR}.
 */
class LessonPageTour {
    private static final String DIRECTORY = System.getProperty("tour.dir");
    private static final String LESSON = System.getProperty("tour.lesson", "seed-notebook");
    private static final int[] CHAPTERS = Arrays.stream(System.getProperty("tour.chapters", "1,7,11,13").split(","))
            .mapToInt(chapter -> Integer.parseInt(chapter.strip())).toArray();

    @Test
    void lessonInWebView() throws Exception {
        assumeTrue(DIRECTORY != null, "run with -Dtour.dir=DIR to take the pictures");
        Path folder = Files.createDirectories(Path.of(DIRECTORY));
        Path page = folder.resolve(LESSON + ".html");
        BrowserPage.startToolkit();
        LessonFrames.webPage(new LessonFrames.PageRequest(LESSON, page, 1280, 720, 1.0, true, true));
        for (int[] size : new int[][] {{1280, 720}, {375, 812}}) {
            for (int chapter : CHAPTERS) {
                try (BrowserPage shown = BrowserPage.open(URI.create(page.toUri() + "#chapter=" + chapter), size[0],
                        size[1], true)) {
                    shown.picture(folder.resolve("webview-" + chapter + "-" + size[0] + "x" + size[1] + ".png"));
                }
            }
        }
    }
}
