package org.agenticrl.app.common;

import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A number the user sets by typing or dragging, as a view model holds it: the value, which is always within its
 * {@link NumericRange}; the text being typed; and the problem with the last refused text, shown beside the field
 * until the next accepted value. A view binds a text field to {@link #textProperty()} and calls {@link #commit()} on
 * Enter or focus loss, and a slider calls {@link #setNearest}; it never checks, rounds or clamps anything itself.
 * Bad writes are refused, never ignored: {@link #set} throws and {@link #commit()} reports, and neither changes the
 * value. Use it on the model's thread (the FX thread in the app).
 */
public final class NumberInput {
    private final NumericRange range;
    private final int decimals;
    private final ReadOnlyDoubleWrapper value;
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding invalid = problem.isNotEmpty();

    /**
     * @param decimals how many decimals the text shows and a dragged value keeps (0 for whole-number ranges)
     * @throws IllegalArgumentException if the initial value is outside the range
     */
    public NumberInput(NumericRange range, double initial, int decimals) {
        this.range = range;
        this.decimals = range.integer() ? 0 : decimals;
        range.problemWith(initial).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        this.value = new ReadOnlyDoubleWrapper(this, "value", initial);
        text.set(Format.editable(initial, this.decimals));
    }

    /**
     * Sets the value, and the text to match.
     *
     * @throws IllegalArgumentException with the reason, when the value is outside the range (nothing changes)
     */
    public void set(double next) {
        Optional<String> reason = range.problemWith(next);
        if (reason.isPresent()) {
            throw new IllegalArgumentException(reason.get());
        }
        problem.set("");
        value.set(next);
        text.set(Format.editable(next, decimals));
    }

    /** Sets the value nearest to x that the text can show: rounded to the decimals, within the range (a slider's value). */
    public void setNearest(double x) {
        double factor = Math.pow(10, decimals);
        double rounded = Double.isFinite(x * factor) ? Math.round(x * factor) / factor : x;
        set(Math.max(range.min(), Math.min(range.max(), rounded)));
    }

    /**
     * Takes the typed text if it holds a number in range; otherwise keeps the value and says why in
     * {@link #problemProperty()}.
     *
     * @return whether the text was accepted
     */
    public boolean commit() {
        if (!check()) {
            return false;
        }
        set(Double.parseDouble(text.get().strip()));
        return true;
    }

    /**
     * Checks the typed text without taking it: says why it would be refused in {@link #problemProperty()}, or clears
     * the problem when it would be taken. For a form that takes several inputs together or none of them.
     *
     * @return whether {@link #commit()} would take the text
     */
    public boolean check() {
        Optional<String> reason = range.problemWith(text.get());
        problem.set(reason.map(why -> why + "; kept " + Format.editable(value.get(), decimals)).orElse(""));
        return reason.isEmpty();
    }

    /** Puts the text back to the value and forgets the problem (Escape). */
    public void revert() {
        problem.set("");
        text.set(Format.editable(value.get(), decimals));
    }

    public double get() {
        return value.get();
    }

    /** Always within {@link #range()}. */
    public ReadOnlyDoubleProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** What the field shows and the user types; only {@link #commit()} turns it into the value. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the last typed text was refused; empty when nothing is refused. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether a refusal is showing. */
    public BooleanBinding invalid() {
        return invalid;
    }

    public NumericRange range() {
        return range;
    }

    public int decimals() {
        return decimals;
    }
}
