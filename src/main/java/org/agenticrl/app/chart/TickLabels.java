package org.agenticrl.app.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.function.DoubleFunction;

/**
 * An axis's tick labels written by a function (one of {@link org.agenticrl.app.common.Format}'s, so that ticks read
 * as every other number on screen, in every locale); JFreeChart takes them as a NumberFormat. It only writes, never
 * parses.
 */
final class TickLabels extends NumberFormat {
    private static final long serialVersionUID = 1L;

    private final transient DoubleFunction<String> label;

    TickLabels(DoubleFunction<String> label) {
        this.label = label;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label.apply(number));
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
