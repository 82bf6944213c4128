package org.agenticrl.app.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.agenticrl.app.common.Bar;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.FocusMarks;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.session.Focus;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The next-token distribution as horizontal bars, one per vocabulary token: the chosen token's bar in the highlight
 * colour with its label in bold, each visible bar labelled with its percentage, the exact values on hover, and, when
 * asked, the distribution after a previewed update as ghost bars (the current colour, translucent and outlined, its
 * label only where the update moves the bar) and the reference policy's bars. A percentage goes right of its bar, or inside the bar's end in a
 * contrasting colour when the plot has no room for it there, so no label is cut off at the plot's edge; a token's
 * second or third percentage goes right of the ones before it where they would overlap. The chart
 * is read whole and does not zoom; its viewer's minimum height gives every token a row its label fits in at the text
 * size, so a column too short for it scrolls rather than overlapping the labels. Change it only on the FX thread: a data change redraws at once, so every change
 * here is batched (chart notification off, then on) into exactly one redraw.
 */
public final class DistributionChart {
    static final String CURRENT = "current policy \u03c0";
    static final String AFTER = "after one update";
    static final String REFERENCE = "reference \u03c0_ref";
    private static final double LABEL_THRESHOLD = 0.02;
    /** An update that moves a bar by less than this (half a percentage point) leaves its ghost unlabelled. */
    private static final double VISIBLE_CHANGE = 0.005;
    private static final int GHOST_ALPHA = 110;
    /** A token's row, in lines of the chart's text: its label, plus room for each bar beside it to show. */
    private static final double ROW_LINES = 0.9;
    private static final double LINES_PER_BAR = 0.45;
    /** The rest, in lines of text: the probability axis's ticks and label, a legend, and the margins. */
    private static final double FRAME_LINES = 5;
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
    private final CanvasChart chart;
    private final ChartView viewer;
    private final LegendTitle legend;
    private List<Bar> bars = List.of();
    private List<Double> after = List.of();
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
        renderer.setDrawBarOutline(true);
        renderer.setItemMargin(0.0);
        renderer.setMaximumBarWidth(0.09);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset data, int row, int column) {
                Bar bar = bars.get(column);
                double p = data.getValue(row, column).doubleValue();
                if (AFTER.equals(data.getRowKey(row))) {
                    return Math.abs(p - bar.probability()) >= VISIBLE_CHANGE ? "\u2192 " + Format.percent(p) : null;
                }
                return p >= LABEL_THRESHOLD || (row == 0 && bar.chosen()) ? Format.percent(p) : null;
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultToolTipGenerator((data, row, column) -> tooltip(bars.get(column), (String) data.getRowKey(row),
                data.getValue(row, column).doubleValue()));
        CategoryPlot plot = new CategoryPlot(dataset, tokens, probability, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        chart = new CanvasChart(plot);
        legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        viewer = new ChartView(chart, "distribution-chart", "Token distribution", this::style);
        ChartZoom.off(viewer);
        FocusMarks.markArea(viewer.getCanvas(), Focus.Kind.TOKEN, this::tokensShown, this::rowBounds);
        restyle(palette, scale);
    }

    /** Written by concatenation: JFreeChart asks for every item's tooltip on every redraw. */
    private static String tooltip(Bar bar, String series, double value) {
        if (REFERENCE.equals(series)) {
            return bar.token() + " under the reference: " + Format.percent(value) + " (" + Format.full(value) + ")";
        }
        if (AFTER.equals(series)) {
            return bar.token() + " after one update: " + Format.percent(value) + " (" + Format.full(value) + "), "
                    + Format.signed(100 * (value - bar.probability()), 2) + " points";
        }
        return bar.token() + (bar.chosen() ? " (chosen)" : "") + ": \u03c0 = " + Format.percent(bar.probability()) + " ("
                + Format.full(bar.probability()) + "), log \u03c0 = " + Format.full(bar.logProbability());
    }

    public ChartView viewer() {
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
        show(newBars, showReference, List.of());
    }

    /**
     * Shows new bars with the distribution after an update beside them; the chart redraws once.
     *
     * @param afterUpdate each bar's probability after the update, in the bars' order; empty for none
     * @throws IllegalArgumentException when afterUpdate is neither empty nor one value per bar
     */
    public void show(List<Bar> newBars, boolean showReference, List<Double> afterUpdate) {
        if (!afterUpdate.isEmpty() && afterUpdate.size() != newBars.size()) {
            throw new IllegalArgumentException("one probability after the update per bar: " + newBars.size() + " bars, "
                    + afterUpdate.size() + " values");
        }
        bars = List.copyOf(newBars);
        after = List.copyOf(afterUpdate);
        chart.setNotify(false);
        dataset.setNotify(false);
        dataset.clear();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            dataset.addValue(bar.probability(), CURRENT, bar.token());
            if (!after.isEmpty()) {
                dataset.addValue(after.get(i), AFTER, bar.token());
            }
            if (showReference) {
                dataset.addValue(bar.referenceProbability(), REFERENCE, bar.token());
            }
        }
        boolean legendWanted = showReference || !after.isEmpty();
        if (legendWanted && chart.getLegend() == null) {
            chart.addLegend(legend);
        } else if (!legendWanted && chart.getLegend() != null) {
            chart.removeLegend();
        }
        colourSeries();
        styleTokenLabels();
        fitHeight();
        dataset.setNotify(true);
        chart.setNotify(true);
    }

    /**
     * Where a token's row is drawn, its label and its bars, in the coordinates of the viewer's canvas; empty for a token
     * the chart does not show or before the chart was first drawn.
     */
    public Optional<Bounds> rowBounds(String token) {
        ChartRenderingInfo info = viewer.getRenderingInfo();
        int column = dataset.getColumnIndex(token);
        if (info == null || column < 0 || info.getPlotInfo().getDataArea().isEmpty()) {
            return Optional.empty();
        }
        Rectangle2D data = info.getPlotInfo().getDataArea();
        RectangleEdge edge = ((CategoryPlot) chart.getPlot()).getDomainAxisEdge();
        int count = dataset.getColumnCount();
        double start = tokens.getCategoryStart(column, count, data, edge);
        double end = tokens.getCategoryEnd(column, count, data, edge);
        double gap = count > 1 ? tokens.getCategoryStart(1, count, data, edge) - tokens.getCategoryEnd(0, count, data,
                edge) : 0;
        double left = info.getChartArea().getMinX();
        return Optional.of(new BoundingBox(left, start - gap / 2, data.getMaxX() - left, end - start + gap));
    }

    /** The tokens shown, in the order of their rows. */
    public List<String> tokensShown() {
        return bars.stream().map(Bar::token).toList();
    }

    /** Asks for the height at which every token's row holds its label and its bars at the text size. */
    private void fitHeight() {
        double rowLines = ROW_LINES + LINES_PER_BAR * Math.max(1, dataset.getRowCount());
        viewer.setMinHeight((FRAME_LINES + rowLines * bars.size()) * ChartStyle.bodySize(scale));
    }

    /** The boxes of the value labels (percentages) written the last time the chart was drawn, for tests. */
    List<Rectangle2D> valueLabels() {
        return List.copyOf(renderer.labels);
    }

    /** The token whose bar is highlighted, as drawn; null when none is. */
    public String highlightedToken() {
        return bars.stream().filter(Bar::chosen).map(Bar::token).findFirst().orElse(null);
    }

    /** The number of series drawn: the current policy, and the update's and the reference's when shown. */
    public int seriesCount() {
        return dataset.getRowCount();
    }

    /** Draws the chart in the theme's colours at the window's text scale; see {@link ChartView#restyle}. */
    public void restyle(Palette newPalette, double newScale) {
        viewer.restyle(newPalette, newScale);
    }

    private void style(Palette newPalette, double newScale) {
        this.palette = newPalette;
        this.scale = newScale;
        Redraw.once(chart, () -> {
            ChartStyle.apply(chart, palette, scale);
            ChartStyle.legend(legend, palette, scale);
            renderer.highlight = Palette.awt(palette.chosen());
            renderer.ghostOutline = Palette.awt(palette.current());
            colourSeries();
            renderer.setDefaultItemLabelPaint(Palette.awt(palette.foreground()));
            renderer.setDefaultItemLabelFont(ChartStyle.font(scale, Font.PLAIN));
            styleTokenLabels();
        });
        fitHeight();
    }

    /** Colours by series, whichever rows are shown: the update's bars are ghosts of the current ones. */
    private void colourSeries() {
        Color current = Palette.awt(palette.current());
        Color ghost = new Color(current.getRed(), current.getGreen(), current.getBlue(), GHOST_ALPHA);
        for (int row = 0; row < dataset.getRowCount(); row++) {
            Comparable<?> series = dataset.getRowKey(row);
            renderer.setSeriesPaint(row, CURRENT.equals(series) ? current
                    : AFTER.equals(series) ? ghost : Palette.awt(palette.reference()), false);
        }
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
        private transient Paint ghostOutline;
        /** For each token (by column), what its value labels cover in the frame being drawn. */
        private final transient Map<Integer, Rectangle2D> labelled = new HashMap<>();
        /** Every value label's box in the frame being drawn. */
        private final transient List<Rectangle2D> labels = new ArrayList<>();

        @Override
        public Paint getItemPaint(int row, int column) {
            if (row == 0 && column < bars.size() && bars.get(column).chosen()) {
                return highlight;
            }
            return super.getItemPaint(row, column);
        }

        /** Only the update's ghost bars are outlined; every other bar's outline is its own fill. */
        @Override
        public Paint getItemOutlinePaint(int row, int column) {
            return AFTER.equals(dataset.getRowKey(row)) ? ghostOutline : getItemPaint(row, column);
        }


        @Override
        public CategoryItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, CategoryPlot plot,
                                                   int rendererIndex, PlotRenderingInfo info) {
            labelled.clear();
            labels.clear();
            return super.initialise(g2, dataArea, plot, rendererIndex, info);
        }

        /** A label clear of the token's labels drawn before it in this frame. */
        @Override
        protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                                     CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
            String label = generator.generateLabel(data, row, column);
            if (label == null) {
                return;
            }
            g2.setFont(getItemLabelFont(row, column));
            BarLabels.drawClearOf(g2, label, bar, getItemLabelAnchorOffset(), getItemLabelPaint(row, column),
                    getItemPaint(row, column), labelled.get(column)).ifPresent(box -> {
                        labelled.merge(column, box, Rectangle2D::createUnion);
                        labels.add(box);
                    });
        }
    }
}
