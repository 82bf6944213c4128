package org.agenticrl.app.presenter;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Stylesheets;

/**
 * Puts the two windows of a lecture on their screens while the {@link PresenterModel} is open: the room's (the main
 * window) full screen on the room's screen, the presenter view maximised on the lecturer's; again after a swap, and
 * when the lesson is presented again after the room's window left it (and full screen) with Escape.
 * Closing the view (or its window) puts the main window back where it was. In the presenter view Page Down, Space
 * and Right go to the next chapter, Page Up, Backspace and Left to the previous one, as a clicker sends them.
 */
public final class PresenterWindow {
    private final PresenterModel presenter;
    private final Stage room;
    private final Stage stage = new Stage();
    private Rectangle2D roomWasAt;

    /** @param room the main window, which the room sees */
    public PresenterWindow(PresenterModel presenter, Stage room, AppearanceModel appearance) {
        this.presenter = presenter;
        this.room = room;
        Scene scene = new Scene(new PresenterView(presenter), 1024, 640);
        Stylesheets.bind(scene, appearance);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case PAGE_DOWN, SPACE, RIGHT -> presenter.next();
                case PAGE_UP, BACK_SPACE, LEFT -> presenter.previous();
                default -> {
                    return;
                }
            }
            event.consume();
        });
        stage.setTitle("Presenter view \u2014 Agentic RL Visualizer");
        stage.setScene(scene);
        stage.setOnHidden(event -> presenter.close());
        presenter.openProperty().addListener((o, was, open) -> {
            if (open) {
                show();
            } else {
                hide();
            }
        });
        presenter.screens().roomProperty().addListener((o, before, after) -> place());
        presenter.presentingProperty().addListener((o, was, presenting) -> {
            if (presenting) {
                place();
            }
        });
    }

    /** Opens the presenter view, the window's current screen being the lecturer's; nothing with one screen. */
    public void open() {
        presenter.open(bounds(room));
    }

    private void show() {
        roomWasAt = bounds(room);
        place();
        stage.show();
        stage.toFront();
    }

    private void place() {
        if (!presenter.openProperty().get()) {
            return;
        }
        moveTo(room, presenter.screens().roomProperty().get());
        room.setFullScreen(true);
        stage.setMaximized(false);
        moveTo(stage, presenter.screens().lecturerProperty().get());
        stage.setMaximized(true);
    }

    private void hide() {
        stage.hide();
        if (roomWasAt != null) {
            room.setFullScreen(false);
            room.setX(roomWasAt.getMinX());
            room.setY(roomWasAt.getMinY());
            room.setWidth(roomWasAt.getWidth());
            room.setHeight(roomWasAt.getHeight());
            roomWasAt = null;
        }
    }

    /** A window is on the screen that holds it: full screen and maximised then fill that screen. */
    private static void moveTo(Stage window, Rectangle2D screen) {
        window.setFullScreen(false);
        window.setX(screen.getMinX());
        window.setY(screen.getMinY());
        window.setWidth(screen.getWidth());
        window.setHeight(screen.getHeight());
    }

    private static Rectangle2D bounds(Stage window) {
        return new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
    }

    /** The presenter view's window. */
    public Stage stage() {
        return stage;
    }
}
