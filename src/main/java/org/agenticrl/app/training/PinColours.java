package org.agenticrl.app.training;

import org.agenticrl.app.theme.Palette;

/** The colours of pinned runs, distinct from the current run's and from each other (Okabe-Ito). */
public final class PinColours {
    private PinColours() {
    }

    /** The colour of pin p, as "#rrggbb". */
    public static String of(Palette palette, int p) {
        String[] colours = {palette.chosen(), palette.positive(), palette.kl(), palette.negative()};
        return colours[p % colours.length];
    }
}
