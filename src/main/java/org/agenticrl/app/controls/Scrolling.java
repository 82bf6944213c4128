package org.agenticrl.app.controls;

import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A view that grows to fill its column and scrolls rather than squeezes its content when the column is too short; and
 * what of a node such views leave on screen.
 */
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

    /**
     * The part of a rectangle of the node (in its own coordinates) that is on screen, in scene coordinates: clipped by
     * every scroll pane's view around it and by the scene; empty when nothing of it shows.
     */
    public static Optional<Bounds> visiblePart(Node node, Bounds local) {
        Bounds part = node.localToScene(local);
        for (Node at = node.getParent(); at != null && part != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll) {
                part = intersection(part, scroll.localToScene(viewport(scroll)));
            }
        }
        Scene scene = node.getScene();
        if (part != null && scene != null) {
            part = intersection(part, new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()));
        }
        return Optional.ofNullable(part);
    }

    /** Where a scroll pane shows its content, in its own coordinates: inside its border, without its scroll bars. */
    private static Bounds viewport(ScrollPane scroll) {
        Bounds size = scroll.getViewportBounds();
        return new BoundingBox(scroll.getInsets().getLeft(), scroll.getInsets().getTop(), size.getWidth(),
                size.getHeight());
    }

    /** The overlap of two rectangles, null when they do not overlap. */
    public static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }
}
