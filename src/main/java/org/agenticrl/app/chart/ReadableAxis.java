package org.agenticrl.app.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.agenticrl.app.common.Format;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * A value axis that stays readable whatever the data: one point, a constant series, all zeros or values near the
 * largest double. Its automatic range (see {@link #fit}) is never narrower than {@value #RELATIVE_SPAN} of the
 * values' magnitude nor than {@value #MIN_SPAN}, so a constant shows as a level line with a few distinct ticks; it
 * has at most {@value #MAX_TICKS} tick intervals (fewer when the labels need the room); its tick labels are plain
 * decimals written as {@link Format#fixed} writes them (a real minus sign, never "−0", scientific notation only from
 * a million on). Zooming leaves the automatic range; {@code setAutoRange(true)} comes back to it.
 */
public class ReadableAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    /** The narrowest automatic range, as a share of the values' magnitude. */
    static final double RELATIVE_SPAN = 0.1;
    /** The narrowest automatic range around values that are zero or nearly so. */
    static final double MIN_SPAN = 1e-3;
    static final int MAX_TICKS = 6;
    /** Ranges are worked out at this fraction of the data's scale (exactly, a power of two) so nothing overflows. */
    private static final double SCALE = 16;
    private static final int MAX_DECIMALS = 10;

    private final Range home;

    /** An axis that fits the plot's data. */
    public ReadableAxis(String label) {
        this(label, null);
    }

    /**
     * @param home the values the automatic range always shows (e.g. 0 to 1 for a rate), whatever the data; null to
     *             fit the data
     */
    public ReadableAxis(String label, Range home) {
        super(label);
        this.home = home;
        setNumberFormatOverride(new TickLabels(number -> label(number, getTickUnit().getSize())));
    }

    /**
     * The automatic range for some finite data: widened around its middle to the narrowest range allowed (not across
     * zero when the data is on one side of it), then the margins added, as shares of the widened span. The range is
     * finite with a positive length even for data near the largest double; data reaching beyond half of it on both
     * sides is partly drawn off the plot.
     */
    static Range fit(Range data, boolean includeZero, double lowerMargin, double upperMargin) {
        double lower = (includeZero ? Math.min(data.getLowerBound(), 0) : data.getLowerBound()) / SCALE;
        double upper = (includeZero ? Math.max(data.getUpperBound(), 0) : data.getUpperBound()) / SCALE;
        double narrowest = Math.max(MIN_SPAN / SCALE, RELATIVE_SPAN * Math.max(Math.abs(lower), Math.abs(upper)));
        if (upper - lower < narrowest) {
            double middle = lower / 2 + upper / 2;
            lower = middle - narrowest / 2;
            upper = middle + narrowest / 2;
            if (data.getLowerBound() > 0 && lower < 0) {
                upper -= lower;
                lower = 0;
            } else if (data.getUpperBound() < 0 && upper > 0) {
                lower -= upper;
                upper = 0;
            }
        }
        double span = upper - lower;
        lower -= lowerMargin * span;
        upper += upperMargin * span;
        lower = Math.max(-Double.MAX_VALUE, lower * SCALE);
        upper = Math.min(Double.MAX_VALUE, upper * SCALE);
        if (Double.isInfinite(upper - lower)) {
            lower = Math.max(lower, -Double.MAX_VALUE / 2);
            upper = Math.min(upper, Double.MAX_VALUE / 2);
        }
        return new Range(lower, upper);
    }

    /** The smallest tick size of 1, 2 or 5 times a power of ten that is at least the given size. */
    static double niceCeiling(double size) {
        double power = Math.pow(10, Math.floor(Math.log10(size)));
        double fraction = size / power;
        return power * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }

    /** A tick label: as many decimals as the tick size needs. */
    static String label(double value, double tickSize) {
        int decimals = (int) Math.ceil(-Math.log10(tickSize) - 1e-9);
        return Format.fixed(value, Math.max(0, Math.min(MAX_DECIMALS, decimals)));
    }

    @Override
    protected void autoAdjustRange() {
        Range data = home;
        if (data == null && getPlot() instanceof ValueAxisPlot plot) {
            data = plot.getDataRange(this);
        }
        Range shown = fit(data == null ? getDefaultAutoRange() : data, getAutoRangeIncludesZero(), getLowerMargin(),
                getUpperMargin());
        setRange(shown, false, false);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        double fewest = getRange().getLength() / MAX_TICKS;
        if (getTickUnit().getSize() < fewest) {
            setTickUnit(new NumberTickUnit(niceCeiling(fewest)), false, false);
        }
    }
}
