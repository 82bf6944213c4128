package org.agenticrl.app.controls;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.agenticrl.engine.Identified;

/** A drop-down over an engine enum, showing each constant's id, bound both ways to a model property. */
public final class Choices {
    private Choices() {
    }

    public static <E extends Enum<E> & Identified> ComboBox<E> of(Class<E> type, ObjectProperty<E> property, String id) {
        ComboBox<E> choice = new ComboBox<>();
        choice.setId(id);
        choice.getItems().addAll(type.getEnumConstants());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : value.id();
            }

            @Override
            public E fromString(String text) {
                return Identified.fromId(type, text, id);
            }
        });
        choice.valueProperty().bindBidirectional(property);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> property.get() == null ? "" : property.get().description(), property));
        choice.setTooltip(tip);
        choice.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return choice;
    }
}
