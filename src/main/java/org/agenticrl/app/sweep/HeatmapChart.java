package org.agenticrl.app.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.agenticrl.app.chart.CanvasChart;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.chart.ChartStyle;
import org.agenticrl.app.chart.ChartZoom;
import org.agenticrl.app.chart.Redraw;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.sweep.SweepCell;
import org.agenticrl.engine.sweep.SweepPlan;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The sweep as a heat map: a block per cell of the grid, coloured on the viridis scale by the chosen metric's mean over
 * the cell's seeds and with that value written in it; cells not trained yet are blank. The notebook's own setting is
 * outlined. Hovering a cell gives every seed's value and their spread; the chart does not zoom. Change it only on the
 * FX thread.
 */
final class HeatmapChart {
    private static final double STRIP_WIDTH = 14;

    private final DefaultXYZDataset dataset = new DefaultXYZDataset();
    private final CellRenderer renderer = new CellRenderer();
    private final XYPlot plot = new XYPlot();
    private final NumberAxis legendAxis = new NumberAxis();
    private final CanvasChart chart;
    private final ChartView viewer;
    private PaintScaleLegend legend;
    private SweepPlan plan;
    private List<SweepCell> cells = List.of();
    private SweepCell[] byIndex = new SweepCell[0];
    private SweepMetric metric = SweepMetric.SUCCESS;
    private ViridisScale scale = new ViridisScale(0, 1, Color.LIGHT_GRAY);
    private Palette palette = Palette.LIGHT;
    private double textScale = 1;

    HeatmapChart() {
        renderer.setBlockWidth(1);
        renderer.setBlockHeight(1);
        renderer.setDefaultToolTipGenerator((data, series, item) -> tooltip(item));
        plot.setDataset(dataset);
        plot.setRenderer(renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        chart = new CanvasChart(plot);
        viewer = new ChartView(chart, "sweep-heatmap", "Sweep heat map", this::style);
        ChartZoom.off(viewer);
    }

    ChartView viewer() {
        return viewer;
    }

    JFreeChart chart() {
        return chart;
    }

    /** Draws the grid of a plan with its finished cells; the chart redraws once. With no plan it is empty. */
    void show(SweepPlan newPlan, List<SweepCell> newCells, SweepMetric newMetric) {
        plan = newPlan;
        cells = List.copyOf(newCells);
        metric = newMetric;
        Redraw.once(chart, () -> {
            if (dataset.getSeriesCount() > 0) {
                dataset.removeSeries("cells");
            }
            if (plan == null) {
                plot.setDomainAxis(new SymbolAxis(null, new String[0]));
                plot.setRangeAxis(new SymbolAxis(null, new String[0]));
            } else {
                showCells();
            }
            // New axes (and a new colour scale) have the library's fonts and colours until styled.
            style(palette, textScale);
        });
    }

    private void showCells() {
        byIndex = new SweepCell[plan.cells()];
        cells.forEach(cell -> byIndex[plan.cell(cell.xIndex(), cell.yIndex())] = cell);
        double[][] xyz = new double[3][plan.cells()];
        for (int c = 0; c < plan.cells(); c++) {
            xyz[0][c] = c % plan.x().size();
            xyz[1][c] = c / plan.x().size();
            xyz[2][c] = byIndex[c] == null ? Double.NaN : metric.of(byIndex[c].mean());
        }
        dataset.addSeries("cells", xyz);
        plot.setDomainAxis(axis(plan.x().parameter().id(), plan.x().values()));
        plot.setRangeAxis(axis(plan.y().parameter().id(), plan.y().values()));
        rescale(xyz[2]);
    }

    private static SymbolAxis axis(String label, List<Double> values) {
        SymbolAxis axis = new SymbolAxis(label, values.stream().map(Format::compact).toArray(String[]::new));
        axis.setGridBandsVisible(false);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }

    /** Rates on their fixed 0 to 100% scale; other metrics from their smallest to their largest finished value. */
    private void rescale(double[] values) {
        double lower = 0;
        double upper = 1;
        if (!metric.rate()) {
            double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
            lower = Arrays.stream(finite).min().orElse(0);
            upper = Arrays.stream(finite).max().orElse(1);
            if (!(upper > lower)) {
                double pad = Math.max(1e-3, Math.abs(lower) * 0.05);
                lower -= pad;
                upper += pad;
            }
        }
        scale = new ViridisScale(lower, upper, Palette.awt(palette.card()));
        renderer.setPaintScale(scale);
        legendAxis.setRange(metric.rate() ? 0 : lower, metric.rate() ? 100 : upper);
        if (metric.rate()) {
            legendAxis.setTickUnit(new NumberTickUnit(10));
        } else {
            legendAxis.setAutoTickUnitSelection(true);
        }
        legendAxis.setLabel(metric.label() + (metric.rate() ? " (%)" : ""));
        if (legend != null) {
            chart.removeSubtitle(legend);
        }
        legend = new PaintScaleLegend(metric.rate() ? new ViridisScale(0, 100, scale.getPaint(Double.NaN)) : scale,
                legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        chart.addSubtitle(legend);
    }

    private String tooltip(int item) {
        SweepCell cell = byIndex[item];
        String where = plan.x().parameter().id() + " = " + Format.compact(plan.x().value(item % plan.x().size()))
                + ", " + plan.y().parameter().id() + " = " + Format.compact(plan.y().value(item / plan.x().size()));
        if (cell == null) {
            return where + ": not trained yet";
        }
        String seeds = cell.seeds().stream().map(seed -> metric.format(metric.of(seed.metrics())))
                .collect(Collectors.joining(", "));
        return where + ": " + metric.label() + " " + metric.format(metric.of(cell.mean())) + " (mean of "
                + cell.seeds().size() + " seeds, from " + metric.format(metric.of(cell.min())) + " to "
                + metric.format(metric.of(cell.max())) + "; each: " + seeds + "). Click to put its agent on screen.";
    }

    /** The finished cell under a mouse event, if any. */
    Optional<SweepCell> cellAt(ChartMouseEventFX event) {
        if (event.getEntity() instanceof XYItemEntity entity && entity.getItem() < byIndex.length) {
            return Optional.ofNullable(byIndex[entity.getItem()]);
        }
        return Optional.empty();
    }

    void onClick(Consumer<SweepCell> picked) {
        viewer.onSingleClick(event -> cellAt(event).ifPresent(picked));
    }

    void restyle(Palette newPalette, double newScale) {
        viewer.restyle(newPalette, newScale);
    }

    private void style(Palette newPalette, double newScale) {
        palette = newPalette;
        textScale = newScale;
        Redraw.once(chart, () -> {
            ChartStyle.apply(chart, palette, textScale);
            legendAxis.setLabelPaint(Palette.awt(palette.foreground()));
            legendAxis.setTickLabelPaint(Palette.awt(palette.foreground()));
            legendAxis.setLabelFont(ChartStyle.font(textScale, Font.PLAIN));
            legendAxis.setTickLabelFont(ChartStyle.font(textScale, Font.PLAIN));
            if (legend != null) {
                legend.setBackgroundPaint(Palette.awt(palette.pane()));
                legend.setStripWidth(STRIP_WIDTH * textScale);
                // The scale's end labels are centred on its ends: half a label's height beyond them must be inside.
                double half = legendAxis.getTickLabelFont().getSize2D() / 2 + 2;
                legend.setMargin(half, 8, half, 4);
            }
        });
    }

    /** Paints each block, writes its value in it, and outlines the notebook's own setting. */
    private final class CellRenderer extends XYBlockRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot xyPlot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset data, int series,
                             int item, CrosshairState crosshairState, int pass) {
            super.drawItem(g2, state, dataArea, info, xyPlot, domainAxis, rangeAxis, data, series, item, crosshairState,
                    pass);
            double x = data.getXValue(series, item);
            double y = data.getYValue(series, item);
            double left = domainAxis.valueToJava2D(x - 0.5, dataArea, xyPlot.getDomainAxisEdge());
            double right = domainAxis.valueToJava2D(x + 0.5, dataArea, xyPlot.getDomainAxisEdge());
            double top = rangeAxis.valueToJava2D(y + 0.5, dataArea, xyPlot.getRangeAxisEdge());
            double bottom = rangeAxis.valueToJava2D(y - 0.5, dataArea, xyPlot.getRangeAxisEdge());
            Rectangle2D block = new Rectangle2D.Double(left, top, right - left, bottom - top);
            double value = ((DefaultXYZDataset) data).getZValue(series, item);
            Paint fill = scale.getPaint(value);
            g2.setPaint(Palette.awt(palette.border()));
            g2.setStroke(new BasicStroke(1f));
            g2.draw(block);
            g2.setFont(ChartStyle.font(textScale, Font.BOLD));
            g2.setPaint(Double.isNaN(value) ? Palette.awt(palette.muted()) : ChartStyle.textOn(fill));
            TextUtils.drawAlignedString(Double.isNaN(value) ? "\u2026" : metric.format(value), g2,
                    (float) block.getCenterX(), (float) block.getCenterY(), TextAnchor.CENTER);
            if (isNotebookSetting((int) x, (int) y)) {
                g2.setPaint(Palette.awt(palette.chosen()));
                g2.setStroke(new BasicStroke(4f));
                g2.draw(new Rectangle2D.Double(left + 2, top + 2, right - left - 4, bottom - top - 4));
            }
        }

        private boolean isNotebookSetting(int xIndex, int yIndex) {
            return plan.x().value(xIndex) == SweepModel.seedSetting(plan.x().parameter())
                    && plan.y().value(yIndex) == SweepModel.seedSetting(plan.y().parameter());
        }
    }
}
