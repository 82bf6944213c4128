package org.agenticrl.app.theme;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the window looks: the theme and the scale of all text (for the back row of a lecture hall). The command line
 * can hold either for the whole run ({@link #holdTheme}, {@link #holdTextScale}): the hall's look then wins over the
 * look a session file was saved with ({@link #showSaved}); the window's own commands still change it.
 */
public final class AppearanceModel {
    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.0;
    private static final double STEP = 1.1;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1.0);
    private boolean themeHeld;
    private boolean textScaleHeld;

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** 1 is normal; kept within [{@value #MIN_SCALE}, {@value #MAX_SCALE}] by the commands. */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    /** Shows this theme for the whole run: a session opened later does not change it ({@code --theme}). */
    public void holdTheme(Theme held) {
        theme.set(held);
        themeHeld = true;
    }

    /**
     * Shows text at this scale for the whole run: a session opened later does not change it ({@code --text-scale}).
     *
     * @param held within [{@value #MIN_SCALE}, {@value #MAX_SCALE}]
     */
    public void holdTextScale(double held) {
        textScale.set(held);
        textScaleHeld = true;
    }

    /** Shows the look a session was saved with, except what the command line holds for this run. */
    public void showSaved(Theme savedTheme, double savedTextScale) {
        if (!themeHeld) {
            theme.set(savedTheme);
        }
        if (!textScaleHeld) {
            textScale.set(savedTextScale);
        }
    }

    public void zoomIn() {
        textScale.set(Math.min(MAX_SCALE, textScale.get() * STEP));
    }

    public void zoomOut() {
        textScale.set(Math.max(MIN_SCALE, textScale.get() / STEP));
    }

    public void resetZoom() {
        textScale.set(1.0);
    }

    public void toggleTheme() {
        theme.set(theme.get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT);
    }
}
