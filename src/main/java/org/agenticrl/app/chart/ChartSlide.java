package org.agenticrl.app.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.agenticrl.app.theme.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart drawn for a slide: at the size asked for (not scaled from its size on screen), with its text sized for that
 * picture rather than for the window, and topped by its slide title ({@link ChartView#slideTitle}), which says its
 * context and settings; with a legend where the window shows the chart's legend outside it. The same drawing gives a
 * PNG picture and an SVG document (vector shapes, text as text). The chart on screen is left as it was. Call on the
 * FX thread, where the chart's data changes.
 */
public final class ChartSlide {
    /** The text scale of a chart drawn at 1600 × 900 (the default slide size): its body text 24 pixels high. */
    static final double TEXT_SCALE = 2.0;
    /** The smallest text scale, for the smallest pictures: text stays readable and the plot gets crowded instead. */
    static final double MIN_TEXT_SCALE = 0.8;
    private static final double TITLE_SCALE = 1.1;

    private ChartSlide() {
    }

    /**
     * The chart drawn as a picture of exactly width × height pixels.
     *
     * @throws IllegalArgumentException if a side is not positive
     */
    public static BufferedImage png(ChartView view, int width, int height) {
        requirePositive(width, height);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = picture.createGraphics();
        try {
            draw(view, width, height, chart -> chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height)));
        } finally {
            graphics.dispose();
        }
        return picture;
    }

    /**
     * The chart drawn at width × height pixels as a complete SVG document.
     *
     * @throws IllegalArgumentException if a side is not positive
     */
    public static String svg(ChartView view, int width, int height) {
        requirePositive(width, height);
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        draw(view, width, height, chart -> chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height)));
        return graphics.getSVGDocument();
    }

    /**
     * The text scale of a picture of that size: {@value #TEXT_SCALE} at the default slide size, in proportion to the
     * picture's smaller side relative to that, and never below {@value #MIN_TEXT_SCALE}.
     */
    static double textScale(int width, int height) {
        return Math.max(MIN_TEXT_SCALE, TEXT_SCALE * Math.min(width / (double) SlideSizeModel.DEFAULT_WIDTH,
                height / (double) SlideSizeModel.DEFAULT_HEIGHT));
    }

    private static void requirePositive(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a slide needs a positive size, got " + width + " x " + height);
        }
    }

    private static void draw(ChartView view, int width, int height, Consumer<JFreeChart> drawing) {
        double scale = textScale(width, height);
        JFreeChart chart = view.getChart();
        view.drawnAt(scale, () -> {
            TextTitle onScreen = chart.getTitle();
            LegendTitle legend = view.addLegendWhenAlone(scale);
            try {
                chart.setTitle(title(view.slideTitle(), view.palette(), scale));
                drawing.accept(chart);
            } finally {
                chart.setTitle(onScreen);
                if (legend != null) {
                    chart.removeSubtitle(legend);
                }
            }
        });
    }

    private static TextTitle title(String text, Palette palette, double scale) {
        Font font = ChartStyle.font(scale * TITLE_SCALE, Font.BOLD);
        TextTitle title = new TextTitle(text, font, Palette.awt(palette.foreground()), RectangleEdge.TOP,
                HorizontalAlignment.CENTER, VerticalAlignment.CENTER,
                new RectangleInsets(font.getSize2D() * 0.3, font.getSize2D(), font.getSize2D() * 0.5, font.getSize2D()));
        title.setMaximumLinesToDisplay(3);
        return title;
    }
}
