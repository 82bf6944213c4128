package org.agenticrl.app.objective;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.engine.Identified;

/**
 * Every variant's value side by side, each under its name, the chosen one in bold. A grid with fixed columns, so
 * that changing numbers never re-wrap it and the panel below does not jump while training runs.
 */
final class VariantValues<E extends Enum<E> & Identified> extends GridPane {
    private final Map<E, Label> values;

    VariantValues(Class<E> type) {
        values = new EnumMap<>(type);
        setHgap(10);
        getStyleClass().add(Styles.VARIANT_VALUES);
        E[] variants = type.getEnumConstants();
        for (int c = 0; c < variants.length; c++) {
            Label name = new Label(variants[c].id());
            name.getStyleClass().add(Styles.VARIANT_NOTE);
            Label value = new Label();
            value.getStyleClass().addAll(Styles.VARIANT_NOTE, Styles.MONO);
            add(name, c, 0);
            add(value, c, 1);
            ColumnConstraints column = new ColumnConstraints();
            column.setHalignment(HPos.RIGHT);
            column.setMinWidth(USE_PREF_SIZE);
            getColumnConstraints().add(column);
            values.put(variants[c], value);
        }
    }

    /** Shows the values, the chosen variant's in bold. */
    void show(Map<E, Double> byVariant, E chosen) {
        values.forEach((variant, label) -> {
            label.setText(Format.fixed(byVariant.get(variant), 3));
            label.pseudoClassStateChanged(Styles.CHOSEN, variant == chosen);
        });
    }
}
