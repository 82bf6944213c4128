package org.agenticrl.app.controls;

import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;

/**
 * Small vector icons, drawn on a 16-unit square: at a fixed size ({@link #of}, the transport bar) or one em square
 * ({@link #scaled}), so that they grow with the window's text.
 */
public final class Icons {
    public static final String RESET = "M2 2h2v12H2z M14 2 6 8l8 6z";
    public static final String BACK = "M13 2 5 8l8 6z M3 2h2v12H3z";
    public static final String STEP = "M3 2l8 6-8 6z M11 2h2v12h-2z";
    public static final String PLAY = "M4 2l10 6-10 6z";
    public static final String PAUSE = "M3 2h3.5v12H3z M9.5 2H13v12H9.5z";
    public static final String END = "M2 2l8 6-8 6z M12 2h2v12h-2z";
    public static final String PREVIOUS = "M11 2 4 8l7 6z";
    public static final String NEXT = "M5 2l7 6-7 6z";
    public static final String COLLAPSE = "M2 5.5 3.5 4 8 8.5 12.5 4 14 5.5 8 11.5z";
    public static final String EXPAND = "M2 10.5 8 4.5l6 6-1.5 1.5L8 7.5 3.5 12z";
    public static final String CLOSE = "M3 4.5 4.5 3 8 6.5 11.5 3 13 4.5 9.5 8 13 11.5 11.5 13 8 9.5 4.5 13 3 11.5 6.5 8z";

    private Icons() {
    }

    /** An icon one em square, so that it grows with the window's text (for the lecture's controls). */
    public static Region scaled(String path) {
        Region icon = new Region();
        icon.setStyle("-fx-shape: \"" + path + "\";");
        icon.getStyleClass().add(Styles.SCALED_ICON);
        return icon;
    }

    public static SVGPath of(String path) {
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add(Styles.ICON);
        return icon;
    }
}
