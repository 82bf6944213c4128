package org.agenticrl.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;

/**
 * A chart without a title or a legend of its own (its owner adds them), which sets the graphics' font, paint and
 * stroke before it draws anything. On screen it is drawn by jfreechart-fx's ChartCanvas through FXGraphics2D, which
 * skips a font, paint or stroke equal to the one it set last; but ChartCanvas wraps each drawing in the
 * GraphicsContext's save and restore, which undoes the last one behind FXGraphics2D's back. Without this reset the
 * first text of a drawing in the font the previous drawing ended with came out in the canvas's default font (seen:
 * the per-term chart's tick labels and legend at 12 pixels while shown across the window).
 */
public final class CanvasChart extends JFreeChart {
    private static final long serialVersionUID = 1L;
    /** A font, paint and stroke no chart draws with. */
    private static final Font RESET_FONT = new Font(Font.DIALOG, Font.PLAIN, 1);
    private static final Color RESET_PAINT = new Color(1, 2, 3, 0);
    private static final BasicStroke RESET_STROKE = new BasicStroke(0.123f);

    public CanvasChart(Plot plot) {
        super(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, ChartRenderingInfo info) {
        g2.setFont(RESET_FONT);
        g2.setPaint(RESET_PAINT);
        g2.setStroke(RESET_STROKE);
        super.draw(g2, area, anchor, info);
    }
}
