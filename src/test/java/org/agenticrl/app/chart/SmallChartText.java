package org.agenticrl.app.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * The fonts a chart writes its text in (its titles, legends, axis labels, tick labels and value labels), for tests
 * that check a chart reads as well as the text around it.
 */
public final class SmallChartText {
    private SmallChartText() {
    }

    /** Each font of the chart smaller than the size, as "what: font" (empty when there is none). */
    public static List<String> smallerThan(JFreeChart chart, double size) {
        List<String> small = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            check(small, "subtitle " + i, font(chart.getSubtitle(i)), size);
        }
        if (chart.getTitle() != null) {
            check(small, "title", chart.getTitle().getFont(), size);
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            axes(small, plot.getDomainAxis(), plot.getRangeAxis(), size);
            if (plot.getRenderer().getDefaultItemLabelsVisible()) {
                check(small, "value labels", plot.getRenderer().getDefaultItemLabelFont(), size);
            }
        } else if (chart.getPlot() instanceof XYPlot plot) {
            axes(small, plot.getDomainAxis(), plot.getRangeAxis(), size);
        }
        return small;
    }

    private static Font font(Title title) {
        return title instanceof LegendTitle legend ? legend.getItemFont()
                : title instanceof TextTitle text ? text.getFont() : null;
    }

    private static void axes(List<String> small, Axis domain, Axis range, double size) {
        for (Axis axis : new Axis[] {domain, range}) {
            if (axis != null) {
                check(small, "axis label of " + axis.getLabel(), axis.getLabelFont(), size);
                check(small, "tick labels of " + axis.getLabel(), axis.getTickLabelFont(), size);
            }
        }
    }

    private static void check(List<String> small, String what, Font font, double size) {
        if (font != null && font.getSize2D() < size) {
            small.add(what + ": " + font);
        }
    }
}
