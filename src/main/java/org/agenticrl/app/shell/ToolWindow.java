package org.agenticrl.app.shell;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Stylesheets;

/**
 * A secondary window of the app (the glossary, the About box): made once and shown again and again, in the main
 * window's theme and text size, above the main window, closed by Escape. It opens at its size for the text scale of
 * the moment (larger text, a larger window), but never larger than its owner window nor the owner's screen, centred
 * on the owner; after that it keeps whatever size the user gives it. Its content scrolls where it does not fit.
 */
final class ToolWindow {
    private final Stage stage = new Stage();
    private final AppearanceModel appearance;
    private final double width;
    private final double height;

    /** @param width its width at text scale 1, and height its height, in pixels */
    ToolWindow(String title, Parent content, AppearanceModel appearance, double width, double height) {
        this.appearance = appearance;
        this.width = width;
        this.height = height;
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
            fit(owner);
        }
        stage.show();
        stage.toFront();
    }

    /** Sizes the window for the text scale within the owner and its screen, and centres it on the owner. */
    private void fit(Window owner) {
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double scale = appearance.textScaleProperty().get();
        double shownWidth = Math.min(width * scale, Math.min(owner.getWidth(), screen.getWidth()));
        double shownHeight = Math.min(height * scale, Math.min(owner.getHeight(), screen.getHeight()));
        stage.setWidth(shownWidth);
        stage.setHeight(shownHeight);
        stage.setX(within(owner.getX() + (owner.getWidth() - shownWidth) / 2, screen.getMinX(), screen.getMaxX(),
                shownWidth));
        stage.setY(within(owner.getY() + (owner.getHeight() - shownHeight) / 2, screen.getMinY(), screen.getMaxY(),
                shownHeight));
    }

    private static double within(double start, double min, double max, double extent) {
        return Math.max(min, Math.min(start, max - extent));
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    Stage stage() {
        return stage;
    }
}
