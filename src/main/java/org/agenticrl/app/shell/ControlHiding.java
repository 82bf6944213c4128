package org.agenticrl.app.shell;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import org.agenticrl.engine.session.HideableControl;

/**
 * Hides the controls a lesson's chapter hides from the room: each id of the vocabulary names nodes of the features'
 * views (found by their ids, which the views keep for tests and styles), which leave the layout (managed false) while
 * the id is in the hidden set. The Training tab is built when first shown, so its controls are bound then.
 */
final class ControlHiding {
    /** The controls of the Training tab's view. */
    static final Set<HideableControl> ON_TRAINING_TAB = Set.of(HideableControl.TRAINING_SETTINGS);
    /** The controls of the Episode tab's three views. */
    static final Set<HideableControl> ON_EPISODE_TAB = Set.copyOf(EnumSet.complementOf(
            EnumSet.copyOf(ON_TRAINING_TAB)));

    /** Where each control lives: the views to look in and the node's id; a "^" prefix hides the node's whole row. */
    private static final Map<HideableControl, List<String>> NODES = Map.ofEntries(
            Map.entry(HideableControl.SCENARIO_PICKER, List.of("#scenario")),
            Map.entry(HideableControl.EPISODE_MODE, List.of("^#mode")),
            Map.entry(HideableControl.TRANSPORT, List.of("#transport")),
            Map.entry(HideableControl.CAPABILITY_LEGEND, List.of("#capability-legend")),
            Map.entry(HideableControl.DECODING, List.of("#temperature", "^#decoding")),
            Map.entry(HideableControl.PREVIEW, List.of("#weight-strip")),
            Map.entry(HideableControl.WEIGHTS, List.of("^#lambda1")),
            Map.entry(HideableControl.VARIANTS, List.of("^#reward-mode")),
            Map.entry(HideableControl.STEP_TABLE, List.of("#loss-table")),
            Map.entry(HideableControl.WATERFALL, List.of("#loss-chart")),
            Map.entry(HideableControl.TRAINING_SETTINGS, List.of("#training-controls")));

    private ControlHiding() {
    }

    /**
     * Binds the nodes of these controls under the views to the hidden set.
     *
     * @throws IllegalStateException if a control's node is not under the views
     */
    static void bind(List<Node> views, Set<HideableControl> controls, ObservableSet<HideableControl> hidden) {
        controls.forEach(control -> NODES.get(control).forEach(selector -> {
            Node node = find(views, selector.replace("^", ""));
            Node target = selector.startsWith("^") ? node.getParent() : node;
            target.visibleProperty().bind(Bindings.createBooleanBinding(() -> !hidden.contains(control), hidden));
            target.managedProperty().bind(target.visibleProperty());
        }));
    }

    private static Node find(List<Node> views, String id) {
        return views.stream().map(view -> search(view, id.substring(1))).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new IllegalStateException("no node " + id + " for a hideable control"));
    }

    /** The node with this id under node, looking into scroll panes' content and split panes' items (not children until shown). */
    private static Node search(Node node, String id) {
        if (id.equals(node.getId())) {
            return node;
        }
        List<Node> below = node instanceof ScrollPane scroll ? List.of(scroll.getContent())
                : node instanceof SplitPane split ? split.getItems()
                : node instanceof Parent parent ? parent.getChildrenUnmodifiable() : List.of();
        return below.stream().map(child -> search(child, id)).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
