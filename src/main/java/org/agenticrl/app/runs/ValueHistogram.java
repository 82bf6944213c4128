package org.agenticrl.app.runs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agenticrl.app.chart.CanvasChart;
import org.agenticrl.app.chart.ChartStyle;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.chart.ChartZoom;
import org.agenticrl.app.chart.ReadableAxis;
import org.agenticrl.app.chart.Redraw;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.theme.Palette;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.statistics.HistogramDataset;

/**
 * Values (the rewards of a step's samples, their response lengths) as a histogram of up to {@value #MAX_BINS} equal
 * bins over their range (one bin a unit wide when they are all equal), one series per named group (a step) over the
 * same bins; values that are not finite are left out. Change it only on the FX thread.
 */
final class ValueHistogram {
    static final int MAX_BINS = 20;

    private final XYBarRenderer renderer = new XYBarRenderer(0.05);
    private final CanvasChart chart;
    private final ChartView viewer;

    private final LegendTitle legend;
    private final String title;

    /** @param what the values' name on the axis, e.g. "reward" */
    ValueHistogram(String title, String what, String id) {
        this.title = title;
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> dataset.getSeriesKey(series) + ", " + what + " "
                + Format.fixed(dataset.getXValue(series, item), 3) + ": "
                + (int) dataset.getYValue(series, item) + " samples");
        NumberAxis count = new ReadableAxis("samples");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(new HistogramDataset(), new NumberAxis(what), count, renderer);
        chart = RunCharts.titled(plot, title);
        legend = RunCharts.legend(plot);
        viewer = RunCharts.viewer(chart, id, this::style, 160, 120);
        ChartZoom.off(viewer);
    }

    /** One series of values. */
    void show(String name, double[] values) {
        show(Map.of(name, values));
    }

    /** A series per name, in the map's order, over the same bins; a legend when there are several. */
    void show(Map<String, double[]> series) {
        Map<String, double[]> finite = new LinkedHashMap<>();
        series.forEach((name, values) -> finite.put(name, Arrays.stream(values).filter(Double::isFinite).toArray()));
        double[] all = finite.values().stream().flatMapToDouble(Arrays::stream).toArray();
        Redraw.once(chart, () -> {
            HistogramDataset fresh = new HistogramDataset();
            if (all.length > 0) {
                double low = Arrays.stream(all).min().orElseThrow();
                double high = Arrays.stream(all).max().orElseThrow();
                if (high - low <= 0) {
                    low -= 0.5;
                    high += 0.5;
                }
                int bins = (int) Math.min(MAX_BINS, Math.max(1, Arrays.stream(all).distinct().count()));
                for (Map.Entry<String, double[]> values : finite.entrySet()) {
                    if (values.getValue().length > 0) {
                        fresh.addSeries(values.getKey(), values.getValue(), bins, low, high);
                    }
                }
            }
            chart.getXYPlot().setDataset(fresh);
            RunCharts.showLegend(chart, legend, fresh.getSeriesCount());
        });
    }

    ChartView viewer() {
        return viewer;
    }

    String title() {
        return title;
    }

    /** Draws the chart in the theme's colours at the window's text scale; see {@link ChartView#restyle}. */
    void restyle(Palette palette, double scale) {
        viewer.restyle(palette, scale);
    }

    private void style(Palette palette, double scale) {
        Redraw.once(chart, () -> {
            ChartStyle.apply(chart, palette, scale);
            ChartStyle.legend(legend, palette, scale);
            List<String> colours = StepChart.colours(palette);
            for (int s = 0; s < colours.size(); s++) {
                renderer.setSeriesPaint(s, Palette.awt(colours.get(s)));
            }
        });
    }
}
