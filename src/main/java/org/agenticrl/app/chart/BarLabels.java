package org.agenticrl.app.chart;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

/**
 * Value labels at the end of bars that are never cut off at the plot's edge: a label goes past its bar's end when
 * the plot has room for it there, else inside the bar's end in black or white, whichever reads on the bar; and it is
 * moved as far as needed to stay within the plot (see {@link #place}). A renderer calls {@link #draw} from its
 * drawItemLabel; the plot is the area drawing is clipped to, which a plot sets to its data area while it renders.
 */
public final class BarLabels {
    /** The end of a bar that its label belongs to: where a bar growing rightwards, upwards or downwards ends. */
    public enum End {
        RIGHT, TOP, BOTTOM
    }

    /** Where a label goes: its box, and whether that is inside the bar. */
    record Placement(Rectangle2D box, boolean inside) {
    }

    private BarLabels() {
    }

    /**
     * Draws a label at one end of a bar, in the graphics' current font, within its clip.
     *
     * @param gap the space between the bar's end and the label
     * @param paint the label's paint when it is past the bar's end
     * @param barPaint the bar's paint, which a label inside the bar must read on
     * @throws IllegalStateException if the graphics has no clip, which a plot always sets while it renders
     */
    public static void draw(Graphics2D g2, String label, Rectangle2D bar, End end, double gap, Paint paint,
                            Paint barPaint) {
        Placement placement = place(g2, label, bar, end, gap);
        write(g2, label, placement, paint, barPaint);
    }

    /**
     * Draws a label at the right end of a bar as {@link #draw} does, unless it would overlap a label already drawn
     * beside it (a neighbouring bar's, in a group of bars): then right of that one, if the plot has room there, else
     * not at all.
     *
     * @param drawn the box of the label drawn beside this bar, or null for none
     * @return the box the label was drawn in; empty when there was no room for it
     */
    public static Optional<Rectangle2D> drawClearOf(Graphics2D g2, String label, Rectangle2D bar, double gap,
                                                    Paint paint, Paint barPaint, Rectangle2D drawn) {
        Placement placement = place(g2, label, bar, End.RIGHT, gap);
        if (drawn != null && placement.box().intersects(drawn)) {
            Rectangle2D box = placement.box();
            Rectangle2D moved = new Rectangle2D.Double(drawn.getMaxX() + gap, box.getY(), box.getWidth(),
                    box.getHeight());
            if (moved.getMaxX() > g2.getClip().getBounds2D().getMaxX()) {
                return Optional.empty();
            }
            placement = new Placement(moved, false);
        }
        write(g2, label, placement, paint, barPaint);
        return Optional.of(placement.box());
    }

    private static Placement place(Graphics2D g2, String label, Rectangle2D bar, End end, double gap) {
        Shape clip = g2.getClip();
        if (clip == null) {
            throw new IllegalStateException("bar labels are drawn while a plot renders, clipped to its data area");
        }
        Rectangle2D size = TextUtils.getTextBounds(label, g2, g2.getFontMetrics());
        return place(size.getWidth(), size.getHeight(), bar, end, clip.getBounds2D(), gap);
    }

    private static void write(Graphics2D g2, String label, Placement placement, Paint paint, Paint barPaint) {
        g2.setPaint(placement.inside() ? ChartStyle.textOn(barPaint) : paint);
        TextUtils.drawAlignedString(label, g2, (float) placement.box().getCenterX(),
                (float) placement.box().getCenterY(), TextAnchor.CENTER);
    }

    /**
     * Where a label of that size goes: inside the bar's end when it is longer than the room past the end and the bar
     * has more room than that, else past the end; centred on the bar across it; then moved as little as needed to lie
     * within the plot (onto the bar's end, for a label longer than both rooms).
     */
    static Placement place(double width, double height, Rectangle2D bar, End end, Rectangle2D plot, double gap) {
        boolean across = end == End.RIGHT;
        double outside = switch (end) {
            case RIGHT -> plot.getMaxX() - bar.getMaxX();
            case TOP -> bar.getMinY() - plot.getMinY();
            case BOTTOM -> plot.getMaxY() - bar.getMaxY();
        } - gap;
        double length = across ? width : height;
        boolean inside = length > outside && (across ? bar.getWidth() : bar.getHeight()) - gap > outside;
        double step = (inside ? -1 : 1) * (gap + length / 2);
        double x = within(across ? bar.getMaxX() + step : bar.getCenterX(), plot.getMinX(), plot.getMaxX(), width);
        double y = within(switch (end) {
            case RIGHT -> bar.getCenterY();
            case TOP -> bar.getMinY() - step;
            case BOTTOM -> bar.getMaxY() + step;
        }, plot.getMinY(), plot.getMaxY(), height);
        return new Placement(new Rectangle2D.Double(x - width / 2, y - height / 2, width, height), inside);
    }

    /** A centre near the wanted one for a label of that extent to lie between the bounds (its start if it cannot). */
    private static double within(double centre, double min, double max, double extent) {
        return Math.max(min + extent / 2, Math.min(centre, max - extent / 2));
    }
}
