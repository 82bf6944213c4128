package org.agenticrl.app.theme;


/**
 * The colours of one theme, from the Okabe-Ito colour-blind-safe set (lightened on dark backgrounds). Every colour
 * that carries meaning is paired with written values elsewhere, so nothing depends on telling colours apart.
 * Colours are "#rrggbb" strings usable in CSS, in LaTeX {@code \textcolor} and, through {@link #awt}, in charts.
 */
public record Palette(String background, String surface, String foreground, String muted, String grid,
                      String current, String chosen, String reference, String positive, String negative,
                      String rl, String sft, String kl, String total) {

    public static final Palette LIGHT = new Palette("#ffffff", "#f6f8fa", "#1f2328", "#59636e", "#d0d7de",
            "#0072b2", "#e69f00", "#a0a0a0", "#007a5a", "#c14400", "#0072b2", "#009e73", "#cc79a7", "#1f2328");
    public static final Palette DARK = new Palette("#0d1117", "#161b22", "#f0f6fc", "#9198a1", "#3d444d",
            "#56b4e9", "#f0e442", "#8b949e", "#3fd8a4", "#ff8a5c", "#56b4e9", "#3fd8a4", "#f0a8d0", "#f0f6fc");

    public static Palette of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    /** A "#rrggbb" string as an AWT colour for JFreeChart. */
    public static java.awt.Color awt(String hex) {
        return java.awt.Color.decode(hex);
    }
}
