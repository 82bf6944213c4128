package org.agenticrl.app.chart;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * An empty region that takes a node's place in the layout while the node is shown elsewhere: the same sizes and the
 * same layout constraints (grid cell, grow priorities, margins), so that nothing around it moves and no scroll pane
 * scrolls; {@link #giveBack()} puts the node back where the stand-in is then. The node may sit in a pane's children,
 * a split pane's items or a scroll pane's content. Use on the FX thread.
 */
final class StandIn extends Region {
    private final Node node;

    /**
     * Puts a stand-in where the node is.
     *
     * @throws IllegalStateException if the node is in no place a stand-in can take (not in a layout, or a part of a
     *                               control's skin or of a border pane)
     */
    StandIn(Node node) {
        this.node = node;
        setMinSize(node.minWidth(-1), node.minHeight(-1));
        setPrefSize(node.prefWidth(-1), node.prefHeight(-1));
        setMaxSize(node.maxWidth(-1), node.maxHeight(-1));
        getProperties().putAll(node.getProperties());
        swap(node, this);
    }

    /** Puts the node back in the stand-in's place; the stand-in is left out of the layout. */
    void giveBack() {
        swap(this, node);
    }

    private static void swap(Node out, Node in) {
        for (Parent above = out.getParent(); above != null; above = above.getParent()) {
            if (above instanceof SplitPane split && split.getItems().contains(out)) {
                split.getItems().set(split.getItems().indexOf(out), in);
                return;
            }
            if (above instanceof ScrollPane scroll && scroll.getContent() == out) {
                scroll.setContent(in);
                return;
            }
        }
        if (out.getParent() instanceof Pane pane && !(pane instanceof BorderPane)) {
            pane.getChildren().set(pane.getChildren().indexOf(out), in);
            return;
        }
        throw new IllegalStateException(out + " is in no layout a chart can be taken out of: " + out.getParent());
    }
}
