package org.agenticrl.app.runs;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.agenticrl.app.chart.CanvasChart;
import org.agenticrl.app.chart.ChartStyle;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.chart.ReadableAxis;
import org.agenticrl.app.chart.Redraw;
import org.agenticrl.app.chart.ZoomableChart;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.runs.StepSummary;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalDataItem;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A chart of the run over its training steps: one line per curve with a point per step, and for a curve that has one
 * a shaded band (the reward's p10 to p90). Clicking the chart opens the step nearest the click. A curve with no value
 * at a step (an accuracy the format lacks) has no point there. Change it only on the FX thread.
 */
final class StepChart {
    /**
     * A line of the chart: its name, its own steps (null: the chart's; another run's, or a validation series), each
     * step's value (null for none) and band (null for none).
     */
    record Curve(String name, List<StepSummary> steps, Function<StepSummary, Double> value,
                 Function<StepSummary, Range> band) {
        Curve(String name, Function<StepSummary, Double> value, Function<StepSummary, Range> band) {
            this(name, null, value, band);
        }
    }

    private static final double MARKER = 7;
    private static final float BAND_ALPHA = 0.22f;

    private final String title;
    private final YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    private final DeviationRenderer renderer = new DeviationRenderer(true, true);
    private final CanvasChart chart;
    private final ChartView viewer;
    private final ZoomableChart node;
    private final LegendTitle legend;
    private List<StepSummary> steps = List.of();
    private LongConsumer onStep = step -> { };

    StepChart(String title, String id, Range home) {
        this.title = title;
        renderer.setAlpha(BAND_ALPHA);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setDefaultShape(new Ellipse2D.Double(-MARKER / 2, -MARKER / 2, MARKER, MARKER));
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> dataset.getSeriesKey(series) + " at step "
                + Format.whole(dataset.getXValue(series, item)) + ": " + Format.full(dataset.getYValue(series, item)));
        NumberAxis stepAxis = new NumberAxis("step");
        stepAxis.setStandardTickUnits(new NumberTickUnitSource(true));
        stepAxis.setAutoRangeIncludesZero(false);
        ReadableAxis values = new ReadableAxis(null, home);
        values.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, stepAxis, values, renderer);
        chart = RunCharts.titled(plot, title);
        legend = RunCharts.legend(plot);
        viewer = RunCharts.viewer(chart, id, this::style, 160, 140);
        viewer.onSingleClick(event -> nearestStep(event.getTrigger().getX()).ifPresent(onStep::accept));
        node = new ZoomableChart(viewer);
    }

    private OptionalLong nearestStep(double x) {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        if (info == null || steps.isEmpty()) {
            return OptionalLong.empty();
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.getXYPlot();
        double value = plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge());
        long nearest = steps.get(0).step();
        for (StepSummary step : steps) {
            if (Math.abs(step.step() - value) < Math.abs(nearest - value)) {
                nearest = step.step();
            }
        }
        return OptionalLong.of(nearest);
    }

    /** What to do with the step the user clicked. */
    void onStepClicked(LongConsumer action) {
        onStep = action;
    }

    /** Draws the curves over the steps; the chart redraws once, and any zoom is undone when the steps start over. */
    void show(List<StepSummary> newSteps, List<Curve> curves) {
        boolean grown = !steps.isEmpty() && newSteps.size() >= steps.size()
                && newSteps.get(0).step() == steps.get(0).step();
        steps = List.copyOf(newSteps);
        Redraw.once(chart, () -> {
            data.removeAllSeries();
            for (Curve curve : curves) {
                YIntervalSeries series = new YIntervalSeries(curve.name(), false, true);
                for (StepSummary step : curve.steps() == null ? steps : curve.steps()) {
                    Double value = curve.value().apply(step);
                    if (value != null && Double.isFinite(value)) {
                        Range band = curve.band() == null ? new Range(value, value) : curve.band().apply(step);
                        series.add(new YIntervalDataItem(step.step(), value, band.getLowerBound(), band.getUpperBound()), false);
                    }
                }
                data.addSeries(series);
            }
            RunCharts.showLegend(chart, legend, data.getSeriesCount());
            if (!grown) {
                node.resetZoom();
            }
        });
    }

    /** The number of points of every curve together, as drawn. */
    int points() {
        int points = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            points += data.getItemCount(s);
        }
        return points;
    }

    String title() {
        return title;
    }

    ChartView viewer() {
        return viewer;
    }

    ZoomableChart node() {
        return node;
    }

    JFreeChart chart() {
        return chart;
    }

    /** The series colours of the run's charts, in order. */
    static List<String> colours(Palette palette) {
        return List.of(palette.current(), palette.sft(), palette.kl(), palette.chosen(), palette.negative(),
                palette.reference());
    }

    void restyle(Palette palette, double scale) {
        viewer.restyle(palette, scale);
    }

    private void style(Palette palette, double scale) {
        List<String> colours = colours(palette);
        Redraw.once(chart, () -> {
            ChartStyle.apply(chart, palette, scale);
            ChartStyle.legend(legend, palette, scale);
            for (int s = 0; s < colours.size(); s++) {
                Color colour = Palette.awt(colours.get(s));
                renderer.setSeriesPaint(s, colour);
                renderer.setSeriesFillPaint(s, colour);
                renderer.setSeriesStroke(s, new BasicStroke(2.5f));
            }
        });
    }
}
