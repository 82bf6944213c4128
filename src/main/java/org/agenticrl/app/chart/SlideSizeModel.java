package org.agenticrl.app.chart;

import org.agenticrl.app.common.NumberInput;
import org.agenticrl.app.common.NumericRange;

/**
 * The size charts are exported at, in pixels: {@value #DEFAULT_WIDTH} × {@value #DEFAULT_HEIGHT} (a 16:9 slide)
 * until the user chooses another, then the last size chosen. The export dialog binds its fields to the two inputs and
 * calls {@link #accept()}: both typed sizes are taken together, or neither, with the reason beside the bad one.
 * Use it on the FX thread.
 */
public final class SlideSizeModel {
    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 900;
    /** From a small picture for notes to a 4K slide; more would be a picture of hundreds of megabytes. */
    public static final NumericRange WIDTH = new NumericRange("Width", 320, 4096, true);
    public static final NumericRange HEIGHT = new NumericRange("Height", 180, 4096, true);

    private final NumberInput width = new NumberInput(WIDTH, DEFAULT_WIDTH, 0);
    private final NumberInput height = new NumberInput(HEIGHT, DEFAULT_HEIGHT, 0);

    /** The width being typed, and the one taken. */
    public NumberInput width() {
        return width;
    }

    /** The height being typed, and the one taken. */
    public NumberInput height() {
        return height;
    }

    /** The width charts are exported at: the last one taken. */
    public int exportWidth() {
        return (int) width.get();
    }

    /** The height charts are exported at: the last one taken. */
    public int exportHeight() {
        return (int) height.get();
    }

    /**
     * Takes the typed width and height if both are sizes in range; otherwise takes neither, and each bad one says why
     * in its problem.
     *
     * @return whether the size was taken
     */
    public boolean accept() {
        boolean widthFits = width.check();
        boolean heightFits = height.check();
        if (widthFits && heightFits) {
            width.commit();
            height.commit();
        }
        return widthFits && heightFits;
    }

    /** Puts the typed sizes back to the size taken and forgets any problem (the dialog was cancelled). */
    public void revert() {
        width.revert();
        height.revert();
    }

    /** Types a preset size into both fields; {@link #accept()} still takes it. */
    public void type(int presetWidth, int presetHeight) {
        width.textProperty().set(Integer.toString(presetWidth));
        height.textProperty().set(Integer.toString(presetHeight));
    }
}
