package org.agenticrl.app.theme;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The colours of one theme, the only place they are written: the stylesheets read them as looked-up colours
 * ({@link #lookedUpColours()}, set on the scene's root), the charts and the formula read them from here. Meaningful
 * colours come from the Okabe-Ito colour-blind-safe set (lightened on dark backgrounds), and every colour that carries
 * meaning is paired with written values elsewhere, so nothing depends on telling colours apart. Colours are "#rrggbb"
 * strings (the token highlight also "rgba(...)") usable in CSS, in LaTeX {@code \textcolor} and, through
 * {@link #awt}, in charts.
 *
 * @param pane the background of the views and their charts
 * @param card the background of cards and overlays, set off from the pane
 * @param border card borders, chart grid lines and axes
 * @param foreground text
 * @param muted secondary text
 * @param current the current policy
 * @param chosen the token the episode chose
 * @param chosenText text on the chosen colour
 * @param token the background of a token chip (rgba)
 * @param reference the reference policy
 * @param positive a positive reward
 * @param negative a negative reward, an error
 * @param rl L_RL
 * @param sft L_SFT
 * @param kl L_KL
 * @param total the total loss
 * @param focus the ring around what a lesson's chapter points at: unlike any colour that carries meaning in a view
 * @param scrim the veil over the window behind an overlay such as the cheat sheet (rgba)
 */
public record Palette(String pane, String card, String border, String foreground, String muted,
                      String current, String chosen, String chosenText, String token, String reference,
                      String positive, String negative, String rl, String sft, String kl, String total, String focus,
                      String scrim) {

    public static final Palette LIGHT = new Palette("#f6f8fa", "#ffffff", "#d0d7de", "#1f2328", "#59636e",
            "#0072b2", "#e69f00", "#1f2328", "rgba(0, 114, 178, 0.12)", "#a0a0a0",
            "#007a5a", "#c14400", "#0072b2", "#009e73", "#cc79a7", "#1f2328", "#d1007a",
            "rgba(0, 0, 0, 0.55)");
    public static final Palette DARK = new Palette("#0d1117", "#161b22", "#3d444d", "#f0f6fc", "#b7bdc8",
            "#56b4e9", "#f0e442", "#0d1117", "rgba(86, 180, 233, 0.16)", "#8b949e",
            "#3fd8a4", "#ff8a5c", "#56b4e9", "#3fd8a4", "#f0a8d0", "#f0f6fc", "#ff5cc8",
            "rgba(0, 0, 0, 0.55)");

    public static Palette of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    /**
     * Every colour under the name app.css looks it up by: ours ("-agent-…") and the two AtlantaFX text colours the
     * dark theme strengthens ("-color-fg-default", "-color-fg-muted"). In declaration order.
     */
    public Map<String, String> lookedUpColours() {
        Map<String, String> colours = new LinkedHashMap<>();
        colours.put("-agent-pane", pane);
        colours.put("-agent-card", card);
        colours.put("-agent-card-border", border);
        colours.put("-color-fg-default", foreground);
        colours.put("-color-fg-muted", muted);
        colours.put("-agent-current", current);
        colours.put("-agent-chosen", chosen);
        colours.put("-agent-chosen-text", chosenText);
        colours.put("-agent-token", token);
        colours.put("-agent-reference", reference);
        colours.put("-agent-positive", positive);
        colours.put("-agent-negative", negative);
        colours.put("-agent-rl", rl);
        colours.put("-agent-sft", sft);
        colours.put("-agent-kl", kl);
        colours.put("-agent-total", total);
        colours.put("-agent-focus", focus);
        colours.put("-agent-scrim", scrim);
        return colours;
    }

    /** A "#rrggbb" string as an AWT colour for JFreeChart. */
    public static java.awt.Color awt(String hex) {
        return java.awt.Color.decode(hex);
    }
}
