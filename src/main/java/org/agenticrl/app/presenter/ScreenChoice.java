package org.agenticrl.app.presenter;

import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;

/**
 * Which screen is the lecturer's and which the room's, by their bounds. By default the screen that holds most of the
 * window is the lecturer's (the window is where the lecturer works) and another screen the room's; the lecturer can
 * swap them. Use on the model's thread.
 */
public final class ScreenChoice {
    private final ObservableList<Rectangle2D> screens;
    private final BooleanBinding twoScreens;
    private final ReadOnlyObjectWrapper<Rectangle2D> lecturer = new ReadOnlyObjectWrapper<>(this, "lecturer");
    private final ReadOnlyObjectWrapper<Rectangle2D> room = new ReadOnlyObjectWrapper<>(this, "room");

    /** @param screens the screens' bounds, kept up to date as screens come and go (see {@link Screens}) */
    public ScreenChoice(ObservableList<Rectangle2D> screens) {
        this.screens = screens;
        twoScreens = Bindings.createBooleanBinding(() -> screens.stream().distinct().count() >= 2, screens);
    }

    /**
     * Makes the screen holding most of the window the lecturer's and the first other screen the room's.
     *
     * @param window the window's bounds now
     * @return false (and nothing changes) with fewer than two screens
     */
    public boolean choose(Rectangle2D window) {
        if (!twoScreens.get()) {
            return false;
        }
        Rectangle2D mine = screens.stream().max(Comparator.comparingDouble(screen -> overlap(screen, window)))
                .orElseThrow();
        lecturer.set(mine);
        room.set(screens.stream().filter(screen -> !screen.equals(mine)).findFirst().orElseThrow());
        return true;
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return width > 0 && height > 0 ? width * height : 0;
    }

    /** The room gets the lecturer's screen and the lecturer the room's. */
    public void swap() {
        Rectangle2D was = lecturer.get();
        lecturer.set(room.get());
        room.set(was);
    }

    /** Whether both chosen screens are still connected. */
    public boolean stillConnected() {
        return screens.contains(lecturer.get()) && screens.contains(room.get());
    }

    /**
     * Whether there is a second screen: only then can the room and the lecturer see different things. Screens with
     * the same bounds (mirrored) count as one.
     */
    public BooleanBinding twoScreensProperty() {
        return twoScreens;
    }

    /** The screen for the presenter view; null before {@link #choose}. */
    public ReadOnlyObjectProperty<Rectangle2D> lecturerProperty() {
        return lecturer.getReadOnlyProperty();
    }

    /** The screen for the main window, full screen; null before {@link #choose}. */
    public ReadOnlyObjectProperty<Rectangle2D> roomProperty() {
        return room.getReadOnlyProperty();
    }

    /** The screens' bounds. */
    public ObservableList<Rectangle2D> screens() {
        return screens;
    }
}
