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
import org.jfree.chart.entity.CategoryLabelEntity;
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

    /** What the drawing recorded: the data area, and an entity (with its area) for each item drawn. */
    public ChartRenderingInfo info() {
        return info;
    }

    public Rectangle2D dataArea() {
        return info.getPlotInfo().getDataArea();
    }

    /** The labels of the major ticks the axis draws along that edge of the data area, in order. */
    public List<String> tickLabels(ValueAxis axis, RectangleEdge edge) {
        Graphics2D g2 = image.createGraphics();
        try {
            return majorTicks(axis, edge, g2).stream().map(Tick::getText).toList();
        } finally {
            g2.dispose();
        }
    }

    private List<ValueTick> majorTicks(ValueAxis axis, RectangleEdge edge, Graphics2D g2) {
        List<?> ticks = axis.refreshTicks(g2, new AxisState(), dataArea(), edge);
        return ticks.stream().map(ValueTick.class::cast).filter(tick -> tick.getTickType() == TickType.MAJOR).toList();
    }

    /**
     * Whether two neighbouring tick labels of the axis overlap (or touch) as drawn along that edge: the distance
     * between their ticks is less than half their widths (heights, on a vertical axis) added up.
     */
    public boolean tickLabelsOverlap(ValueAxis axis, RectangleEdge edge) {
        Graphics2D g2 = image.createGraphics();
        try {
            List<ValueTick> ticks = majorTicks(axis, edge, g2);
            var metrics = g2.getFontMetrics(axis.getTickLabelFont());
            for (int i = 1; i < ticks.size(); i++) {
                double apart = Math.abs(axis.valueToJava2D(ticks.get(i).getValue(), dataArea(), edge)
                        - axis.valueToJava2D(ticks.get(i - 1).getValue(), dataArea(), edge));
                Rectangle2D a = metrics.getStringBounds(ticks.get(i - 1).getText(), g2);
                Rectangle2D b = metrics.getStringBounds(ticks.get(i).getText(), g2);
                double needed = RectangleEdge.isTopOrBottom(edge) ? (a.getWidth() + b.getWidth()) / 2
                        : (a.getHeight() + b.getHeight()) / 2;
                if (apart <= needed) {
                    return true;
                }
            }
            return false;
        } finally {
            g2.dispose();
        }
    }

    /**
     * The boxes of the major tick labels the axis draws along that edge of the data area: each label's width and
     * height in the axis's tick font, centred on its tick along the edge, its other side at the data area's edge
     * (JFreeChart draws it a few pixels further out). Enough to tell whether a label runs past the chart's sides.
     */
    public List<Rectangle2D> tickLabelBoxes(ValueAxis axis, RectangleEdge edge) {
        Graphics2D g2 = image.createGraphics();
        try {
            var metrics = g2.getFontMetrics(axis.getTickLabelFont());
            return majorTicks(axis, edge, g2).stream().map(tick -> {
                Rectangle2D size = metrics.getStringBounds(tick.getText(), g2);
                double at = axis.valueToJava2D(tick.getValue(), dataArea(), edge);
                double width = size.getWidth();
                double height = size.getHeight();
                Rectangle2D area = dataArea();
                if (RectangleEdge.isTopOrBottom(edge)) {
                    double y = edge == RectangleEdge.TOP ? area.getMinY() - height : area.getMaxY();
                    return (Rectangle2D) new Rectangle2D.Double(at - width / 2, y, width, height);
                }
                double x = edge == RectangleEdge.LEFT ? area.getMinX() - width : area.getMaxX();
                return (Rectangle2D) new Rectangle2D.Double(x, at - height / 2, width, height);
            }).toList();
        } finally {
            g2.dispose();
        }
    }

    /** The boxes of the category labels the drawing wrote (each category axis records where it wrote each label). */
    public List<Rectangle2D> categoryLabelBoxes() {
        return info.getEntityCollection().getEntities().stream().filter(CategoryLabelEntity.class::isInstance)
                .map(entity -> ((CategoryLabelEntity) entity).getArea().getBounds2D()).toList();
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
