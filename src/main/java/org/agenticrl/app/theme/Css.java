package org.agenticrl.app.theme;

import java.awt.Color;
import java.util.Locale;

/** Inline style declarations with numbers in them, written the same in every locale (CSS reads only ASCII digits). */
public final class Css {
    private Css() {
    }

    /** "-fx-font-size: 14.25px;" with the given decimals. */
    public static String fontSize(double pixels, int decimals) {
        return String.format(Locale.ROOT, "-fx-font-size: %." + decimals + "fpx;", pixels);
    }

    /** "-fx-background-color: rgba(9, 105, 218, 0.420);": a palette colour at an opacity from 0 to 1. */
    public static String background(Color colour, double opacity) {
        return String.format(Locale.ROOT, "-fx-background-color: rgba(%d, %d, %d, %.3f);", colour.getRed(),
                colour.getGreen(), colour.getBlue(), opacity);
    }
}
