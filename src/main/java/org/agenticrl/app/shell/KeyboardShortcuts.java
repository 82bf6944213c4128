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
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() && zoom(event.getCode(), appearance)) {
                event.consume();
                return;
            }
            if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
                return;
            }
            Node focus = scene.getFocusOwner();
            boolean typing = focus instanceof TextInputControl;
            KeyCode code = event.getCode();
            if (code == KeyCode.F1) {
                cheatSheet.toggle();
                event.consume();
            } else if (code == KeyCode.ESCAPE && escape.closeInnermost()) {
                event.consume();
            } else if (!typing && code == KeyCode.Z && enlarged.toggleUnder(scene.getRoot(), focus)) {
                event.consume();
            } else if (!typing && lesson.presentingProperty().get() && lessonKey(code, lesson)) {
                event.consume();
            } else if (!typing && code == KeyCode.SPACE && trainingShown.getAsBoolean()) {
                toggle(training);
                event.consume();
            } else if (!typing && handle(code, focus instanceof Slider, playback)) {
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
