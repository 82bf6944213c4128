package org.agenticrl.app.controls;

import javafx.scene.control.Label;

/** The app's recurring kinds of label, styled by app.css. */
public final class Labels {
    private Labels() {
    }

    /** A view's heading. */
    public static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.VIEW_TITLE);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** A muted explanation under a heading; wraps and never shrinks below its text. */
    public static Label subtitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SUBTITLE);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
