package org.agenticrl.app.controls;

import javafx.scene.shape.SVGPath;

/** Small vector icons for the transport bar, scaled with the text. */
public final class Icons {
    public static final String RESET = "M2 2h2v12H2z M14 2 6 8l8 6z";
    public static final String BACK = "M13 2 5 8l8 6z M3 2h2v12H3z";
    public static final String STEP = "M3 2l8 6-8 6z M11 2h2v12h-2z";
    public static final String PLAY = "M4 2l10 6-10 6z";
    public static final String PAUSE = "M3 2h3.5v12H3z M9.5 2H13v12H9.5z";
    public static final String END = "M2 2l8 6-8 6z M12 2h2v12h-2z";

    private Icons() {
    }

    public static SVGPath of(String path) {
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add(Styles.ICON);
        return icon;
    }
}
