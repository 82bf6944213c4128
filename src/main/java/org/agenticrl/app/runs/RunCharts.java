package org.agenticrl.app.runs;

import org.agenticrl.app.chart.CanvasChart;
import org.agenticrl.app.chart.ChartView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * What the Run tab's charts share: a titled chart over a plot, its legend kept aside, the legend shown for two series
 * or more, and a viewer named "Run: …" for menus and exports.
 */
final class RunCharts {
    private RunCharts() {
    }

    /** A chart of the plot with the title and no legend yet. */
    static CanvasChart titled(XYPlot plot, String title) {
        CanvasChart chart = new CanvasChart(plot);
        chart.setTitle(new TextTitle(title));
        return chart;
    }

    /** The plot's legend, below it, for {@link #showLegend}. */
    static LegendTitle legend(XYPlot plot) {
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        return legend;
    }

    /**
     * A viewer of the chart with its id, named "Run: " and its title, drawn by style, at the smallest size it stays
     * readable at.
     */
    static ChartView viewer(CanvasChart chart, String id, ChartView.Style style, double minWidth, double minHeight) {
        ChartView viewer = new ChartView(chart, id, "Run: " + chart.getTitle().getText(), style);
        viewer.setMinSize(minWidth, minHeight);
        return viewer;
    }

    /** Shows the legend when the chart draws two series or more, hides it otherwise. */
    static void showLegend(JFreeChart chart, LegendTitle legend, int series) {
        if (series > 1 && chart.getLegend() == null) {
            chart.addLegend(legend);
        } else if (series <= 1 && chart.getLegend() != null) {
            chart.removeLegend();
        }
    }
}
