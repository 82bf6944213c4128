package org.agenticrl.app.sweep;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Viridis, the colour-blind-safe sequential scale (dark purple for the lowest value, yellow for the highest), between
 * two bounds; values outside are clamped, and a missing value (NaN: a cell not trained yet) gets the pending paint.
 */
final class ViridisScale implements PaintScale {
    private static final Color[] ANCHORS = {new Color(0x440154), new Color(0x482878), new Color(0x3e4989),
        new Color(0x31688e), new Color(0x26828e), new Color(0x1f9e89), new Color(0x35b779), new Color(0x6ece58),
        new Color(0xb5de2b), new Color(0xfde725)};

    private final double lower;
    private final double upper;
    private final Paint pending;

    /** @param lower less than upper */
    ViridisScale(double lower, double upper, Paint pending) {
        this.lower = lower;
        this.upper = upper;
        this.pending = pending;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return pending;
        }
        return colour(value);
    }

    /** The scale's colour of a value, clamped to the bounds. */
    Color colour(double value) {
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (ANCHORS.length - 1);
        int from = Math.min((int) t, ANCHORS.length - 2);
        double f = t - from;
        Color a = ANCHORS[from];
        Color b = ANCHORS[from + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}
