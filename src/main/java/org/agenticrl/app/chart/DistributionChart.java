package org.agenticrl.app.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.List;
import org.agenticrl.app.common.Bar;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.theme.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The next-token distribution as horizontal bars, one per vocabulary token: the chosen token's bar in the highlight
 * colour with its label in bold, each visible bar labelled with its percentage, the exact values on hover, and the
 * reference policy as a second series when asked. A percentage goes right of its bar, or inside the bar's end in a
 * contrasting colour when the plot has no room for it there, so no label is cut off at the plot's edge. The chart
 * is read whole and does not zoom. Change it only on the FX thread: a data change redraws at once, so every change
 * here is batched (chart notification off, then on) into exactly one redraw.
 */
public final class DistributionChart {
    static final String CURRENT = "current policy \u03c0";
    static final String REFERENCE = "reference \u03c0_ref";
    private static final double LABEL_THRESHOLD = 0.02;
    /** Quarters where the labels fit, else halves, else 0% and 100% only. */
    private static final TickUnits PERCENT_TICKS = new TickUnits();

    static {
        for (double size : new double[] {0.25, 0.5, 1}) {
            PERCENT_TICKS.add(new NumberTickUnit(size));
        }
    }

    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final HighlightRenderer renderer = new HighlightRenderer();
    private final CategoryAxis tokens = new CategoryAxis();
    private final NumberAxis probability = new NumberAxis("probability");
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final LegendTitle legend;
    private List<Bar> bars = List.of();
    private Palette palette = Palette.LIGHT;
    private double scale = 1;

    public DistributionChart() {
        probability.setRange(0, 1.16);
        probability.setNumberFormatOverride(new DecimalFormat("0%"));
        probability.setStandardTickUnits(PERCENT_TICKS);
        tokens.setCategoryMargin(0.15);
        tokens.setLowerMargin(0.01);
        tokens.setUpperMargin(0.01);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.0);
        renderer.setMaximumBarWidth(0.09);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset data, int row, int column) {
                Bar bar = bars.get(column);
                double p = row == 0 ? bar.probability() : bar.referenceProbability();
                return p >= LABEL_THRESHOLD || (row == 0 && bar.chosen()) ? Format.percent(p) : null;
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultToolTipGenerator((data, row, column) -> tooltip(bars.get(column), row));
        CategoryPlot plot = new CategoryPlot(dataset, tokens, probability, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        viewer = new ChartViewer(chart);
        viewer.setId("distribution-chart");
        ChartZoom.off(viewer);
        restyle(palette, scale);
    }

    private static String tooltip(Bar bar, int row) {
        if (row == 1) {
            return String.format("%s under the reference: %s (%s)", bar.token(), Format.percent(bar.referenceProbability()),
                    Format.full(bar.referenceProbability()));
        }
        return String.format("%s%s: \u03c0 = %s (%s), log \u03c0 = %s", bar.token(), bar.chosen() ? " (chosen)" : "",
                Format.percent(bar.probability()), Format.full(bar.probability()), Format.full(bar.logProbability()));
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public JFreeChart chart() {
        return chart;
    }

    /**
     * Shows new bars; the chart redraws once.
     *
     * @param showReference add the reference policy's bars beside the current ones
     */
    public void show(List<Bar> newBars, boolean showReference) {
        bars = List.copyOf(newBars);
        chart.setNotify(false);
        dataset.setNotify(false);
        dataset.clear();
        for (Bar bar : bars) {
            dataset.addValue(bar.probability(), CURRENT, bar.token());
            if (showReference) {
                dataset.addValue(bar.referenceProbability(), REFERENCE, bar.token());
            }
        }
        if (showReference && chart.getLegend() == null) {
            chart.addLegend(legend);
        } else if (!showReference && chart.getLegend() != null) {
            chart.removeLegend();
        }
        styleTokenLabels();
        dataset.setNotify(true);
        chart.setNotify(true);
    }

    /** The token whose bar is highlighted, as drawn; null when none is. */
    public String highlightedToken() {
        return bars.stream().filter(Bar::chosen).map(Bar::token).findFirst().orElse(null);
    }

    /** The number of series drawn: 1, or 2 with the reference. */
    public int seriesCount() {
        return dataset.getRowCount();
    }

    public void restyle(Palette newPalette, double newScale) {
        this.palette = newPalette;
        this.scale = newScale;
        chart.setNotify(false);
        ChartStyle.apply(chart, palette, scale);
        ChartStyle.legend(legend, palette, scale);
        renderer.setSeriesPaint(0, Palette.awt(palette.current()));
        renderer.setSeriesPaint(1, Palette.awt(palette.reference()));
        renderer.highlight = Palette.awt(palette.chosen());
        renderer.setDefaultItemLabelPaint(Palette.awt(palette.foreground()));
        renderer.setDefaultItemLabelFont(ChartStyle.font(scale * 0.85, Font.PLAIN));
        styleTokenLabels();
        chart.setNotify(true);
    }

    private void styleTokenLabels() {
        for (Bar bar : bars) {
            tokens.setTickLabelFont(bar.token(), ChartStyle.font(scale, bar.chosen() ? Font.BOLD : Font.PLAIN));
        }
    }

    /** Paints the chosen token's current-policy bar in the highlight colour; puts each label where it fits. */
    private final class HighlightRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private transient Paint highlight;

        @Override
        public Paint getItemPaint(int row, int column) {
            if (row == 0 && column < bars.size() && bars.get(column).chosen()) {
                return highlight;
            }
            return super.getItemPaint(row, column);
        }


        @Override
        protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                                     CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
            String label = generator.generateLabel(data, row, column);
            if (label == null) {
                return;
            }
            g2.setFont(getItemLabelFont(row, column));
            BarLabels.draw(g2, label, bar, BarLabels.End.RIGHT, getItemLabelAnchorOffset(),
                    getItemLabelPaint(row, column), getItemPaint(row, column));
        }
    }
}
