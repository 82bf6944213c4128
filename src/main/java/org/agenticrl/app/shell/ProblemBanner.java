package org.agenticrl.app.shell;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.controls.Styles;

/**
 * Every refusal (a bad scenario file, a setting the engine refuses, a divergence) in full, in a band between the menus
 * and the tabs, until it is closed or the next action succeeds; the status bar keeps the short line. It takes its own
 * room in the layout and pushes the tabs down, so that it never covers them.
 */
final class ProblemBanner extends HBox {
    private final Label message = new Label();
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false);

    ProblemBanner(ObservableValue<StatusMessage> status) {
        super(12);
        setId("problem-banner");
        getStyleClass().add(Styles.PROBLEM_BANNER);
        setAlignment(Pos.CENTER_LEFT);
        message.setId("problem-text");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button close = new Button("\u2715");
        close.setId("problem-close");
        close.setTooltip(new Tooltip("Close this message"));
        close.setAccessibleText("Close this message");
        close.setOnAction(event -> open.set(false));
        getChildren().addAll(message, close);
        Styles.showWhen(this, open);
        // Invalidation, not change: the same refusal again (Ctrl+1 twice, after closing the banner) is an equal
        // message, which a change listener would not hear.
        status.addListener((InvalidationListener) o -> show(status.getValue()));
    }

    private void show(StatusMessage status) {
        if (status.error()) {
            message.setText("\u26a0  " + status.text());
        }
        open.set(status.error());
    }

    /** The message shown, while the banner is open; empty otherwise. */
    String text() {
        return open.get() ? message.getText() : "";
    }
}
