package org.agenticrl.app.objective;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Dimension2D;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.Typeset;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.loss.LossBreakdown;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * L = L_RL + lambda1 L_SFT + lambda2 L_KL typeset with jlatexmath, and under it the same sum with the current numbers
 * filled in; each term in the colour of its bar in the loss chart. The plain text of the filled-in line is
 * {@link #text()}, for tests and screen readers. The formula is drawn by {@link Typeset}.
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
        Typeset.icon(symbolic("#000000", "#000000", "#000000"), BASE_SIZE);
    }

    public void show(LossBreakdown breakdown) {
        this.losses = breakdown;
        redraw();
    }

    public void restyle(Palette newPalette, double newScale) {
        this.palette = newPalette;
        this.scale = newScale;
        symbolicLine = Typeset.icon(symbolic(palette.rl(), palette.sft(), palette.kl()), BASE_SIZE * scale);
        redraw();
    }

    /** The filled-in sum as plain text, e.g. "L = 0.326 + 0.1 × 6.813 + 0.01 × 0.500 = 1.013". */
    public String text() {
        return text;
    }

    private static String symbolic(String rl, String sft, String kl) {
        return "\\mathcal{L} = \\textcolor{" + rl + "}{\\mathcal{L}_{\\mathrm{RL}}} + \\lambda_1\\,\\textcolor{" + sft
                + "}{\\mathcal{L}_{\\mathrm{SFT}}} + \\lambda_2\\,\\textcolor{" + kl + "}{\\mathcal{L}_{\\mathrm{KL}}}";
    }

    private static String number(double value) {
        return Format.latex(value, 3);
    }

    private static String factor(double value) {
        return value < 0 ? "(" + number(value) + ")" : number(value);
    }

    private static String plain(double value) {
        return value < 0 ? "(" + Format.fixed(value, 3) + ")" : Format.fixed(value, 3);
    }

    private static String weight(double value) {
        return String.format(Locale.ROOT, "%.4g", value).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /** The typeset symbolic line is kept per theme and scale; only the line of numbers is typeset per change. */
    private void redraw() {
        if (losses == null) {
            return;
        }
        String lambda1 = weight(losses.settings().lambda1());
        String lambda2 = weight(losses.settings().lambda2());
        String numbers = "= \\textcolor{" + palette.rl() + "}{" + number(losses.rl()) + "} + " + lambda1
                + " \\times \\textcolor{" + palette.sft() + "}{" + factor(losses.sft()) + "} + " + lambda2
                + " \\times \\textcolor{" + palette.kl() + "}{" + factor(losses.kl()) + "} = \\mathbf{"
                + number(losses.total()) + "}";
        text = "L = " + Format.fixed(losses.rl(), 3) + " + " + lambda1 + " \u00d7 " + plain(losses.sft()) + " + "
                + lambda2 + " \u00d7 " + plain(losses.kl()) + " = " + Format.fixed(losses.total(), 3);
        setAccessibleText(text);
        TeXIcon bottom = Typeset.icon("\\phantom{\\mathcal{L}} " + numbers, BASE_SIZE * scale);
        Dimension2D size = Typeset.show(image, List.of(symbolicLine, bottom), 6 * scale, Palette.awt(palette.foreground()));
        setMinSize(size.getWidth(), size.getHeight());
        setPrefSize(size.getWidth(), size.getHeight());
        requestLayout();
    }
}
