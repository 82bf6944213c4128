package org.agenticrl.app.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A histogram's bins over one or several groups of values, without JavaFX. */
class HistogramBinsTest {
    @Test
    void binsSpanEveryGroupsFiniteValuesAndAreAtMostTwenty() {
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("step 1", new double[] {0, 0.5, Double.NaN});
        groups.put("step 2", java.util.stream.IntStream.range(0, 50).mapToDouble(i -> i / 10.0).toArray());
        groups.put("step 3", new double[] {Double.POSITIVE_INFINITY});
        HistogramBins bins = HistogramBins.of(groups);
        assertEquals(0, bins.low());
        assertEquals(4.9, bins.high());
        assertEquals(HistogramBins.MAX_BINS, bins.bins());
        assertEquals(List.of("step 1", "step 2"), List.copyOf(bins.series().keySet()), "a group with nothing finite goes");
        assertArrayEquals(new double[] {0, 0.5}, bins.series().get("step 1"));
    }

    @Test
    void equalValuesGetOneBinAUnitWideAndFewDistinctValuesABinEach() {
        HistogramBins equal = HistogramBins.of(Map.of("rewards", new double[] {1, 1, 1}));
        assertEquals(0.5, equal.low());
        assertEquals(1.5, equal.high());
        assertEquals(1, equal.bins());
        assertEquals(3, HistogramBins.of(Map.of("rewards", new double[] {0, 1, 1, 2})).bins());
        assertEquals(0, HistogramBins.of(Map.of("rewards", new double[] {Double.NaN})).bins());
    }

    @Test
    void aBarSaysItsGroupItsValueAndItsCount() {
        assertEquals("step 3, reward \u22120.250: 12 samples", HistogramBins.tooltip("step 3", "reward", -0.25, 12));
    }

    @Test
    void histogramsSayHowManyValuesTheirRangeAndMean() {
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("step 3", new double[] {0, 1, 0.5});
        groups.put("step 4", new double[0]);
        assertEquals("step 3: 3 values from 0 to 1, mean 0.5", HistogramBins.of(groups).spoken());
    }
}
