package org.agenticrl.app.shell;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.agenticrl.app.chart.EnlargedChart;
import org.agenticrl.app.episode.PlaybackModel;
import org.agenticrl.app.lesson.LessonModel;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.training.TrainingModel;
import org.agenticrl.app.training.TrainingStatus;

/**
 * The lecture keys: while a lesson is presented Page Down or Space the next chapter, Page Up or Backspace the previous
 * one, and C folds the caption band to its title line (and back); otherwise Space play/pause (of training, on the
 * Training tab), Right/Left step, End show all, R reset; F1 or ? the cheat sheet; Escape closes the innermost thing
 * open ({@link EscapeOrder}); and Ctrl with +, =, - or 0 for the text size on any keyboard layout. Plain keys never
 * fire while the user types in a text field, and the arrows stay with a focused slider. Other Ctrl keys and F11 are
 * menu accelerators.
 * Z shows the chart under the pointer (or with the focus) across the window, and puts it back.
 * <p>
 * A control the keyboard reached (Tab; its focus ring shows) gets the plain keys first, as on any desktop: Space or
 * Enter presses the button, the arrows move in a list or between tabs, and only a key it leaves unused acts for the
 * window. A control that was clicked shows no ring and leaves them to the window, so that a lecturer who clicked a
 * check box still plays the episode with Space. The lesson's Page Down, Page Up and Backspace always turn the chapter.
 */
public final class KeyboardShortcuts {
    private KeyboardShortcuts() {
    }

    /**
     * @param trainingShown whether the Training tab is showing: then Space starts and pauses training
     * @param escape what Escape closes, innermost first
     * @param enlarged the chart across the window, which Z shows and puts back
     */
    public static void install(Scene scene, PlaybackModel playback, TrainingModel training,
                               BooleanSupplier trainingShown, AppearanceModel appearance, CheatSheet cheatSheet,
                               LessonModel lesson, EscapeOrder escape, EnlargedChart enlarged) {
        PlainKeys plain = new PlainKeys(scene, playback, training, trainingShown, lesson, enlarged);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() && zoom(event.getCode(), appearance)) {
                event.consume();
                return;
            }
            if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
                return;
            }
            Node focus = scene.getFocusOwner();
            KeyCode code = event.getCode();
            if (code == KeyCode.F1) {
                cheatSheet.toggle();
                event.consume();
            } else if (code == KeyCode.ESCAPE && escape.closeInnermost()) {
                event.consume();
            } else if (!(focus instanceof TextInputControl) && lesson.presentingProperty().get()
                    && code != KeyCode.SPACE && code != KeyCode.C && lessonKey(code, lesson)) {
                event.consume();
            } else if (!keyboardOn(focus) && plain.handle(code)) {
                event.consume();
            }
        });
        // What a control the keyboard is on leaves unused comes back here, on its way up.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (!event.isControlDown() && !event.isAltDown() && !event.isMetaDown()
                    && keyboardOn(scene.getFocusOwner()) && plain.handle(event.getCode())) {
                event.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if ("?".equals(event.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                cheatSheet.toggle();
                event.consume();
            }
        });
    }

    /** Whether the keyboard reached the focused node (and its ring shows), rather than a click or the window. */
    private static boolean keyboardOn(Node focus) {
        return focus != null && focus.isFocusVisible();
    }

    /** The window's plain keys: Z, the lesson's Space and C, training's Space and playback's keys. */
    private record PlainKeys(Scene scene, PlaybackModel playback, TrainingModel training, BooleanSupplier trainingShown,
                             LessonModel lesson, EnlargedChart enlarged) {
        /** Acts on the key; false when it is not one of the window's (or someone is typing). */
        boolean handle(KeyCode code) {
            Node focus = scene.getFocusOwner();
            if (focus instanceof TextInputControl) {
                return false;
            }
            if (code == KeyCode.Z) {
                return enlarged.toggleUnder(scene.getRoot(), focus);
            }
            if (lesson.presentingProperty().get() && lessonKey(code, lesson)) {
                return true;
            }
            if (code == KeyCode.SPACE && trainingShown.getAsBoolean()) {
                toggle(training);
                return true;
            }
            return KeyboardShortcuts.handle(code, focus instanceof Slider, playback);
        }
    }

    private static boolean lessonKey(KeyCode code, LessonModel lesson) {
        switch (code) {
            case PAGE_DOWN, SPACE -> lesson.next();
            case PAGE_UP, BACK_SPACE -> lesson.previous();
            case C -> lesson.toggleCaption();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void toggle(TrainingModel training) {
        if (training.statusProperty().get() == TrainingStatus.RUNNING) {
            training.pause();
        } else {
            training.start();
        }
    }

    /** Ctrl with +, = (the unshifted plus key), the keypad's + and -, or 0. */
    private static boolean zoom(KeyCode code, AppearanceModel appearance) {
        switch (code) {
            case PLUS, EQUALS, ADD -> appearance.zoomIn();
            case MINUS, SUBTRACT -> appearance.zoomOut();
            case DIGIT0, NUMPAD0 -> appearance.resetZoom();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean handle(KeyCode code, boolean onSlider, PlaybackModel playback) {
        switch (code) {
            case SPACE -> playback.togglePlay();
            case RIGHT -> {
                if (onSlider) {
                    return false;
                }
                playback.pause();
                playback.step();
            }
            case LEFT -> {
                if (onSlider) {
                    return false;
                }
                playback.stepBack();
            }
            case END -> playback.showAll();
            case HOME, R -> playback.reset();
            default -> {
                return false;
            }
        }
        return true;
    }
}
