package org.agenticrl.app.chart;

import atlantafx.base.theme.Styles;
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

/**
 * An XY chart that can be zoomed by dragging a rectangle over it (dragging right and down zooms in, left or up zooms
 * out) with a "Reset zoom" button over its top-right corner while it is zoomed, that is while any axis is off its
 * automatic range. The mouse wheel does not zoom (see {@link ChartZoom}). Use it on the FX thread only.
 */
public final class ZoomableChart extends StackPane {
    private final JFreeChart chart;
    private final XYPlot plot;
    private final Button reset = new Button("Reset zoom");

    public ZoomableChart(ChartViewer viewer) {
        chart = viewer.getChart();
        plot = chart.getXYPlot();
        ChartZoom.dragOnly(viewer);
        reset.getStyleClass().addAll("reset-zoom", Styles.SMALL);
        reset.setTooltip(new Tooltip("Back to the ranges that fit the data. Drag over a chart to zoom in."));
        reset.setOnAction(event -> resetZoom());
        reset.setVisible(false);
        StackPane.setAlignment(reset, Pos.TOP_RIGHT);
        StackPane.setMargin(reset, new Insets(2));
        getChildren().addAll(viewer, reset);
        chart.addChangeListener(event -> reset.setVisible(isZoomed()));
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
