package org.agenticrl.app.runs;

import java.util.Arrays;
import java.util.List;
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
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.HistogramDataset;

/**
 * The rewards of a step's samples as a histogram of up to {@value #MAX_BINS} equal bins over their range (one bin
 * a unit wide when they are all equal); samples without a reward are left out. Change it only on the FX thread.
 */
final class RewardHistogram {
    static final int MAX_BINS = 20;

    private final XYBarRenderer renderer = new XYBarRenderer(0.05);
    private final CanvasChart chart;
    private final ChartView viewer;

    RewardHistogram() {
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> "rewards "
                + Format.fixed(dataset.getXValue(series, item), 3) + ": "
                + (int) dataset.getYValue(series, item) + " samples");
        NumberAxis count = new ReadableAxis("samples");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(new HistogramDataset(), new NumberAxis("reward"), count, renderer);
        chart = new CanvasChart(plot);
        chart.setTitle(new TextTitle("rewards of the step"));
        viewer = new ChartView(chart, "run-histogram", "Run: rewards of the step", this::style);
        viewer.setMinSize(160, 120);
        ChartZoom.off(viewer);
    }

    void show(List<SampleRow> rows) {
        double[] rewards = rows.stream().mapToDouble(SampleRow::reward).filter(Double::isFinite).toArray();
        Redraw.once(chart, () -> {
            HistogramDataset fresh = new HistogramDataset();
            if (rewards.length > 0) {
                double low = Arrays.stream(rewards).min().orElseThrow();
                double high = Arrays.stream(rewards).max().orElseThrow();
                if (high - low <= 0) {
                    low -= 0.5;
                    high += 0.5;
                }
                int bins = (int) Math.min(MAX_BINS, Math.max(1, Arrays.stream(rewards).distinct().count()));
                fresh.addSeries("rewards", rewards, bins, low, high);
            }
            chart.getXYPlot().setDataset(fresh);
        });
    }

    ChartView viewer() {
        return viewer;
    }

    void restyle(Palette palette, double scale) {
        viewer.restyle(palette, scale);
    }

    private void style(Palette palette, double scale) {
        Redraw.once(chart, () -> {
            ChartStyle.apply(chart, palette, scale);
            renderer.setSeriesPaint(0, Palette.awt(palette.current()));
        });
    }
}
