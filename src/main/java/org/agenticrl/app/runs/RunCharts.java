package org.agenticrl.app.runs;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/** What the Run tab's charts share: a titled chart over a plot, its legend kept aside, and the legend shown for two series or more. */
final class RunCharts {
    private RunCharts() {
    }

    /** A chart of the plot with the title and no legend yet. */
    static JFreeChart titled(XYPlot plot, String title) {
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setTitle(new TextTitle(title));
        return chart;
    }

    /** The plot's legend, below it, for {@link #showLegend}. */
    static LegendTitle legend(XYPlot plot) {
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        return legend;
    }

    /** A viewer of the chart with its id and the smallest size it stays readable at. */
    static ChartViewer viewer(JFreeChart chart, String id, double minWidth, double minHeight) {
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId(id);
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
