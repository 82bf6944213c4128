package org.agenticrl.app.lesson;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.agenticrl.app.theme.Css;

/**
 * A caption in the type size its style gives (it grows with the text scale), made smaller, down to {@value
 * #SMALLEST} of that size, when a long caption would otherwise be taller than its budget: a caption is read whole on a
 * projector, never cut and never scrolled. Below the smallest size it keeps that size and its budget is exceeded.
 */
final class FittedCaption extends Region {
    static final double SMALLEST = 0.6;
    private static final double STEP = 0.05;

    private final TextFlow flow = new TextFlow();
    /** An unshown run in the caption's style, which says the size the style gives. */
    private final Text styled = new Text("M");
    private final DoubleProperty budget = new SimpleDoubleProperty(this, "budget", Double.MAX_VALUE);
    private double size = -1;
    private double fittedWidth = -1;
    private double fittedBudget = -1;
    private double fittedStyle = -1;

    FittedCaption() {
        styled.getStyleClass().add(LessonBand.CAPTION_TEXT);
        styled.setManaged(false);
        styled.setVisible(false);
        getChildren().addAll(flow, styled);
        budget.addListener((o, before, after) -> requestLayout());
    }

    /** The most height the caption may take, in pixels. */
    DoubleProperty budgetProperty() {
        return budget;
    }

    void show(String caption) {
        flow.getChildren().setAll(CaptionSpans.of(caption).stream().map(span -> {
            Text run = new Text(span.text());
            run.getStyleClass().add(LessonBand.CAPTION_TEXT);
            if (span.emphasised()) {
                run.getStyleClass().add(LessonBand.EMPHASIS);
            }
            return run;
        }).toList());
        fittedWidth = -1;
        size = -1;
        requestLayout();
    }

    List<Text> texts() {
        return flow.getChildren().stream().map(Text.class::cast).toList();
    }

    /** The type size in pixels the caption is shown in. */
    double fontSize() {
        return size > 0 ? size : styled.getFont().getSize();
    }

    /** Its height depends on its width, as a paragraph's does: parents ask for the height at the width they give. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double given = width < 0 ? getWidth() : width;
        if (given <= 0) {
            return snappedTopInset() + flow.prefHeight(-1) + snappedBottomInset();
        }
        double inner = given - snappedLeftInset() - snappedRightInset();
        fit(inner);
        return snappedTopInset() + flow.prefHeight(inner) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        fit(inner);
        layoutInArea(flow, snappedLeftInset(), snappedTopInset(), inner,
                getHeight() - snappedTopInset() - snappedBottomInset(), 0, HPos.LEFT, VPos.TOP);
    }

    /** Chooses the largest size, in steps of {@value #STEP} of the style's, at which the caption fits its budget. */
    private void fit(double width) {
        if (width <= 0) {
            return;
        }
        styled.applyCss();
        double style = styled.getFont().getSize();
        double height = budget.get() - snappedTopInset() - snappedBottomInset();
        if (width == fittedWidth && height == fittedBudget && style == fittedStyle) {
            return;
        }
        fittedWidth = width;
        fittedBudget = height;
        fittedStyle = style;
        for (double share = 1; ; share -= STEP) {
            apply(style * share);
            if (share - STEP < SMALLEST - 1e-9 || flow.prefHeight(width) <= height) {
                return;
            }
        }
    }

    private void apply(double pixels) {
        size = pixels;
        String style = Css.fontSize(pixels, 2);
        for (Text text : texts()) {
            text.setStyle(style);
            text.applyCss();
        }
    }
}
