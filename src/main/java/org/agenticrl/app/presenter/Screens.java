package org.agenticrl.app.presenter;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/** The screens a window can be put on, by their bounds; a test gives bounds of its own (headless has one screen). */
public interface Screens {
    /** The screens' bounds, kept up to date as screens are connected and disconnected. Read on the FX thread. */
    ObservableList<Rectangle2D> bounds();

    /** One screen of these bounds and no other: a window drawn where no display is, as the lesson frames are. */
    static Screens only(Rectangle2D screen) {
        ObservableList<Rectangle2D> bounds = FXCollections.observableArrayList(screen);
        return () -> bounds;
    }

    /** The computer's screens. */
    static Screens system() {
        ObservableList<Rectangle2D> bounds = FXCollections.observableArrayList();
        Runnable read = () -> bounds.setAll(Screen.getScreens().stream().map(Screen::getBounds).toList());
        Screen.getScreens().addListener((ListChangeListener<Screen>) change -> read.run());
        read.run();
        return () -> bounds;
    }
}
