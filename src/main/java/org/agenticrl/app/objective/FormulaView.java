package org.agenticrl.app.objective;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.loss.LossBreakdown;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * L = L_RL + lambda1 L_SFT + lambda2 L_KL typeset with jlatexmath, and under it the same sum with the current numbers
 * filled in; each term in the colour of its bar in the loss chart. The plain text of the filled-in line is
 * {@link #text()}, for tests and screen readers. The formula is drawn by Java2D, which knows jlatexmath's own
 * fonts, at twice the pixel density, so that it stays sharp on high-density screens and in 2x exports.
 */
public final class FormulaView extends Region {
    private static final double BASE_SIZE = 17;
    private static final int DENSITY = 2;

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
        new TeXFormula(symbolic("#000000", "#000000", "#000000")).createTeXIcon(TeXConstants.STYLE_DISPLAY, 12);
    }

    public void show(LossBreakdown breakdown) {
        this.losses = breakdown;
        redraw();
    }

    public void restyle(Palette newPalette, double newScale) {
        this.palette = newPalette;
        this.scale = newScale;
        symbolicLine = new TeXFormula(symbolic(palette.rl(), palette.sft(), palette.kl()))
                .createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) (BASE_SIZE * scale * DENSITY));
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
        float size = (float) (BASE_SIZE * scale * DENSITY);
        TeXIcon top = symbolicLine;
        TeXIcon bottom = new TeXFormula("\\phantom{\\mathcal{L}} " + numbers).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        int gap = (int) Math.round(6 * scale * DENSITY);
        int pixelWidth = Math.max(top.getIconWidth(), bottom.getIconWidth()) + 4 * DENSITY;
        int pixelHeight = top.getIconHeight() + gap + bottom.getIconHeight() + 4 * DENSITY;
        BufferedImage picture = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = picture.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Color foreground = Palette.awt(palette.foreground());
        top.setForeground(foreground);
        bottom.setForeground(foreground);
        top.paintIcon(null, graphics, 2 * DENSITY, 2 * DENSITY);
        bottom.paintIcon(null, graphics, 2 * DENSITY, 2 * DENSITY + top.getIconHeight() + gap);
        graphics.dispose();
        double width = (double) pixelWidth / DENSITY;
        double height = (double) pixelHeight / DENSITY;
        image.setImage(SwingFXUtils.toFXImage(picture, null));
        image.setFitWidth(width);
        image.setFitHeight(height);
        image.setSmooth(true);
        setMinSize(width, height);
        setPrefSize(width, height);
        requestLayout();
    }
}
