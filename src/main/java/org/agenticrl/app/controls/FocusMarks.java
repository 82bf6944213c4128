package org.agenticrl.app.controls;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.GridPane;
import org.agenticrl.engine.session.Focus;
import org.jfree.chart.fx.ChartViewer;

/**
 * Where the evidence a lesson's chapter can point at is on screen. Views mark their nodes: a node that is one target
 * ({@link #mark}: a step card, the outcome), or a node that holds several targets of a kind at places inside it
 * ({@link #markArea}: the bars of the token chart, the rows of the step table). A chart is found by its id and a
 * training curve by {@code "curve-" + its id}. Lookups see only nodes that are shown (visible up to the root).
 */
public final class FocusMarks {
    private static final String KEY = FocusMarks.class.getName();
    private static final String CURVE_PREFIX = "curve-";

    /** The targets of one kind inside a node: which names it holds, and where each is in the node's own coordinates. */
    private record Area(Focus.Kind kind, Supplier<List<String>> names, Function<String, Optional<Bounds>> where) {
    }

    /** A target as found on screen: the node and the part of it, in the node's own coordinates. */
    public record Spot(Node node, Bounds local) {
    }

    private FocusMarks() {
    }

    /** Marks node as the target (kind, name), e.g. the card of step 1. */
    public static void mark(Node node, Focus.Kind kind, String name) {
        Focus focus = new Focus(kind, name);
        areas(node).add(new Area(kind, () -> List.of(focus.name()),
                wanted -> wanted.equals(focus.name()) ? Optional.of(node.getBoundsInLocal()) : Optional.empty()));
    }

    /**
     * Marks node as holding targets of a kind.
     *
     * @param names the names it holds now
     * @param where a name's bounds in node's own coordinates, empty when it does not hold it (or it is not drawn yet)
     */
    public static void markArea(Node node, Focus.Kind kind, Supplier<List<String>> names,
                                Function<String, Optional<Bounds>> where) {
        areas(node).add(new Area(kind, names, where));
    }

    /**
     * The bounds of the cells in rows first to first + count − 1 of a grid, in the grid's coordinates; empty when those
     * rows have no visible cell.
     */
    public static Optional<Bounds> gridRows(GridPane grid, int first, int count) {
        return around(grid.getChildren().stream().filter(cell -> {
            Integer row = GridPane.getRowIndex(cell);
            return row != null && row >= first && row < first + count;
        }).toList());
    }

    /** The bounds around the visible ones of parts (children of one parent), in the parent's coordinates. */
    public static Optional<Bounds> around(List<? extends Node> parts) {
        return parts.stream().filter(Node::isVisible).map(Node::getBoundsInParent).reduce(FocusMarks::union);
    }

    private static Bounds union(Bounds a, Bounds b) {
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }

    @SuppressWarnings("unchecked")
    private static List<Area> areas(Node node) {
        return (List<Area>) node.getProperties().computeIfAbsent(KEY, key -> new ArrayList<Area>());
    }

    @SuppressWarnings("unchecked")
    private static List<Area> areasOf(Node node) {
        Object areas = node.getProperties().get(KEY);
        return areas == null ? List.of() : (List<Area>) areas;
    }

    /** The target on screen under root, if it is shown. */
    public static Optional<Spot> find(Parent root, Focus focus) {
        if (focus.kind() == Focus.Kind.CHART || focus.kind() == Focus.Kind.CURVE) {
            String id = focus.kind() == Focus.Kind.CURVE ? CURVE_PREFIX + focus.name() : focus.name();
            return shown(root).stream().filter(node -> id.equals(node.getId())).findFirst()
                    .map(node -> new Spot(node, node.getBoundsInLocal()));
        }
        for (Node node : shown(root)) {
            for (Area area : areasOf(node)) {
                if (area.kind() == focus.kind()) {
                    Optional<Bounds> bounds = area.where().apply(focus.name());
                    if (bounds.isPresent()) {
                        return Optional.of(new Spot(node, bounds.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a node under root holds the target, shown or not (a view off screen holds its targets too): where a
     * window can look for it before showing it.
     */
    public static boolean holds(Node root, Focus focus) {
        if (focus.kind() == Focus.Kind.CHART || focus.kind() == Focus.Kind.CURVE) {
            String id = focus.kind() == Focus.Kind.CURVE ? CURVE_PREFIX + focus.name() : focus.name();
            return id.equals(root.getId()) || root instanceof Parent parent
                    && parent.getChildrenUnmodifiable().stream().anyMatch(child -> holds(child, focus));
        }
        if (areasOf(root).stream().anyMatch(area -> area.kind() == focus.kind()
                && area.names().get().contains(focus.name()))) {
            return true;
        }
        return root instanceof Parent parent && parent.getChildrenUnmodifiable().stream()
                .anyMatch(child -> holds(child, focus));
    }

    /** Every target shown under root, in the order of the scene graph: what an author can point a chapter at. */
    public static List<Focus> available(Parent root) {
        Set<Focus> found = new LinkedHashSet<>();
        for (Node node : shown(root)) {
            for (Area area : areasOf(node)) {
                area.names().get().forEach(name -> found.add(new Focus(area.kind(), name)));
            }
            chartFocus(node).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /**
     * The marked target nearest to node, walking up from it: what a click on node points at (a click on a token bar
     * finds the bar under the point).
     *
     * @param sceneX where the click was, in scene coordinates
     */
    public static Optional<Focus> at(Node node, double sceneX, double sceneY) {
        for (Node at = node; at != null; at = at.getParent()) {
            Point2D local = at.sceneToLocal(sceneX, sceneY);
            for (Area area : areasOf(at)) {
                for (String name : area.names().get()) {
                    Optional<Bounds> bounds = area.where().apply(name);
                    if (bounds.isPresent() && local != null && bounds.get().contains(local)) {
                        return Optional.of(new Focus(area.kind(), name));
                    }
                }
            }
            Optional<Focus> chart = chartFocus(at);
            if (chart.isPresent()) {
                return chart;
            }
        }
        return Optional.empty();
    }

    /** A chart as a focus: a training curve by its metric's id, any other chart by its viewer's id. */
    private static Optional<Focus> chartFocus(Node node) {
        String id = node.getId();
        if (!(node instanceof ChartViewer) || id == null || id.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(id.startsWith(CURVE_PREFIX) ? new Focus(Focus.Kind.CURVE, id.substring(CURVE_PREFIX.length()))
                : new Focus(Focus.Kind.CHART, id));
    }

    /** The nodes under root that are shown: visible, with every ancestor visible. */
    private static List<Node> shown(Parent root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        return nodes;
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible()) {
            return;
        }
        into.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }
}
