package org.agenticrl.app.training;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Charts in a grid: two columns when each gets at least the cell width, else one; every row at least the cell height
 * tall, the rows sharing any height beyond that equally. Its minimum height is what its rows need at its width, so in
 * a scroll pane that fits it to the viewport it fills the viewport when the charts fit and scrolls when they do not,
 * and a chart is never squashed below the cell height. Use it on the FX thread.
 */
final class CurveGrid extends Pane {
    private static final int MAX_COLUMNS = 2;

    private final double gap;
    private double cellWidth = 1;
    private double cellHeight = 1;

    /** @param gap the space between two columns and between two rows, in pixels */
    CurveGrid(List<? extends Node> charts, double gap) {
        this.gap = gap;
        getChildren().setAll(charts);
    }

    /** The narrowest a chart may be for two to sit side by side, and the least height of a row, in pixels. */
    void setCellSize(double width, double height) {
        cellWidth = width;
        cellHeight = height;
        requestLayout();
    }

    /** How many columns the charts take at that inner width (without the grid's insets). */
    int columns(double width) {
        return width >= MAX_COLUMNS * cellWidth + (MAX_COLUMNS - 1) * gap ? MAX_COLUMNS : 1;
    }

    private int rows(double width) {
        int columns = columns(width);
        return (getManagedChildren().size() + columns - 1) / columns;
    }

    /** The width to lay out for: the one asked about, or the grid's own when the caller gives none (-1). */
    private double inner(double width) {
        return (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinHeight(double width) {
        int rows = rows(inner(width));
        return snappedTopInset() + snappedBottomInset() + rows * cellHeight + Math.max(0, rows - 1) * gap;
    }

    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + cellWidth;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + MAX_COLUMNS * cellWidth + (MAX_COLUMNS - 1) * gap;
    }

    @Override
    protected void layoutChildren() {
        List<Node> charts = getManagedChildren();
        double width = inner(-1);
        int columns = columns(width);
        int rows = rows(width);
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        double chartWidth = (width - (columns - 1) * gap) / columns;
        double rowHeight = Math.max(cellHeight, (height - (rows - 1) * gap) / rows);
        for (int i = 0; i < charts.size(); i++) {
            int column = i % columns;
            int row = i / columns;
            charts.get(i).resizeRelocate(snappedLeftInset() + column * (chartWidth + gap),
                    snappedTopInset() + row * (rowHeight + gap), chartWidth, rowHeight);
        }
    }
}
