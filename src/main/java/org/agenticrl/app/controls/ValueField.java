package org.agenticrl.app.controls;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.agenticrl.app.common.NumberInput;

/**
 * A labelled {@link NumberInput}: a slider, a text field and, under them, the reason the last typed value was refused.
 * Enter or leaving the field commits the text, Escape reverts it; dragging sets the nearest value the field can show.
 * All checking, rounding and clamping is the input's; this control only binds and forwards. The slider can be
 * logarithmic (for temperatures and learning rates).
 */
public final class ValueField extends GridPane {
    private final NumberInput input;
    private final boolean logarithmic;
    private final Slider slider = new Slider();
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final Label name;
    private boolean syncing;

    /**
     * @param label what the number is, e.g. "λ1 (SFT weight)"
     * @param logarithmic the slider moves over log10 of the value; the range must then be positive
     */
    public ValueField(String label, String help, NumberInput input, boolean logarithmic) {
        this.input = input;
        this.logarithmic = logarithmic;
        getStyleClass().add(Styles.VALUE_FIELD);
        setHgap(8);
        name = new Label(label);
        name.setMinWidth(USE_PREF_SIZE);
        Tooltip.install(name, new Tooltip(help));
        // Screen readers name both inputs by the label: the field through it, the slider by its text.
        name.setLabelFor(field);
        slider.setAccessibleText(label);
        slider.setMin(toSlider(input.range().min()));
        slider.setMax(toSlider(input.range().max()));
        if (input.range().integer() && !logarithmic) {
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(0);
            slider.setSnapToTicks(true);
        }
        slider.setFocusTraversable(true);
        field.setPrefColumnCount(6);
        field.setMinWidth(USE_PREF_SIZE);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.getStyleClass().add(Styles.MONO);
        field.textProperty().bindBidirectional(input.textProperty());
        input.invalid().addListener((o, was, invalid) -> field.pseudoClassStateChanged(Styles.INVALID, invalid));
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(input.problemProperty());
        Styles.showWhen(error, input.invalid());
        add(name, 0, 0);
        add(slider, 1, 0);
        add(field, 2, 0);
        add(error, 0, 1, 3, 1);
        setHgrow(slider, Priority.ALWAYS);
        showOnSlider(input.get());
        input.valueProperty().addListener((o, before, after) -> showOnSlider(after.doubleValue()));
        slider.valueProperty().addListener((o, before, after) -> {
            if (!syncing) {
                input.setNearest(fromSlider(after.doubleValue()));
            }
        });
        field.setOnAction(event -> input.commit());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                input.commit();
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                input.revert();
            }
        });
    }

    private double toSlider(double x) {
        return logarithmic ? Math.log10(x) : x;
    }

    private double fromSlider(double x) {
        return logarithmic ? Math.pow(10, x) : x;
    }

    private void showOnSlider(double x) {
        syncing = true;
        try {
            slider.setValue(toSlider(x));
        } finally {
            syncing = false;
        }
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

    /** Makes the field wide enough for this many characters (e.g. 11 for a ten-digit seed). */
    public ValueField columns(int characters) {
        field.setPrefColumnCount(characters);
        return this;
    }

    /** Puts a glossary link to the term beside the field's name. */
    public ValueField explain(String term) {
        GlossaryLinks.explain(name, term);
        return this;
    }

    public Slider slider() {
        return slider;
    }

    public TextField field() {
        return field;
    }

    /** Commits what the field holds, as Enter does. */
    public void commit() {
        input.commit();
    }

    /** The reason shown for the last refused value; empty when none is shown. */
    public String errorText() {
        return input.problemProperty().get();
    }
}
