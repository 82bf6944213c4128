package org.agenticrl.app.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.agenticrl.app.common.Bar;
import org.agenticrl.app.common.Format;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * What a chart shows, in words, for screen readers ({@link ChartView#summarisedBy}): read from the data the chart
 * draws, so that it says what is on screen. Stateless; numbers through {@link Format}.
 */
public final class ChartSentences {
    /** The most series or categories a sentence names; the rest are counted. */
    static final int NAMED = 6;
    static final String EMPTY = "nothing drawn yet";

    private ChartSentences() {
    }

    /** "22 tokens, the largest need 79.2%, chosen calculate( 40.0%". */
    public static String bars(List<Bar> bars) {
        if (bars.isEmpty()) {
            return EMPTY;
        }
        Bar largest = bars.stream().max(Comparator.comparingDouble(Bar::probability)).orElseThrow();
        String chosen = bars.stream().filter(Bar::chosen).findFirst()
                .map(bar -> ", chosen " + bar.token() + " " + Format.percent(bar.probability())).orElse("");
        return bars.size() + (bars.size() == 1 ? " token" : " tokens") + ", the largest " + largest.token() + " "
                + Format.percent(largest.probability()) + chosen;
    }

    /**
     * Each line of an XY plot, every dataset's: "mean return: 40 points, last 0.93 at episode 2000"; the x axis's
     * label names the x values.
     */
    public static String lines(XYPlot plot) {
        String x = plot.getDomainAxis() == null || plot.getDomainAxis().getLabel() == null ? "x"
                : plot.getDomainAxis().getLabel();
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
                int n = data.getItemCount(s);
                if (n > 0) {
                    lines.add(data.getSeriesKey(s) + ": " + n + (n == 1 ? " point" : " points") + ", last "
                            + Format.compact(data.getYValue(s, n - 1)) + " at " + x + " "
                            + Format.compact(data.getXValue(s, n - 1)));
                }
            }
        }
        return listed(lines);
    }

    /** Each category with its value in each series: "need: L_RL +3.10, λ1·L_SFT 0.00, λ2·L_KL −0.20". */
    public static String categories(CategoryDataset data) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < data.getColumnCount(); c++) {
            int column = c;
            parts.add(data.getColumnKey(c) + ": " + IntStream.range(0, data.getRowCount())
                    .mapToObj(r -> data.getRowKey(r) + " " + signed(data.getValue(r, column)))
                    .collect(Collectors.joining(", ")));
        }
        return listed(parts);
    }

    /** Named values, in order: "L_RL −0.180, λ1·L_SFT 0.050, total −0.130". */
    public static String named(List<String> names, double[] values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(names.get(i) + " " + Format.fixed(values[i], 3));
        }
        return listed(parts);
    }

    /**
     * Parts of a sentence joined with "; ", the first few only and how many more; {@link #EMPTY}'s words when there
     * are none.
     */
    public static String listed(List<String> parts) {
        if (parts.isEmpty()) {
            return EMPTY;
        }
        String shown = String.join("; ", parts.subList(0, Math.min(NAMED, parts.size())));
        return parts.size() > NAMED ? shown + "; and " + (parts.size() - NAMED) + " more" : shown;
    }

    private static String signed(Number value) {
        return value == null ? Format.NOT_A_NUMBER : Format.signed(value.doubleValue(), 2);
    }
}
