package org.agenticrl.app.runs;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.agenticrl.app.controls.Styles;

/**
 * A read-only table column of text computed from each row, its cells previews cut to the column's width ({@link
 * Styles#TEXT_PREVIEW}).
 */
final class TextColumns {
    /** The narrowest a text column gets at text scale 1, in pixels: its head and a few words. */
    static final double MIN_WIDTH = 110;

    private TextColumns() {
    }

    static <R> TableColumn<R, String> of(String name, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        // As the number columns: a floor that grows with the text (StepView.restyle), so that at a large text scale
        // the table scrolls sideways instead of squeezing a text column's head to "…".
        column.setUserData(MIN_WIDTH);
        column.setMinWidth(MIN_WIDTH);
        column.setCellFactory(shown -> {
            TableCell<R, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.getStyleClass().add(Styles.TEXT_PREVIEW);
            return cell;
        });
        return column;
    }
}
