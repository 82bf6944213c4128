package org.agenticrl.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.app.theme.Stylesheets;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.fx.FXHints;

/**
 * Gives a JFreeChart the current theme's colours and the current text scale. JFreeChart draws itself rather than
 * following CSS, so every chart is restyled through here when the theme or the scale changes. Every text a chart
 * draws (titles, axis and tick labels, legends, value labels) is at least the size of the window's body text at the
 * same text scale, so that a chart reads from as far away as the labels around it.
 */
public final class ChartStyle {
    private static final String FONT = "DejaVu Sans";
    /** A legend swatch's side, as a share of the text size. */
    private static final double LEGEND_SWATCH = 0.6;
    /** Room right of a plot with numbers across, in text heights: half the widest tick label ("20,000"). */
    private static final double EDGE_ROOM = 1.8;

    private ChartStyle() {
    }

    /**
     * The font of a chart's text at a text scale: the window's body size (whole pixels, rounded up so never smaller).
     *
     * @param style {@link Font#PLAIN} or {@link Font#BOLD}
     */
    public static Font font(double scale, int style) {
        return new Font(FONT, style, bodySize(scale));
    }

    /** The window's body text size at the text scale, rounded up to whole pixels (chart fonts have whole sizes). */
    public static int bodySize(double scale) {
        return (int) Math.ceil(Stylesheets.BASE_FONT * scale - 1e-9);
    }

    /** Background, grid, axis and legend colours and fonts; series colours are left to each chart. */
    public static void apply(JFreeChart chart, Palette palette, double scale) {
        Color background = Palette.awt(palette.pane());
        Color foreground = Palette.awt(palette.foreground());
        Color grid = Palette.awt(palette.border());
        chart.setBackgroundPaint(background);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        measureTextWithJava2d(chart);
        double right = numbersAcross(chart.getPlot()) ? EDGE_ROOM * bodySize(scale) : 0;
        chart.setPadding(new RectangleInsets(0, 0, 0, right));
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(foreground);
            chart.getTitle().setFont(font(scale, Font.BOLD));
        }
        if (chart.getLegend() != null) {
            legend(chart.getLegend(), palette, scale);
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setBackgroundPaint(background);
            plot.setOutlineVisible(false);
            plot.setRangeGridlinePaint(grid);
            plot.setRangeGridlineStroke(new BasicStroke(1f));
            plot.setDomainGridlinesVisible(false);
            axis(plot.getDomainAxis(), foreground, grid, scale);
            axis(plot.getRangeAxis(), foreground, grid, scale);
            if (plot.getRenderer() instanceof AbstractRenderer renderer) {
                // A legend's colour swatch, as large as its text's lower-case letters.
                double swatch = LEGEND_SWATCH * bodySize(scale);
                renderer.setDefaultLegendShape(new Rectangle2D.Double(-swatch / 2, -swatch / 2, swatch, swatch));
            }
        } else if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(background);
            plot.setOutlineVisible(false);
            plot.setRangeGridlinePaint(grid);
            plot.setDomainGridlinePaint(grid);
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                axis(plot.getRangeAxis(i), foreground, grid, scale);
            }
            axis(plot.getDomainAxis(), foreground, grid, scale);
        }
    }

    /**
     * Black or white, whichever contrasts more with a fill (by WCAG relative luminance), for text drawn on it; black
     * for a paint that is not a plain colour.
     */
    public static Color textOn(Paint fill) {
        if (!(fill instanceof Color colour)) {
            return Color.BLACK;
        }
        double luminance = 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen())
                + 0.0722 * linear(colour.getBlue());
        return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? Color.BLACK : Color.WHITE;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /**
     * Lets the chart measure its text with Java2D's cached font metrics instead of laying out a JavaFX Text node for
     * every label it measures, which was most of the time a redraw took (profiled: the token chart redrawn for every
     * λ change spent over half its time in FXFontMetrics). Both measure the same DejaVu fonts.
     */
    private static void measureTextWithJava2d(JFreeChart chart) {
        RenderingHints hints = chart.getRenderingHints();
        hints.put(FXHints.KEY_USE_FX_FONT_METRICS, Boolean.FALSE);
        chart.setRenderingHints(hints);
    }

    /**
     * Whether the plot has a number axis across, whose last tick label, centred on its tick near the plot's right
     * edge, would be cut off ("2,000" on a learning curve) unless the chart leaves room right of the plot.
     */
    private static boolean numbersAcross(Plot plot) {
        if (plot instanceof XYPlot xy) {
            return xy.getOrientation() == PlotOrientation.VERTICAL && xy.getDomainAxis() instanceof NumberAxis
                    && !(xy.getDomainAxis() instanceof SymbolAxis);
        }
        return plot instanceof CategoryPlot category && category.getOrientation() == PlotOrientation.HORIZONTAL;
    }

    /**
     * A legend's colours and font, also for a legend that is not attached to its chart yet, with a space of a line's
     * height after each item so that large text does not run one item into the next.
     */
    public static void legend(LegendTitle legend, Palette palette, double scale) {
        legend.setBackgroundPaint(Palette.awt(palette.pane()));
        legend.setItemPaint(Palette.awt(palette.foreground()));
        legend.setItemFont(font(scale, Font.PLAIN));
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, bodySize(scale)));
    }

    private static void axis(Axis axis, Color foreground, Color grid, double scale) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(foreground);
        axis.setTickLabelPaint(foreground);
        axis.setAxisLinePaint(grid);
        axis.setTickMarkPaint(grid);
        axis.setLabelFont(font(scale, Font.PLAIN));
        axis.setTickLabelFont(font(scale, Font.PLAIN));
    }
}
