package org.agenticrl.app.objective;

import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.agenticrl.app.controls.Typeset;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.loss.LossBreakdown;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * L = L_RL + lambda1 L_SFT + lambda2 L_KL typeset with jlatexmath, and under it the same sum with the current numbers
 * filled in; each term in the colour of its bar in the loss chart. The plain text of the filled-in line is
 * {@link #text()}, for tests and screen readers. The words are {@link FormulaText}'s; the formula is drawn by
 * {@link Typeset}.
 */
public final class FormulaView extends Region {
    private static final double BASE_SIZE = 17;

    private final ImageView image = new ImageView();
    private TeXIcon symbolicLine;
    private Palette palette = Palette.LIGHT;
    private double scale = 1;
    private LossBreakdown losses;
    private String text = "";

    public FormulaView() {
        setId("formula");
        getChildren().add(image);
        restyle(palette, scale);
    }

    /** Typesets the formula once so that the first real render is fast; safe to call off the FX thread. */
    public static void warmUp() {
        Typeset.icon(FormulaText.symbolic("#000000", "#000000", "#000000"), BASE_SIZE);
    }

    public void show(LossBreakdown breakdown) {
        this.losses = breakdown;
        redraw();
    }

    public void restyle(Palette newPalette, double newScale) {
        this.palette = newPalette;
        this.scale = newScale;
        symbolicLine = Typeset.icon(FormulaText.symbolic(palette.rl(), palette.sft(), palette.kl()), BASE_SIZE * scale);
        redraw();
    }

    /** The filled-in sum as plain text, e.g. "L = 0.326 + 0.1 × 6.813 + 0.01 × 0.500 = 1.013". */
    public String text() {
        return text;
    }

    /** The typeset symbolic line is kept per theme and scale; only the line of numbers is typeset per change. */
    private void redraw() {
        if (losses == null) {
            return;
        }
        String numbers = FormulaText.numbers(losses, palette.rl(), palette.sft(), palette.kl());
        text = FormulaText.plain(losses);
        setAccessibleText(text);
        TeXIcon bottom = Typeset.icon("\\phantom{\\mathcal{L}} " + numbers, BASE_SIZE * scale);
        Dimension2D size = Typeset.show(image, List.of(symbolicLine, bottom), 6 * scale, Palette.awt(palette.foreground()));
        setMinSize(size.getWidth(), size.getHeight());
        setPrefSize(size.getWidth(), size.getHeight());
        requestLayout();
    }
}
