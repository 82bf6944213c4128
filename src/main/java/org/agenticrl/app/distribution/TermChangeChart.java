package org.agenticrl.app.distribution;

import java.awt.BasicStroke;
import java.util.List;
import org.agenticrl.app.chart.CanvasChart;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.chart.ChartStyle;
import org.agenticrl.app.chart.ChartZoom;
import org.agenticrl.app.chart.ReadableAxis;
import org.agenticrl.app.chart.Redraw;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.training.UpdatePreview;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Which term moves which token, for the top tokens of the selected position: one horizontal bar per token, in
 * percentage points, made of the first-order change each term causes (L_RL, λ1·L_SFT, λ2·L_KL in their colours),
 * pushes up stacked right of zero and pushes down left of it. A term that exerts no force has no segment. The exact
 * values are on hover. The chart asks for the height its tokens' labels need at the text size, so that they never
 * overlap. Change it only on the FX thread.
 */
final class TermChangeChart {
    private static final UpdatePreview.Term[] TERMS = UpdatePreview.Term.values();
    /** The height of a token's row, in lines of the chart's text: its label and a gap to the next one. */
    private static final double ROW_LINES = 1.8;
    /** The height of the rest, in lines of text: the value axis's ticks and label, the legend, and the margins. */
    private static final double FRAME_LINES = 6.5;

    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final StackedBarRenderer renderer = new StackedBarRenderer();
    private final ReadableAxis points = new ReadableAxis("\u0394\u03c0 (percentage points)");
    private final ValueMarker zero = new ValueMarker(0);
    private final CanvasChart chart;
    private final ChartView viewer;
    private final LegendTitle legend;
    private List<TermChange> changes = List.of();

    TermChangeChart() {
        points.setAutoRangeIncludesZero(true);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultToolTipGenerator((data, row, column) -> tooltip(changes.get(column), TERMS[row]));
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), points, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(zero);
        chart = new CanvasChart(plot);
        legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addLegend(legend);
        viewer = new ChartView(chart, "term-change-chart", "Which term moves which token", this::style);
        ChartZoom.off(viewer);
    }

    private static String tooltip(TermChange change, UpdatePreview.Term term) {
        double value = switch (term) {
            case RL -> change.rl();
            case SFT -> change.sft();
            case KL -> change.kl();
        };
        return change.token() + ": " + term.label() + " moves \u03c0 by " + Format.signed(100 * value, 2)
                + " points (first order, " + Format.full(value) + "); the whole update " + Format.percent(change.before())
                + " \u2192 " + Format.percent(change.after());
    }

    ChartView viewer() {
        return viewer;
    }

    /** Shows the changes, most probable token first; the chart redraws once. */
    void show(List<TermChange> newChanges) {
        changes = List.copyOf(newChanges);
        Redraw.once(chart, () -> {
            dataset.clear();
            for (TermChange change : changes) {
                dataset.addValue(100 * change.rl(), TERMS[0].label(), change.token());
                dataset.addValue(100 * change.sft(), TERMS[1].label(), change.token());
                dataset.addValue(100 * change.kl(), TERMS[2].label(), change.token());
            }
        });
    }

    void restyle(Palette palette, double scale) {
        fitHeight(scale);
        viewer.restyle(palette, scale);
    }

    private void style(Palette palette, double scale) {
        Redraw.once(chart, () -> {
            ChartStyle.apply(chart, palette, scale);
            ChartStyle.legend(legend, palette, scale);
            String[] colours = {palette.rl(), palette.sft(), palette.kl()};
            for (int row = 0; row < colours.length; row++) {
                renderer.setSeriesPaint(row, Palette.awt(colours[row]));
            }
            zero.setPaint(Palette.awt(palette.foreground()));
            zero.setStroke(new BasicStroke(1f));
        });
    }

    /**
     * Asks for the height at which each of the (at most {@value StepPreviewModel#TOP_TOKENS}) tokens has its row at
     * the text size, the same for any number of tokens so that the view does not jump.
     */
    private void fitHeight(double scale) {
        double height = (FRAME_LINES + ROW_LINES * StepPreviewModel.TOP_TOKENS) * ChartStyle.bodySize(scale);
        viewer.setMinHeight(height);
        viewer.setPrefHeight(height);
    }
}
