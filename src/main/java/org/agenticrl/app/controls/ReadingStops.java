package org.agenticrl.app.controls;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;

/**
 * Nodes that Tab stops at only to be read, such as a step card: a keyboard user sees the focus ring walk the episode
 * card by card, and a screen reader says the card's whole content in one sentence, derived by a view model or a
 * formatter. They do nothing on Enter, since a click on them does nothing either.
 */
public final class ReadingStops {
    private ReadingStops() {
    }

    /**
     * Makes the node a Tab stop read as this text. Its role stays that of a group (its parts, such as token chips, are
     * reached on their own), set explicitly so that it is not taken for an oversight.
     */
    public static <N extends Node> N read(N node, String text) {
        node.setFocusTraversable(true);
        node.setAccessibleRole(AccessibleRole.PARENT);
        node.setAccessibleText(text);
        return node;
    }
}
