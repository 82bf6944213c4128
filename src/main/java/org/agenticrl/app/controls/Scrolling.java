package org.agenticrl.app.controls;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** A view that grows to fill its column and scrolls rather than squeezes its content when the column is too short. */
public final class Scrolling {
    private Scrolling() {
    }

    /** The view in an edge-to-edge scroll pane that fits it to the width and height it is given. */
    public static ScrollPane of(Region view) {
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add(Styles.EDGE_TO_EDGE);
        return scroll;
    }
}
