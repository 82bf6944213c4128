package org.agenticrl.app.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chart drawn headless into an image of a realistic size, as the window draws it, so that a test can measure what
 * a person would see: where the data area is, which tick labels an axis wrote, which colours are where. Drawing
 * lays the chart out: JFreeChart computes its axis ranges and tick units while it draws.
 */
public final class Drawn {
    private final BufferedImage image;
    private final ChartRenderingInfo info = new ChartRenderingInfo();

    private Drawn(JFreeChart chart, int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle(width, height), null, info);
        g2.dispose();
    }

    /** Draws the chart on the FX thread, where charts are changed. */
    public static Drawn draw(JFreeChart chart, int width, int height) {
        return onFx(() -> new Drawn(chart, width, height));
    }

    /** Runs work on the FX thread and waits for its result. */
    public static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("work on the FX thread failed", e);
        }
    }

    public BufferedImage image() {
        return image;
    }

    public Rectangle2D dataArea() {
        return info.getPlotInfo().getDataArea();
    }

    /** The labels of the major ticks the axis draws along that edge of the data area, in order. */
    public List<String> tickLabels(ValueAxis axis, RectangleEdge edge) {
        Graphics2D g2 = image.createGraphics();
        try {
            return axis.refreshTicks(g2, new AxisState(), dataArea(), edge).stream()
                    .filter(tick -> ((ValueTick) tick).getTickType() == TickType.MAJOR).map(tick -> ((Tick) tick).getText())
                    .toList();
        } finally {
            g2.dispose();
        }
    }

    /** Where a data point of an XY plot is drawn. */
    public Point2D at(XYPlot plot, double x, double y) {
        return new Point2D.Double(plot.getDomainAxis().valueToJava2D(x, dataArea(), plot.getDomainAxisEdge()),
                plot.getRangeAxis().valueToJava2D(y, dataArea(), plot.getRangeAxisEdge()));
    }

    /** How many pixels of the square within {@code half} pixels of a point have (nearly) the colour. */
    public int pixelsNear(Point2D at, int half, Color colour) {
        return count((int) Math.round(at.getX()) - half, (int) Math.round(at.getY()) - half, 2 * half + 1,
                2 * half + 1, colour);
    }

    /** How many pixels of the rectangle have (nearly) the colour. */
    public int count(Rectangle2D area, Color colour) {
        Rectangle pixels = area.getBounds();
        return count(pixels.x, pixels.y, pixels.width, pixels.height, colour);
    }

    private int count(int left, int top, int width, int height, Color colour) {
        int found = 0;
        for (int x = Math.max(0, left); x < Math.min(image.getWidth(), left + width); x++) {
            for (int y = Math.max(0, top); y < Math.min(image.getHeight(), top + height); y++) {
                found += near(new Color(image.getRGB(x, y)), colour) ? 1 : 0;
            }
        }
        return found;
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue()) <= 60;
    }
}
