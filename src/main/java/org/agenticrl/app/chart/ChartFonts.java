package org.agenticrl.app.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.category.CategoryDataset;

/**
 * The fonts a chart writes its text in: its title and subtitles (legends, a colour scale's axis), its axes' labels and
 * tick labels (a category axis's own font per category too), and its renderers' value labels when they are shown.
 * Text a renderer writes in a font of its own (the heat map's cell values) is drawn at the same text scale and is left
 * out.
 */
public final class ChartFonts {
    private ChartFonts() {
    }

    /** The size in pixels of the smallest font the chart writes text in; 0 for a chart that writes none. */
    public static double smallest(JFreeChart chart) {
        return of(chart).stream().mapToDouble(Font::getSize2D).min().orElse(0);
    }

    /** Every font the chart writes text in, a font once per place it is used. */
    public static List<Font> of(JFreeChart chart) {
        List<Font> fonts = new ArrayList<>();
        if (chart.getTitle() != null && chart.getTitle().isVisible()) {
            fonts.add(chart.getTitle().getFont());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            title(chart.getSubtitle(i), fonts);
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                categoryAxis(plot.getDomainAxis(i), plot.getDataset(), fonts);
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                axis(plot.getRangeAxis(i), fonts);
            }
            for (int i = 0; i < plot.getRendererCount(); i++) {
                valueLabels((AbstractRenderer) plot.getRenderer(i), fonts);
            }
        } else if (chart.getPlot() instanceof XYPlot plot) {
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                axis(plot.getDomainAxis(i), fonts);
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                axis(plot.getRangeAxis(i), fonts);
            }
            for (int i = 0; i < plot.getRendererCount(); i++) {
                valueLabels((AbstractRenderer) plot.getRenderer(i), fonts);
            }
        }
        fonts.removeIf(Objects::isNull);
        return fonts;
    }

    private static void title(Title title, List<Font> fonts) {
        if (!title.isVisible()) {
            return;
        }
        if (title instanceof TextTitle text) {
            fonts.add(text.getFont());
        } else if (title instanceof LegendTitle legend) {
            fonts.add(legend.getItemFont());
        } else if (title instanceof PaintScaleLegend scale) {
            axis(scale.getAxis(), fonts);
        }
    }

    private static void axis(Axis axis, List<Font> fonts) {
        if (axis == null || !axis.isVisible()) {
            return;
        }
        if (axis.getLabel() != null && !axis.getLabel().isBlank()) {
            fonts.add(axis.getLabelFont());
        }
        if (axis.isTickLabelsVisible()) {
            fonts.add(axis.getTickLabelFont());
        }
    }

    private static void categoryAxis(CategoryAxis axis, CategoryDataset data, List<Font> fonts) {
        axis(axis, fonts);
        if (axis != null && axis.isVisible() && axis.isTickLabelsVisible() && data != null) {
            for (Object category : data.getColumnKeys()) {
                fonts.add(axis.getTickLabelFont((Comparable<?>) category));
            }
        }
    }

    private static void valueLabels(AbstractRenderer renderer, List<Font> fonts) {
        if (renderer != null && renderer.getDefaultItemLabelsVisible()) {
            fonts.add(renderer.getDefaultItemLabelFont());
        }
    }
}
