package org.agenticrl.app.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
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
    /**
     * The furthest an automatic range reaches: JFreeChart's tick sizes stop at 5e300, so a wider range would need
     * more ticks than it draws. Values beyond are drawn off the plot.
     */
    static final double LIMIT = 1e301;
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
        setNumberFormatOverride(new TickFormat());
    }

    /**
     * The automatic range for some data: widened around its middle to the narrowest range allowed (not across zero
     * when the data is on one side of it), then the margins added, as shares of the widened span, and kept within
     * ±{@value #LIMIT} with a positive length.
     */
    static Range fit(Range data, boolean includeZero, double lowerMargin, double upperMargin) {
        double lower = includeZero ? Math.min(data.getLowerBound(), 0) : data.getLowerBound();
        double upper = includeZero ? Math.max(data.getUpperBound(), 0) : data.getUpperBound();
        double narrowest = Math.max(MIN_SPAN, RELATIVE_SPAN * Math.max(Math.abs(lower), Math.abs(upper)));
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
        return new Range(Math.max(-LIMIT, Math.min(lower, LIMIT / 2)), Math.min(LIMIT, Math.max(upper, -LIMIT / 2)));
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
            setTickUnit((NumberTickUnit) getStandardTickUnits().getCeilingTickUnit(fewest), false, false);
        }
    }

    /** Writes tick labels with {@link #label} at the axis's current tick size; it only writes, never parses. */
    private final class TickFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(label(number, getTickUnit().getSize()));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("tick labels are written, not read");
        }
    }
}
