package org.agenticrl.app.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;

/**
 * A chart to show in a ChartViewer, with no title or legend of JFreeChart's making (its owner adds its own). It draws
 * every frame in its own fonts and colours: the viewer's canvas draws each frame between a save and a restore of its
 * graphics context, which puts the context's font and fill back to their defaults, while the FXGraphics2D it reuses
 * remembers the font and paint it set last and skips setting them again when asked for equal ones. A chart whose
 * first text in a frame was in the font it ended the frame before with was written in the 13 px system font (the
 * token and term charts after a session was opened). So each frame starts by making the graphics forget both.
 */
public final class CanvasChart extends JFreeChart {
    private static final long serialVersionUID = 1L;
    private static final Font FORGET_FONT = new Font(Font.DIALOG, Font.PLAIN, 1);
    private static final Color FORGET_PAINT = new Color(0, 0, 0, 0);

    public CanvasChart(Plot plot) {
        super(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, ChartRenderingInfo info) {
        g2.setFont(FORGET_FONT);
        g2.setPaint(FORGET_PAINT);
        super.draw(g2, area, anchor, info);
    }
}
