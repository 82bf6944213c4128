package org.agenticrl.app.web;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A chart as it is on screen, drawn as an SVG element for a web page: the drawing of File ▸ Export ▸ Chart as SVG
 * (JFreeChart into JFreeSVG, vector shapes and text as text) at the chart's size on screen, so that it covers the
 * chart's place in a picture of its view exactly. Call on the FX thread, where the chart's data changes.
 */
final class OnScreenChartSvg {
    private OnScreenChartSvg() {
    }

    /**
     * The chart drawn at width × height pixels, as an {@code <svg>} element with that view box and no size of its own.
     *
     * @param ids prefixes the ids the drawing defines (its clip paths), so that several charts can share one page
     */
    static String of(ChartViewer viewer, double width, double height, String ids) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        graphics.setDefsKeyPrefix(ids);
        viewer.getChart().draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        return graphics.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
    }
}
