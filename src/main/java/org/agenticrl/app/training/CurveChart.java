package org.agenticrl.app.training;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.agenticrl.app.chart.CanvasChart;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.chart.ChartStyle;
import org.agenticrl.app.chart.ReadableAxis;
import org.agenticrl.app.chart.Redraw;
import org.agenticrl.app.chart.ZoomableChart;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.training.TrainingMetrics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One training curve (e.g. success rate against episodes): the current run as a solid line that grows as updates
 * arrive, its newest point marked, pinned runs as dashed lines in their own colours. Each point is one update's
 * batch, which is noisy with small batches, so the lines can be smoothed with an exponential moving average (weight
 * {@value #SMOOTHING} on the newest point); hovering shows the value drawn. The value axis is a {@link ReadableAxis},
 * so one point or a constant series reads right. The chart can be drag-zoomed; a new run returns it to its automatic
 * ranges. Change it only on the FX thread.
 */
public final class CurveChart {
    static final double SMOOTHING = 0.1;
    private static final double MARKER = 8;
    /**
     * Room right of the plot, in lines of the chart's text, for the half of the last tick label ("10,000") that
     * passes the plot's right edge when its tick is near it.
     */
    private static final double RIGHT_MARGIN_LINES = 2;

    private final String title;
    private final ToDoubleFunction<TrainingMetrics> metric;
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYSeries current = new XYSeries("current run", false, true);
    private final XYLineAndShapeRenderer renderer = new NewestPointRenderer();
    private final CanvasChart chart;
    private final ChartView viewer;
    private final ZoomableChart node;
    private int pinCount;
    private boolean smooth = true;
    private List<TrainingMetrics> shownCurve = List.of();
    private List<PinnedRun> shownPins = List.of();
    private Palette palette = Palette.LIGHT;

    /**
     * @param id names the chart's viewer and its exported files, e.g. "success-rate"
     * @param home the values the y axis always shows when not zoomed, e.g. 0 to 1 for rates; null to fit the data
     */
    public CurveChart(String id, String title, ToDoubleFunction<TrainingMetrics> metric, Range home) {
        this.title = title;
        this.metric = metric;
        data.addSeries(current);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setDefaultShape(new Ellipse2D.Double(-MARKER / 2, -MARKER / 2, MARKER, MARKER));
        NumberAxis episodes = new NumberAxis("episodes");
        episodes.setAutoRangeIncludesZero(true);
        episodes.setStandardTickUnits(new NumberTickUnitSource(true));
        ReadableAxis values = new ReadableAxis(null, home);
        values.setAutoRangeIncludesZero(false);
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> title + " after "
                + Format.whole(dataset.getXValue(series, item)) + " episodes: " + Format.full(dataset.getYValue(series, item)));
        XYPlot plot = new XYPlot(data, episodes, values, renderer);
        chart = new CanvasChart(plot);
        chart.setTitle(new TextTitle(title));
        viewer = new ChartView(chart, "curve-" + id, "Learning curve: " + title, this::style);
        viewer.setMinSize(120, 100);
        viewer.legendWhenAlone(() -> pinCount > 0);
        node = new ZoomableChart(viewer);
    }

    /** The chart's viewer: its name, look and slide title. */
    public ChartView viewer() {
        return viewer;
    }

    /** The chart as laid out in the window, with its reset-zoom button. */
    public ZoomableChart node() {
        return node;
    }

    public JFreeChart chart() {
        return chart;
    }

    public String title() {
        return title;
    }

    /**
     * Adds the points the current run has gained since the last call; a shorter curve is a new run: the line starts
     * over and any zoom is undone.
     */
    public void showCurrent(List<TrainingMetrics> curve) {
        shownCurve = curve;
        boolean newRun = curve.size() < current.getItemCount();
        if (!newRun && curve.size() == current.getItemCount()) {
            return;
        }
        Redraw.once(chart, () -> {
            if (newRun) {
                current.clear();
                node.resetZoom();
            }
            append(current, curve, current.getItemCount());
            current.fireSeriesChanged();
        });
    }

    /**
     * Adds points from index start on, smoothed from the last point already in the series. The average is written
     * so that it cannot overflow between finite values.
     */
    private void append(XYSeries series, List<TrainingMetrics> curve, int start) {
        double level = start == 0 ? Double.NaN : series.getY(start - 1).doubleValue();
        for (int i = start; i < curve.size(); i++) {
            double value = metric.applyAsDouble(curve.get(i));
            level = !smooth || Double.isNaN(level) ? value : (1 - SMOOTHING) * level + SMOOTHING * value;
            series.add(curve.get(i).episodes(), level, false);
        }
    }

    /** Smooths the lines (an exponential moving average) or shows each update's raw value; the chart redraws once. */
    public void setSmooth(boolean value) {
        smooth = value;
        Redraw.once(chart, () -> {
            current.clear();
            showCurrent(shownCurve);
            showPins(shownPins, palette);
        });
    }

    /** Draws the pinned runs behind the current one. */
    public void showPins(List<PinnedRun> pins, Palette newPalette) {
        shownPins = List.copyOf(pins);
        palette = newPalette;
        Redraw.once(chart, () -> {
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
        });
    }

    /** The number of pinned runs drawn. */
    public int pinsDrawn() {
        return data.getSeriesCount() - 1;
    }

    /** The number of points of the current run drawn. */
    public int points() {
        return current.getItemCount();
    }

    /** Draws the chart in the theme's colours at the window's text scale; see {@link ChartView#restyle}. */
    public void restyle(Palette newPalette, double scale) {
        viewer.restyle(newPalette, scale);
    }

    private void style(Palette newPalette, double scale) {
        palette = newPalette;
        Redraw.once(chart, () -> {
            ChartStyle.apply(chart, palette, scale);
            RectangleInsets insets = chart.getXYPlot().getInsets();
            chart.getXYPlot().setInsets(new RectangleInsets(insets.getTop(), insets.getLeft(), insets.getBottom(),
                    RIGHT_MARGIN_LINES * ChartStyle.bodySize(scale)));
            colour(palette);
        });
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

    /**
     * Lines, plus a marker on the current run's newest point and on any run that has a single point, which a line
     * alone would not draw.
     */
    private final class NewestPointRenderer extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;

        NewestPointRenderer() {
            super(true, false);
        }

        @Override
        public boolean getItemShapeVisible(int series, int item) {
            int count = data.getItemCount(series);
            return item == count - 1 && (series == pinCount || count == 1);
        }
    }
}
