package org.agenticrl.app.runs;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** A read-only table column of text computed from each row. */
final class TextColumns {
    private TextColumns() {
    }

    static <R> TableColumn<R, String> of(String name, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
