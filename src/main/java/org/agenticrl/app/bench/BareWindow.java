package org.agenticrl.app.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick of start-up time: a JavaFX window with one label and nothing else, on the same class path, JVM and
 * JavaFX jars as the app. {@code packaging/bench-startup.sh} launches it beside the real window and reports the
 * ratio of their times to the first frame. Start it with
 * {@code java -cp target/agentic-rl.jar org.agenticrl.app.bench.BareWindow}; it stays open until it is closed.
 */
public final class BareWindow {
    /** The window's title, which the benchmark waits for. */
    public static final String TITLE = "Bare JavaFX window";

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself; a separate class so that {@code main} does not extend {@code Application}. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle(TITLE);
            stage.setScene(new Scene(new Label("A bare JavaFX window"), 1280, 720));
            stage.show();
        }
    }
}
