package org.agenticrl.app;

import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Whether a person could see a node whole in its window, for UI tests that check a view on a projector.
 *
 * <p>A node is <em>wholly visible</em> when it and every ancestor are visible, its scene is in a showing window,
 * and its bounds in the scene (its layout box, transforms applied) lie inside the scene and inside the shown area of
 * every ancestor that cuts what it draws: the viewport of each enclosing {@link ScrollPane} and the clip of any
 * ancestor (a split pane's or a tab's content is clipped, for instance). Nodes drawn over it (an overlay, a popup)
 * are not considered: a covered node still counts as visible. A node with an empty box (zero width or height) is
 * never wholly visible, so a squashed control fails.
 *
 * <p>Call it on the FX thread, or from a test thread once the scene is laid out and not changing (as after
 * {@code robot.interact}). Sizes are compared with a tolerance of {@value #TOLERANCE} px for rounding.
 */
public final class Visible {
    /** Pixels a node may stick out of an area by, for sub-pixel layout and snapping. */
    static final double TOLERANCE = 0.5;

    private Visible() {
    }

    /** Whether the node can be seen whole: see the class comment. */
    public static boolean wholly(Node node) {
        return why(node).isEmpty();
    }

    /**
     * Why the node is not wholly visible ("hidden by …", "… cut by the viewport of …"), or empty when it is; for
     * assertion messages.
     */
    public static Optional<String> why(Node node) {
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return Optional.of(name(node) + " is not in a showing window");
        }
        Bounds box = node.localToScene(node.getLayoutBounds());
        if (box.getWidth() <= 0 || box.getHeight() <= 0) {
            return Optional.of(name(node) + " has no size: " + box);
        }
        if (!inside(box, new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()))) {
            return Optional.of(name(node) + " at " + box + " is cut by the window " + scene.getWidth() + "x"
                    + scene.getHeight());
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return Optional.of(name(node) + " is hidden by " + name(at));
            }
            Optional<Bounds> shown = shownArea(at, node);
            if (shown.isPresent() && !inside(box, shown.get())) {
                return Optional.of(name(node) + " at " + box + " is cut by " + name(at) + ", which shows " + shown.get());
            }
        }
        return Optional.empty();
    }

    /** The node's box in the scene (its layout bounds, transforms applied). */
    public static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /**
     * The part of the scene an ancestor lets its content show in, if it cuts it: a scroll pane's viewport, or the
     * ancestor's clip. The node itself is not cut by its own clip here (a clip cuts what a node draws inside it).
     */
    private static Optional<Bounds> shownArea(Node ancestor, Node node) {
        if (ancestor != node && ancestor instanceof ScrollPane scroll) {
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                return Optional.of(viewport.localToScene(viewport.getLayoutBounds()));
            }
        }
        if (ancestor != node && ancestor.getClip() != null) {
            return Optional.of(ancestor.localToScene(ancestor.getClip().getBoundsInParent()));
        }
        return Optional.empty();
    }

    private static boolean inside(Bounds box, Bounds area) {
        return box.getMinX() >= area.getMinX() - TOLERANCE && box.getMinY() >= area.getMinY() - TOLERANCE
                && box.getMaxX() <= area.getMaxX() + TOLERANCE && box.getMaxY() <= area.getMaxY() + TOLERANCE;
    }

    /**
     * Scrolls every scroll pane the node is in vertically, innermost first, as little as needed to bring the node into its
     * viewport (its top, when it is taller than the viewport), as a person would with the scroll bars. Call it on the
     * FX thread; the scene is laid out again before it returns.
     */
    public static void scrollIntoView(Node node) {
        for (Parent at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll && scroll.getContent() != null) {
                scrollTo(scroll, node);
                node.getScene().getRoot().applyCss();
                node.getScene().getRoot().layout();
            }
        }
    }

    private static void scrollTo(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds box = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        Bounds viewport = scroll.getViewportBounds();
        double hidden = content.getLayoutBounds().getHeight() - viewport.getHeight();
        if (hidden <= 0) {
            return;
        }
        double top = (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin()) * hidden;
        if (box.getMinY() < top || box.getHeight() > viewport.getHeight()) {
            top = box.getMinY();
        } else if (box.getMaxY() > top + viewport.getHeight()) {
            top = box.getMaxY() - viewport.getHeight();
        }
        scroll.setVvalue(scroll.getVmin() + Math.min(1, top / hidden) * (scroll.getVmax() - scroll.getVmin()));
    }

    private static String name(Node node) {
        return (node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName()) + node.getStyleClass();
    }
}
