package org.agenticrl.app.chart;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A JFreeChart drawn as an SVG document with JFreeSVG: the same drawing code as on screen, into vector shapes and
 * text elements, so a slide can scale it to any size. Text stays text (searchable, editable in a drawing program).
 */
public final class ChartSvg {
    private ChartSvg() {
    }

    /**
     * The chart drawn at this size, in pixels, as a complete SVG document.
     *
     * @throws IllegalArgumentException if a size is not a positive finite number
     */
    public static String of(JFreeChart chart, double width, double height) {
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("an SVG needs a positive size, got " + width + " x " + height);
        }
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        return graphics.getSVGDocument();
    }
}
