package org.agenticrl.app.objective;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import org.agenticrl.app.chart.CanvasChart;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.chart.BarLabels;
import org.agenticrl.app.chart.ChartStyle;
import org.agenticrl.app.chart.ChartZoom;
import org.agenticrl.app.chart.ReadableAxis;
import org.agenticrl.app.chart.Redraw;
import org.agenticrl.app.common.Format;
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
 * and does not zoom. Change it only on the FX thread.
 */
public final class TermWaterfall {
    private static final String[] TERMS = {"L_RL", "\u03bb1\u00b7L_SFT", "\u03bb2\u00b7L_KL", "L (total)"};

    private final TermRenderer renderer = new TermRenderer();
    private final ReadableAxis range = new ReadableAxis(null);
    private final CategoryPlot plot;
    private final CanvasChart chart;
    private final ChartView viewer;
    private final ValueMarker zero = new ValueMarker(0);
    private double[] values = new double[TERMS.length];
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
                return Double.isFinite(values[column]) ? Format.fixed(values[column], 3) : "overflow";
            }
        });
        renderer.setDefaultToolTipGenerator((dataset, row, column) -> TERMS[column] + " = " + Format.full(values[column]));
        plot = new CategoryPlot(dataset(new double[TERMS.length]), new CategoryAxis(), range, renderer);
        plot.addRangeMarker(zero);
        chart = new CanvasChart(plot);
        viewer = new ChartView(chart, "loss-chart", "Loss terms (waterfall)", this::style);
        ChartZoom.off(viewer);
        restyle(palette, 1);
    }

    /**
     * The bars' intervals; a term that overflowed to infinity (possible for the sampled KL estimators far from the
     * reference) is drawn as an empty bar, and its label says why. A sum of finite terms that overflows is drawn to
     * the largest double.
     */
    private static DefaultIntervalCategoryDataset dataset(double[] values) {
        double[] terms = Arrays.stream(values).map(v -> Double.isFinite(v) ? v : 0).toArray();
        double rl = terms[0];
        double afterSft = finite(rl + terms[1]);
        Number[][] starts = {{0.0, rl, afterSft, 0.0}};
        Number[][] ends = {{rl, afterSft, finite(afterSft + terms[2]), terms[3]}};
        return new DefaultIntervalCategoryDataset(new Comparable<?>[] {"loss"}, TERMS, starts, ends);
    }

    private static double finite(double sum) {
        return Math.max(-Double.MAX_VALUE, Math.min(sum, Double.MAX_VALUE));
    }

    public ChartView viewer() {
        return viewer;
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Shows a breakdown's terms; the chart redraws once. */
    public void show(LossBreakdown losses) {
        values = new double[] {losses.rl(), losses.weightedSft(), losses.weightedKl(), losses.total()};
        plot.setDataset(dataset(values));
    }

    /** The values drawn: L_RL, lambda1 L_SFT, lambda2 L_KL, total. */
    public double[] values() {
        return values.clone();
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
                    values[column] < 0 ? BarLabels.End.BOTTOM : BarLabels.End.TOP, getItemLabelAnchorOffset(),
                    getItemLabelPaint(row, column), getItemPaint(row, column));
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            String[] colours = {palette.rl(), palette.sft(), palette.kl(), palette.total()};
            return Palette.awt(colours[column]);
        }
    }
}
