package org.agenticrl.app.web;

import java.util.List;
import java.util.Optional;
import org.agenticrl.app.lesson.CaptionSpans;

/**
 * A lesson as one web page, before it is written: the app's version, the lesson's title, what the page shows of each
 * chapter and the chapters it leaves out. Immutable.
 *
 * @param chapters in the lesson's order
 * @param leftOut the chapters that could not be drawn, with the reason
 */
public record LessonPage(String appVersion, String title, List<Chapter> chapters, List<LeftOut> leftOut) {
    public LessonPage {
        chapters = List.copyOf(chapters);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * One chapter.
     *
     * @param number its number in the lesson, counting from 1
     * @param views its view in each look the page carries, light first
     * @param live the numbers the page recomputes, when the chapter shows the token distribution or the loss panel
     */
    public record Chapter(int number, String title, List<CaptionSpans.Span> caption, List<View> views,
                          Optional<LiveChapter> live) {
        public Chapter {
            caption = List.copyOf(caption);
            views = List.copyOf(views);
        }
    }

    /**
     * A chapter's view in one look, in CSS pixels (the window's pixels): a picture of it with the charts left blank,
     * each chart to be drawn over it, and where the evidence the caption talks about is.
     *
     * @param png the picture, at twice the view's size
     * @param width the view's width
     * @param height the view's height
     */
    public record View(boolean dark, byte[] png, double width, double height, List<Chart> charts, Optional<Box> focus) {
        public View {
            charts = List.copyOf(charts);
        }
    }

    /**
     * A chart of the view.
     *
     * @param svg the chart drawn at its size on screen: an SVG element for the page (see {@link InlineSvg})
     * @param whole where the whole chart is
     * @param shown the part of it that is on screen (a chart in a scrolled view may be partly out of sight)
     */
    public record Chart(String svg, Box whole, Box shown) {
    }

    /** A rectangle in the view, in CSS pixels from its top left corner. */
    public record Box(double x, double y, double width, double height) {
    }

    /** A chapter the page does not show, and why. */
    public record LeftOut(int number, String title, String reason) {
    }
}
