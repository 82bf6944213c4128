package org.agenticrl.app.runs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agenticrl.app.chart.ChartSentences;
import org.agenticrl.app.common.Format;

/**
 * Values in named groups (a step's rewards, several steps' response lengths) binned for one histogram: up to
 * {@value #MAX_BINS} equal bins over the finite values' range (a bin a unit wide around them when they are all equal),
 * as many as there are distinct values when fewer; values that are not finite are left out, and so are groups left
 * with none.
 *
 * @param series each group's finite values, in the order given, empty groups left out
 * @param low the first bin's lower edge
 * @param high the last bin's upper edge
 * @param bins how many bins; 0 when there is no finite value at all
 */
record HistogramBins(Map<String, double[]> series, double low, double high, int bins) {
    static final int MAX_BINS = 20;

    static HistogramBins of(Map<String, double[]> values) {
        Map<String, double[]> finite = new LinkedHashMap<>();
        values.forEach((name, group) -> {
            double[] kept = Arrays.stream(group).filter(Double::isFinite).toArray();
            if (kept.length > 0) {
                finite.put(name, kept);
            }
        });
        double[] all = finite.values().stream().flatMapToDouble(Arrays::stream).toArray();
        if (all.length == 0) {
            return new HistogramBins(finite, 0, 1, 0);
        }
        double low = Arrays.stream(all).min().orElseThrow();
        double high = Arrays.stream(all).max().orElseThrow();
        if (high - low <= 0) {
            low -= 0.5;
            high += 0.5;
        }
        int bins = (int) Math.min(MAX_BINS, Arrays.stream(all).distinct().count());
        return new HistogramBins(finite, low, high, bins);
    }

    /** A bar's tooltip: "step 3, reward 0.500: 12 samples". */
    static String tooltip(String series, String what, double binCentre, double count) {
        return series + ", " + what + " " + Format.fixed(binCentre, 3) + ": " + Math.round(count) + " samples";
    }

    /** The histogram in words, for screen readers: "step 3: 64 values from 0 to 1, mean 0.42" per group. */
    String spoken() {
        List<String> parts = series.entrySet().stream().map(group -> group.getKey() + ": " + group.getValue().length
                + (group.getValue().length == 1 ? " value" : " values") + " from "
                + Format.compact(Arrays.stream(group.getValue()).min().orElseThrow()) + " to "
                + Format.compact(Arrays.stream(group.getValue()).max().orElseThrow()) + ", mean "
                + Format.compact(Arrays.stream(group.getValue()).average().orElseThrow())).toList();
        return ChartSentences.listed(parts);
    }
}
