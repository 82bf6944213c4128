package org.agenticrl.app.controls;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Dimension2D;
import javafx.scene.image.ImageView;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Formulas typeset with JLaTeXMath and shown in an ImageView. They are drawn by Java2D, which knows JLaTeXMath's own
 * fonts, at {@value #DENSITY} times the pixel density, so that they stay sharp on high-density screens and in 2x
 * exports; the view shows them at their size in points.
 */
public final class Typeset {
    /** Pixels per point of the pictures. */
    public static final int DENSITY = 2;

    private Typeset() {
    }

    /**
     * A formula typeset in display style at this size in points.
     *
     * @throws org.scilab.forge.jlatexmath.ParseException if the TeX does not parse
     */
    public static TeXIcon icon(String tex, double size) {
        return new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) (size * DENSITY));
    }

    /**
     * Shows the lines one under the other, left-aligned, with a gap between them, in the view at their size in
     * points.
     *
     * @param gap between lines, in points
     * @param foreground the colour of what the TeX does not colour itself
     * @return the picture's size in points
     */
    public static Dimension2D show(ImageView view, List<TeXIcon> lines, double gap, Color foreground) {
        int gapPixels = (int) Math.round(gap * DENSITY);
        int margin = 2 * DENSITY;
        int pixelWidth = lines.stream().mapToInt(TeXIcon::getIconWidth).max().orElse(0) + 2 * margin;
        int pixelHeight = lines.stream().mapToInt(TeXIcon::getIconHeight).sum() + gapPixels * Math.max(0, lines.size() - 1)
                + 2 * margin;
        BufferedImage picture = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = picture.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int y = margin;
        for (TeXIcon line : lines) {
            line.setForeground(foreground);
            line.paintIcon(null, graphics, margin, y);
            y += line.getIconHeight() + gapPixels;
        }
        graphics.dispose();
        double width = (double) pixelWidth / DENSITY;
        double height = (double) pixelHeight / DENSITY;
        view.setImage(SwingFXUtils.toFXImage(picture, null));
        view.setFitWidth(width);
        view.setFitHeight(height);
        view.setSmooth(true);
        return new Dimension2D(width, height);
    }
}
