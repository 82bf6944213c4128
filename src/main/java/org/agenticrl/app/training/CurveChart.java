package org.agenticrl.app.training;

import java.awt.BasicStroke;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.agenticrl.app.chart.ChartStyle;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.training.TrainingMetrics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One training curve (e.g. success rate against episodes): the current run as a solid line that grows as updates
 * arrive, pinned runs as dashed lines in their own colours. Each point is one update's batch, which is noisy with small
 * batches, so the lines can be smoothed with an exponential moving average (weight {@value #SMOOTHING} on the newest
 * point); hovering shows the value drawn. Change it only on the FX thread.
 */
public final class CurveChart {
    static final double SMOOTHING = 0.1;

    private final String title;
    private final ToDoubleFunction<TrainingMetrics> metric;
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYSeries current = new XYSeries("current run", false, true);
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private int pinCount;
    private boolean smooth = true;
    private List<TrainingMetrics> shownCurve = List.of();
    private List<PinnedRun> shownPins = List.of();
    private Palette palette = Palette.LIGHT;

    /**
     * @param fixedRange the y range [lower, upper] for rates, or null to fit the data
     */
    public CurveChart(String title, ToDoubleFunction<TrainingMetrics> metric, double[] fixedRange) {
        this.title = title;
        this.metric = metric;
        data.addSeries(current);
        renderer.setDrawSeriesLineAsPath(true);
        NumberAxis episodes = new NumberAxis("episodes");
        episodes.setAutoRangeIncludesZero(true);
        NumberAxis values = new NumberAxis();
        if (fixedRange != null) {
            values.setRange(fixedRange[0], fixedRange[1]);
        } else {
            values.setAutoRangeIncludesZero(false);
        }
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> String.format("%s after %s episodes: %s",
                title, Format.fixed(dataset.getXValue(series, item), 0), Format.full(dataset.getYValue(series, item))));
        XYPlot plot = new XYPlot(data, episodes, values, renderer);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setTitle(new TextTitle(title));
        viewer = new ChartViewer(chart);
        viewer.setMinSize(120, 100);
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public String title() {
        return title;
    }

    /** Adds the points the current run has gained since the last call; a shorter curve (a reset) starts over. */
    public void showCurrent(List<TrainingMetrics> curve) {
        shownCurve = curve;
        if (curve.size() < current.getItemCount()) {
            current.clear();
        }
        if (curve.size() == current.getItemCount()) {
            return;
        }
        append(current, curve, current.getItemCount());
        current.fireSeriesChanged();
    }

    /** Adds points from index start on, smoothed from the last point already in the series. */
    private void append(XYSeries series, List<TrainingMetrics> curve, int start) {
        double level = start == 0 ? Double.NaN : series.getY(start - 1).doubleValue();
        for (int i = start; i < curve.size(); i++) {
            double value = metric.applyAsDouble(curve.get(i));
            level = !smooth || Double.isNaN(level) ? value : level + SMOOTHING * (value - level);
            series.add(curve.get(i).episodes(), level, false);
        }
    }

    /** Smooths the lines (an exponential moving average) or shows each update's raw value. */
    public void setSmooth(boolean value) {
        smooth = value;
        current.clear();
        showCurrent(shownCurve);
        showPins(shownPins, palette);
    }

    /** Draws the pinned runs behind the current one. */
    public void showPins(List<PinnedRun> pins, Palette newPalette) {
        shownPins = List.copyOf(pins);
        palette = newPalette;
        chart.setNotify(false);
        while (data.getSeriesCount() > 1) {
            data.removeSeries(0);
        }
        for (int p = 0; p < pins.size(); p++) {
            // Two pins may have the same label (the same settings pinned twice), but a series key must be unique.
            XYSeries series = new XYSeries("pin " + (p + 1) + ": " + pins.get(p).label(), false, true);
            append(series, pins.get(p).curve(), 0);
            data.addSeries(series);
        }
        data.removeSeries(current);
        data.addSeries(current);
        pinCount = pins.size();
        colour(palette);
        chart.setNotify(true);
    }

    /** The number of pinned runs drawn. */
    public int pinsDrawn() {
        return data.getSeriesCount() - 1;
    }

    /** The number of points of the current run drawn. */
    public int points() {
        return current.getItemCount();
    }

    public void restyle(Palette newPalette, double scale) {
        palette = newPalette;
        chart.setNotify(false);
        ChartStyle.apply(chart, palette, scale * 0.9);
        chart.getTitle().setFont(ChartStyle.font(scale * 0.95, java.awt.Font.BOLD));
        colour(palette);
        chart.setNotify(true);
    }

    private void colour(Palette colours) {
        for (int p = 0; p < pinCount; p++) {
            renderer.setSeriesPaint(p, Palette.awt(PinColours.of(colours, p)));
            renderer.setSeriesStroke(p, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {6f, 4f}, 0f));
        }
        renderer.setSeriesPaint(pinCount, Palette.awt(colours.current()));
        renderer.setSeriesStroke(pinCount, new BasicStroke(2.5f));
    }
}
