package org.agenticrl.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Not a test: writes the seed notebook lesson as a web page and takes pictures of chapters 1, 7, 11 and 13 as
 * WebView shows them on a laptop (1280×720) and a phone (375×812), for people to look at. It runs only when asked:
 * {@code mvn test -Dtest=LessonPageTour -Dtour.dir=DIR}.
 */
class LessonPageTour {
    private static final String DIRECTORY = System.getProperty("tour.dir");

    @Test
    void seedLessonInWebView() throws Exception {
        assumeTrue(DIRECTORY != null, "run with -Dtour.dir=DIR to take the pictures");
        Path folder = Files.createDirectories(Path.of(DIRECTORY));
        Path page = folder.resolve("seed-notebook.html");
        BrowserPage.startToolkit();
        LessonFrames.webPage(new LessonFrames.PageRequest("seed-notebook", page, 1280, 720, 1.0, true, true));
        for (int[] size : new int[][] {{1280, 720}, {375, 812}}) {
            for (int chapter : new int[] {1, 7, 11, 13}) {
                try (BrowserPage shown = BrowserPage.open(URI.create(page.toUri() + "#chapter=" + chapter), size[0],
                        size[1], true)) {
                    shown.picture(folder.resolve("webview-" + chapter + "-" + size[0] + "x" + size[1] + ".png"));
                }
            }
        }
    }
}
