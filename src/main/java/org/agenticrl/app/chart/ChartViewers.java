package org.agenticrl.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Finds the charts of a view: the {@link ChartView}s under a node, in the order they are laid out, also on tabs that
 * are not showing and in scroll and split panes whose skins are not made yet.
 */
public final class ChartViewers {
    private ChartViewers() {
    }

    /** Every chart under the root, each once. */
    public static List<ChartView> under(Node root) {
        List<ChartView> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<ChartView> found) {
        if (node instanceof ChartView viewer) {
            if (!found.contains(viewer)) {
                found.add(viewer);
            }
            return;
        }
        // Before their skins are made (or for a tab not showing), these hold their content outside their children.
        if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).filter(Objects::nonNull).forEach(content -> collect(content, found));
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), found);
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> collect(item, found));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}
