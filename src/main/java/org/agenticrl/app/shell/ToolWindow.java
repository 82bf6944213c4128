package org.agenticrl.app.shell;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Stylesheets;

/**
 * A secondary window of the app (the glossary, the About box): made once and shown again and again, in the main
 * window's theme and text size, above the main window, closed by Escape.
 */
final class ToolWindow {
    private final Stage stage = new Stage();

    ToolWindow(String title, Parent content, AppearanceModel appearance, double width, double height) {
        Scene scene = new Scene(content, width, height);
        Stylesheets.bind(scene, appearance);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.hide();
                event.consume();
            }
        });
        stage.setTitle(title);
        stage.setScene(scene);
    }

    /** Shows the window above its owner, or brings it to the front if it is showing. */
    void show(Window owner) {
        if (stage.getOwner() == null && owner != null) {
            stage.initOwner(owner);
        }
        stage.show();
        stage.toFront();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    Stage stage() {
        return stage;
    }
}
