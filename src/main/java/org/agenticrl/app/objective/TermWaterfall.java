package org.agenticrl.app.objective;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.agenticrl.app.chart.CanvasChart;
import org.agenticrl.app.chart.ChartSentences;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.chart.BarLabels;
import org.agenticrl.app.chart.ChartStyle;
import org.agenticrl.app.chart.ChartZoom;
import org.agenticrl.app.chart.ReadableAxis;
import org.agenticrl.app.chart.Redraw;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.loss.LossBreakdown;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * The combined objective as a waterfall: L_RL from zero, then lambda1 L_SFT and lambda2 L_KL stacked on it, then the
 * total from zero; each bar in its term's colour and labelled with its value at its end (see {@link BarLabels}: never
 * cut off). The value axis is a {@link ReadableAxis}, so all-zero or huge terms read right. The chart is read whole
 * and does not zoom. What it draws and writes is {@link WaterfallBars}'. Change it only on the FX thread.
 */
public final class TermWaterfall {
    private final TermRenderer renderer = new TermRenderer();
    private final ReadableAxis range = new ReadableAxis(null);
    private final CategoryPlot plot;
    private final CanvasChart chart;
    private final ChartView viewer;
    private final ValueMarker zero = new ValueMarker(0);
    private WaterfallBars bars = WaterfallBars.none();
    private Palette palette = Palette.LIGHT;

    public TermWaterfall() {
        range.setAutoRangeIncludesZero(true);
        range.setUpperMargin(0.18);
        range.setLowerMargin(0.12);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.18);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return bars.label(column);
            }
        });
        renderer.setDefaultToolTipGenerator((dataset, row, column) -> bars.tooltip(column));
        plot = new CategoryPlot(dataset(bars), new CategoryAxis(), range, renderer);
        plot.addRangeMarker(zero);
        chart = new CanvasChart(plot);
        viewer = new ChartView(chart, "loss-chart", "Loss terms (waterfall)", this::style);
        viewer.summarisedBy(() -> ChartSentences.named(WaterfallBars.TERMS, bars.values()));
        ChartZoom.off(viewer);
        restyle(palette, 1);
    }

    private static DefaultIntervalCategoryDataset dataset(WaterfallBars bars) {
        int count = WaterfallBars.TERMS.size();
        Number[][] starts = new Number[1][count];
        Number[][] ends = new Number[1][count];
        for (int bar = 0; bar < count; bar++) {
            starts[0][bar] = bars.start(bar);
            ends[0][bar] = bars.end(bar);
        }
        return new DefaultIntervalCategoryDataset(new Comparable<?>[] {"loss"}, WaterfallBars.TERMS.toArray(String[]::new),
                starts, ends);
    }

    public ChartView viewer() {
        return viewer;
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Shows a breakdown's terms; the chart redraws once. */
    public void show(LossBreakdown losses) {
        bars = WaterfallBars.of(losses);
        plot.setDataset(dataset(bars));
    }

    /** The values drawn: L_RL, lambda1 L_SFT, lambda2 L_KL, total. */
    public double[] values() {
        return bars.values();
    }

    /** Draws the chart in the theme's colours at the window's text scale; see {@link ChartView#restyle}. */
    public void restyle(Palette newPalette, double scale) {
        viewer.restyle(newPalette, scale);
    }

    private void style(Palette newPalette, double scale) {
        this.palette = newPalette;
        Redraw.once(chart, () -> {
            ChartStyle.apply(chart, palette, scale);
            zero.setPaint(Palette.awt(palette.foreground()));
            renderer.setDefaultItemLabelPaint(Palette.awt(palette.foreground()));
            renderer.setDefaultItemLabelFont(ChartStyle.font(scale, Font.BOLD));
        });
    }

    /** Paints each bar in its term's colour; labels a term at its end: above its bar, or below for a negative term. */
    private final class TermRenderer extends IntervalBarRenderer {
        private static final long serialVersionUID = 1L;


        @Override
        protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot categoryPlot,
                                     CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
            g2.setFont(getItemLabelFont(row, column));
            BarLabels.draw(g2, generator.generateLabel(data, row, column), bar,
                    bars.negative(column) ? BarLabels.End.BOTTOM : BarLabels.End.TOP, getItemLabelAnchorOffset(),
                    getItemLabelPaint(row, column), getItemPaint(row, column));
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            String[] colours = {palette.rl(), palette.sft(), palette.kl(), palette.total()};
            return Palette.awt(colours[column]);
        }
    }
}
