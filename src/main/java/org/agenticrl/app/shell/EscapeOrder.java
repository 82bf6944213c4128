package org.agenticrl.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.event.Event;
import javafx.event.EventDispatcher;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.agenticrl.app.lesson.LessonModel;

/**
 * What Escape closes in the main window, innermost first and one thing per press: an open menu or context menu, the
 * wait for a click on a new chapter's evidence, the cheat sheet, a chart shown across the window, full screen, and
 * only when nothing else is open the lesson being presented. A dialog or tool window takes its own Escape (it has the
 * keyboard while it is open). A new layer is one more {@link #then} in {@link #of}, at its place in the order.
 */
public final class EscapeOrder {
    /** Shown for a few seconds on entering full screen (Escape, not the toolkit, leaves it). */
    static final String FULL_SCREEN_HINT = "Escape or F11 leaves full screen";

    private record Layer(BooleanSupplier open, Runnable close) {
    }

    private final List<Layer> layers = new ArrayList<>();
    private boolean menuWasOpen;

    private EscapeOrder() {
    }

    /**
     * The main window's order. Full screen is left by this order rather than by the toolkit, which would otherwise
     * leave it and pass the same Escape on, ending the lesson too.
     */
    public static EscapeOrder of(Stage stage, MainWindow window, LessonModel lesson) {
        EscapeOrder order = new EscapeOrder();
        order.watchMenusAtEscape(stage);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint(FULL_SCREEN_HINT);
        CheatSheet cheatSheet = window.cheatSheet();
        return order.then(() -> order.menuWasOpen, () -> { /* the menu has closed itself */ })
                .then(() -> lesson.pointingProperty().get(), lesson::stopPointing)
                .then(cheatSheet::isVisible, () -> cheatSheet.setVisible(false))
                .then(window.enlargedChart()::isOpen, window.enlargedChart()::close)
                .then(stage::isFullScreen, () -> stage.setFullScreen(false))
                .then(() -> lesson.presentingProperty().get() && !typing(stage), lesson::leave);
    }

    /** Adds a layer under every layer added before it: Escape closes it once they are all closed. */
    EscapeOrder then(BooleanSupplier open, Runnable close) {
        layers.add(new Layer(open, close));
        return this;
    }

    /** Closes the innermost open layer; false (and nothing happens) when none is open. */
    boolean closeInnermost() {
        for (Layer layer : layers) {
            if (layer.open().getAsBoolean()) {
                layer.close().run();
                return true;
            }
        }
        return false;
    }

    /*
     * JavaFX hides an open menu of the menu bar when Escape goes down, before any event filter of the window sees the
     * key, and then lets the key go on: by the time the window's shortcuts see it, the menu is gone. So the press is
     * looked at on its way in, ahead of the menu's own handling.
     */
    private void watchMenusAtEscape(Stage stage) {
        EventDispatcher own = stage.getEventDispatcher();
        stage.setEventDispatcher((event, tail) -> {
            if (!isEscapePress(event)) {
                // Among them the events that hiding the menu dispatches while the Escape is under way.
                return own.dispatchEvent(event, tail);
            }
            boolean outer = menuWasOpen;
            menuWasOpen = menuOpen(stage);
            try {
                return own.dispatchEvent(event, tail);
            } finally {
                menuWasOpen = outer;
            }
        });
    }

    private static boolean isEscapePress(Event event) {
        return event.getEventType() == KeyEvent.KEY_PRESSED && ((KeyEvent) event).getCode() == KeyCode.ESCAPE;
    }

    /** Whether a menu, context menu or other pop-up (not a tooltip) of this window is showing. */
    private static boolean menuOpen(Stage stage) {
        return Window.getWindows().stream().anyMatch(shown -> shown instanceof PopupWindow popup
                && !(popup instanceof Tooltip) && popup.isShowing() && ownedBy(popup, stage));
    }

    private static boolean ownedBy(PopupWindow popup, Window owner) {
        Window up = popup.getOwnerWindow();
        while (up instanceof PopupWindow parent) {
            up = parent.getOwnerWindow();
        }
        return up == owner;
    }

    /** While a text field has the keyboard, its Escape puts its text back; it does not leave the lesson. */
    private static boolean typing(Stage stage) {
        return stage.getScene() != null && stage.getScene().getFocusOwner() instanceof TextInputControl;
    }
}
