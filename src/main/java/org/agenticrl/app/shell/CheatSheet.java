package org.agenticrl.app.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;

/**
 * The keyboard cheat sheet, shown over the window (F1 or ?); Escape, F1 or a click outside its card closes it. The
 * card is never taller than the window: its list of keys scrolls when it does not fit (large text on a projector),
 * and a description wraps rather than widening the card past the window.
 */
public final class CheatSheet extends StackPane {
    private static final String[][] KEYS = {
        {"Space", "play / pause the episode (on the Training tab: training; in a lesson: the next chapter)"},
        {"Page Down  /  Page Up", "in a lesson: the next / previous chapter (also Space / Backspace)"},
        {"F5", "present the lesson"},
        {"Escape", "close what is open, one per press: a menu, this sheet, full screen; then leave lesson mode"},
        {"Ctrl + Shift + A  /  Ctrl + L", "add this view as a chapter / edit the lesson"},
        {"\u2192  /  \u2190", "step forward / back one token"},
        {"End", "show the whole episode"},
        {"Z  or  double-click", "the chart under the pointer across the window; Z, Escape or double-click: back"},
        {"R", "reset the episode to its start"},
        {"Ctrl + +  /  Ctrl + \u2212", "larger / smaller text"},
        {"Ctrl + 0", "normal text size"},
        {"Ctrl + 1 \u2026 4", "all three views, or one across the window"},
        {"Ctrl + T", "switch light / dark theme"},
        {"Ctrl + O", "open a session or a scenario file"},
        {"Ctrl + Shift + O", "open a real run's folder (verl, TRL, rLLM, inspect_ai, ...)"},
        {"Ctrl + S  /  Ctrl + Shift + S", "save the session / save it as"},
        {"Ctrl + E", "export the window as PNG (2\u00d7)"},
        {"Ctrl + Shift + C", "copy the current tab to the clipboard as a picture"},
        {"Ctrl + G", "the glossary (or click a ? beside a term)"},
        {"F11", "full screen"},
        {"F1  or  ?", "this sheet"},
    };

    public CheatSheet() {
        setId("cheat-sheet");
        getStyleClass().add(Styles.OVERLAY);
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.getStyleClass().add(Styles.KEY);
            key.setMinWidth(USE_PREF_SIZE);
            Label what = new Label(KEYS[i][1]);
            what.setWrapText(true);
            what.setMinHeight(USE_PREF_SIZE);
            grid.addRow(i, key, what);
        }
        grid.setId("cheat-sheet-keys");
        ScrollPane keys = new ScrollPane(grid);
        keys.setId("cheat-sheet-scroll");
        keys.setFitToWidth(true);
        keys.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        keys.getStyleClass().add(Styles.EDGE_TO_EDGE);
        VBox.setVgrow(keys, Priority.ALWAYS);
        Label title = Labels.title("Keyboard shortcuts");
        Label hint = new Label("Press Escape or click outside to close");
        hint.getStyleClass().add(Styles.MUTED);
        VBox card = new VBox(title, keys, hint);
        card.getStyleClass().add(Styles.OVERLAY_CARD);
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        // A click on the card (its scroll bar, say) keeps the sheet open; a click beside it closes it.
        card.setOnMouseClicked(MouseEvent::consume);
        getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(event -> setVisible(false));
    }

    public void toggle() {
        setVisible(!isVisible());
    }
}
