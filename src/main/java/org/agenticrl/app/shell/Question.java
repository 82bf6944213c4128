package org.agenticrl.app.shell;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.agenticrl.app.controls.Styles;

/**
 * A question the window asks in a dialog (save before closing? restore the recovery copy?), in its owner window's
 * look: the owner scene's stylesheets and its root's style, which carry the theme's colours and the text size, so a
 * question on a projector is as large as the window's text. Its width is in ems (app.css), its text wraps, and a text
 * taller than half the owner window scrolls, so that the answer buttons are always in reach.
 */
final class Question {
    private Question() {
    }

    /**
     * A question to show with {@code showAndWait}; its text is the node with id "question-text".
     *
     * @param answers the buttons, in the platform's order
     */
    static Alert ask(Stage owner, String header, String text, ButtonType... answers) {
        Alert question = new Alert(Alert.AlertType.CONFIRMATION, null, answers);
        question.initOwner(owner);
        question.setHeaderText(header);
        DialogPane pane = question.getDialogPane();
        pane.getStyleClass().add(Styles.QUESTION);
        Scene look = owner.getScene();
        if (look != null) {
            pane.getStylesheets().setAll(look.getStylesheets());
            pane.setStyle(look.getRoot().getStyle());
        }
        Label message = new Label(text);
        message.setId("question-text");
        message.setWrapText(true);
        ScrollPane scroll = new ScrollPane(message);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.EDGE_TO_EDGE);
        scroll.maxHeightProperty().bind(owner.heightProperty().divide(2));
        pane.setContent(scroll);
        return question;
    }
}
