package org.agenticrl.app.chart;

import atlantafx.base.theme.Styles;
import java.awt.font.FontRenderContext;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jspecify.annotations.Nullable;

/**
 * An XY chart that can be zoomed by dragging a rectangle over it (dragging right and down zooms in, left or up zooms
 * out) with a "Reset zoom" button over its top-right corner while it is zoomed, that is while any axis is off its
 * automatic range; the chart's title and plot make room for the button meanwhile. The mouse wheel does not zoom (see
 * {@link ChartZoom}). Use it on the FX thread only.
 */
public final class ZoomableChart extends StackPane {
    private static final double MARGIN = 2;

    private final JFreeChart chart;
    private final XYPlot plot;
    private final Button reset = new Button("Reset zoom");
    /** The title's padding while not zoomed; none for a chart without a title. */
    private final @Nullable RectangleInsets titlePadding;

    public ZoomableChart(ChartViewer viewer) {
        chart = viewer.getChart();
        plot = chart.getXYPlot();
        titlePadding = chart.getTitle() == null ? null : chart.getTitle().getPadding();
        ChartZoom.dragOnly(viewer);
        reset.getStyleClass().addAll(org.agenticrl.app.controls.Styles.RESET_ZOOM, Styles.SMALL);
        reset.setTooltip(new Tooltip("Back to the ranges that fit the data. Drag over a chart to zoom in."));
        reset.setOnAction(event -> resetZoom());
        reset.setVisible(false);
        StackPane.setAlignment(reset, Pos.TOP_RIGHT);
        StackPane.setMargin(reset, new Insets(MARGIN));
        getChildren().addAll(viewer, reset);
        chart.addChangeListener(event -> showReset(isZoomed()));
    }

    /**
     * Shows or hides the button; while it shows, the chart's title (if any) is padded so that it and the plot keep
     * clear of the button: the title centred in the width left of it, the plot below it. Changing the padding changes
     * the chart again, which then finds the button already as wanted.
     */
    private void showReset(boolean zoomed) {
        if (reset.isVisible() == zoomed) {
            return;
        }
        reset.setVisible(zoomed);
        TextTitle title = chart.getTitle();
        if (title == null || titlePadding == null) {
            return;
        }
        double line = title.getFont().getLineMetrics(title.getText(), new FontRenderContext(null, true, true))
                .getHeight();
        double below = Math.max(0, reset.prefHeight(-1) + MARGIN - line - titlePadding.getTop());
        title.setPadding(!zoomed ? titlePadding : new RectangleInsets(titlePadding.getTop(), titlePadding.getLeft(),
                Math.max(titlePadding.getBottom(), below), titlePadding.getRight() + reset.prefWidth(-1) + MARGIN));
    }

    /** Whether any axis shows a range the user chose rather than the automatic one. */
    public boolean isZoomed() {
        return axes().anyMatch(axis -> !axis.isAutoRange());
    }

    /** Returns every axis to its automatic range; the chart redraws once. */
    public void resetZoom() {
        Redraw.once(chart, () -> axes().forEach(axis -> axis.setAutoRange(true)));
    }

    private Stream<ValueAxis> axes() {
        return Stream.concat(IntStream.range(0, plot.getDomainAxisCount()).mapToObj(plot::getDomainAxis),
                IntStream.range(0, plot.getRangeAxisCount()).mapToObj(plot::getRangeAxis));
    }
}
