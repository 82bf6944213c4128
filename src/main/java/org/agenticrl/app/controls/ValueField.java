package org.agenticrl.app.controls;

import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.common.NumericRange;

/**
 * A labelled number the user can drag or type: a slider, a text field and, under them, the reason a typed value was
 * refused. Typed text is checked against the model's {@link NumericRange} when Enter is pressed or the field loses
 * focus; a refused value changes nothing. The slider can be logarithmic (for temperature).
 */
public final class ValueField extends GridPane {
    private final DoubleProperty value;
    private final NumericRange range;
    private final boolean logarithmic;
    private final int decimals;
    private final Slider slider = new Slider();
    private final TextField field = new TextField();
    private final Label error = new Label();
    private boolean syncing;

    /**
     * @param label what the number is, e.g. "λ1 (SFT weight)"
     * @param logarithmic the slider moves over log10 of the value; the range must then be positive
     */
    public ValueField(String label, String help, DoubleProperty value, NumericRange range, boolean logarithmic,
                      int decimals) {
        this.value = value;
        this.range = range;
        this.logarithmic = logarithmic;
        this.decimals = decimals;
        getStyleClass().add("value-field");
        setHgap(8);
        Label name = new Label(label);
        name.setMinWidth(USE_PREF_SIZE);
        Tooltip.install(name, new Tooltip(help));
        slider.setMin(toSlider(range.min()));
        slider.setMax(toSlider(range.max()));
        if (range.integer() && !logarithmic) {
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(0);
            slider.setSnapToTicks(true);
        }
        slider.setFocusTraversable(true);
        field.setPrefColumnCount(6);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.getStyleClass().add("mono");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        add(name, 0, 0);
        add(slider, 1, 0);
        add(field, 2, 0);
        add(error, 0, 1, 3, 1);
        setHgrow(slider, Priority.ALWAYS);
        showValue(value.get());
        value.addListener((observable, before, after) -> showValue(after.doubleValue()));
        slider.valueProperty().addListener((observable, before, after) -> {
            if (!syncing) {
                clearError();
                value.set(round(fromSlider(after.doubleValue())));
            }
        });
        field.setOnAction(event -> commit());
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                showValue(value.get());
                clearError();
            }
        });
    }

    private double toSlider(double x) {
        return logarithmic ? Math.log10(x) : x;
    }

    private double fromSlider(double x) {
        return logarithmic ? Math.pow(10, x) : x;
    }

    /**
     * A dragged value is rounded to what the field shows (a whole number for whole-number ranges), so that the value
     * used is the value seen.
     */
    private double round(double x) {
        double factor = Math.pow(10, range.integer() ? 0 : decimals);
        double rounded = Math.round(x * factor) / factor;
        return Math.max(range.min(), Math.min(range.max(), rounded));
    }

    private void showValue(double x) {
        syncing = true;
        try {
            slider.setValue(toSlider(x));
            field.setText(Format.fixed(x, decimals).replace('\u2212', '-'));
        } finally {
            syncing = false;
        }
    }

    /** Takes the typed text if it is a number in range; otherwise shows why and keeps the value. */
    public void commit() {
        Optional<String> problem = range.problemWith(field.getText());
        if (problem.isPresent()) {
            error.setText(problem.get() + "; kept " + Format.fixed(value.get(), decimals));
            error.setManaged(true);
            error.setVisible(true);
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
            return;
        }
        clearError();
        double typed = range.parse(field.getText()).orElseThrow();
        value.set(typed);
        showValue(typed);
    }

    private void clearError() {
        error.setVisible(false);
        error.setManaged(false);
        field.getStyleClass().remove("invalid");
    }

    /** Lets the slider cover only up to max; larger values can still be typed (the slider then rests at its end). */
    public ValueField sliderUpTo(double max) {
        slider.setMax(toSlider(max));
        return this;
    }

    /** The same control without its slider, for numbers that are typed rather than dragged (seeds, counts). */
    public ValueField typedOnly() {
        slider.setVisible(false);
        slider.setManaged(false);
        return this;
    }

    public Slider slider() {
        return slider;
    }

    public TextField field() {
        return field;
    }

    /** The reason shown for the last refused value; empty when none is shown. */
    public String errorText() {
        return error.isVisible() ? error.getText() : "";
    }
}
