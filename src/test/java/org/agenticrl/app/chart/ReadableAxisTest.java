package org.agenticrl.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The automatic range and the tick labels of {@link ReadableAxis}, as pure functions. */
class ReadableAxisTest {
    private static final double MARGIN = 0.05;

    /** Whatever the data, the range is finite with a positive length, and data within reach is inside its margins. */
    @ParameterizedTest(name = "[{0}, {1}]")
    @CsvSource({
        "0.35, 0.35", "-0.35, -0.35", "0, 0", "0.005, 0.005", "1e-5, 1e-5", "-1e-5, -1e-5", "2.8e-10, 2.8e-10",
        "-10.3, 0.3", "0, 1", "1e300, 1e300", "1.7e308, 1.7e308", "-1.7e308, -1.7e308", "-1e300, 1e300", "1e305, 1e305", "-1e305, -1e305",
        "-1.7976931348623157e308, 1.7976931348623157e308", "1.7976931348623157e308, 1.7976931348623157e308"})
    void theRangeIsFiniteAndShowsTheData(double lower, double upper) {
        Range range = ReadableAxis.fit(new Range(lower, upper), false, MARGIN, MARGIN);
        assertTrue(Double.isFinite(range.getLength()) && range.getLength() > 0, range.toString());
        if (Math.abs(lower) <= Double.MAX_VALUE / 4 && Math.abs(upper) <= Double.MAX_VALUE / 4) {
            double inset = range.getLength() * MARGIN / (1 + 2 * MARGIN) * 0.99;
            assertTrue(range.getLowerBound() + inset <= lower && upper <= range.getUpperBound() - inset,
                    range + " leaves a margin around the data");
        }
    }

    @Test
    void aConstantGetsARangeAroundItOfATenthOfItsSize() {
        Range range = ReadableAxis.fit(new Range(0.35, 0.35), false, 0, 0);
        assertEquals(0.35 - 0.0175, range.getLowerBound(), 1e-12);
        assertEquals(0.35 + 0.0175, range.getUpperBound(), 1e-12);
    }

    @Test
    void zeroGetsTheNarrowestRangeCentredOnIt() {
        Range range = ReadableAxis.fit(new Range(0, 0), false, 0, 0);
        assertEquals(-ReadableAxis.MIN_SPAN / 2, range.getLowerBound(), 0);
        assertEquals(ReadableAxis.MIN_SPAN / 2, range.getUpperBound(), 0);
    }

    @Test
    void aTinyPositiveConstantIsNotShownAcrossZero() {
        Range range = ReadableAxis.fit(new Range(1e-5, 1e-5), false, 0, 0);
        assertEquals(0, range.getLowerBound(), 0);
        assertEquals(ReadableAxis.MIN_SPAN, range.getUpperBound(), 1e-15);
    }

    @Test
    void dataWideEnoughOnlyGetsItsMargins() {
        Range range = ReadableAxis.fit(new Range(-10, 0.3), false, 0.1, 0.1);
        assertEquals(-10 - 1.03, range.getLowerBound(), 1e-12);
        assertEquals(0.3 + 1.03, range.getUpperBound(), 1e-12);
    }

    @Test
    void includingZeroWidensToZero() {
        Range range = ReadableAxis.fit(new Range(2, 3), true, 0, 0);
        assertEquals(new Range(0, 3), range);
    }

    @ParameterizedTest(name = "{0} at tick size {1} reads \"{2}\"")
    @CsvSource({
        "0.35, 0.005, 0.350", "0.005, 0.0002, 0.0050", "-0.4, 0.2, \u22120.4", "-1e-20, 0.0002, 0.0000",
        "-0.0, 0.5, 0.0", "1500, 500, 1500", "1.02e300, 2e298, 1.020e+300", "0.3500001, 1e-7, 0.3500001",
        "0.1, 1e-30, 0.1000000000"})
    void tickLabelsArePlainDecimalsWithTheDigitsTheTickSizeNeeds(double value, double tickSize, String expected) {
        assertEquals(expected, ReadableAxis.label(value, tickSize));
    }

    @ParameterizedTest(name = "{0} rounds up to {1}")
    @CsvSource({"0.00017, 0.0002", "0.3, 0.5", "1, 1", "6, 10", "2.9e307, 5e307"})
    void tickSizesAreOneTwoOrFiveTimesAPowerOfTen(double size, double expected) {
        assertEquals(expected, ReadableAxis.niceCeiling(size), expected * 1e-12);
    }
}
