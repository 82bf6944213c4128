package org.agenticrl.app.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.jfree.chart.fx.ChartViewer;

/**
 * Finds every chart on screen: the ChartViewers under a node, in the order they are laid out, also on tabs that are
 * not showing. A chart is named by its viewer: the id names its files, the accessible text its menu items (see
 * {@link #name}), so each chart's owner sets both, and with them the chart's context menu.
 */
public final class ChartViewers {
    private ChartViewers() {
    }

    /** Every chart viewer under the root, each once. */
    public static List<ChartViewer> under(Node root) {
        List<ChartViewer> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    /**
     * Names a chart (its file name is the viewer's id, menus call it by its accessible text) and gives it the context
     * menu every chart has: copy, PNG, SVG, each a {@link ChartRequest} for the window to carry out.
     */
    public static void name(ChartViewer viewer, String id, String title) {
        viewer.setId(id);
        viewer.setAccessibleText(title);
        viewer.getContextMenu().getItems().setAll(Arrays.stream(ChartRequest.Action.values()).map(action -> {
            MenuItem item = new MenuItem(action.label());
            item.setOnAction(event -> viewer.fireEvent(new ChartRequest(viewer, action)));
            return item;
        }).toList());
    }

    /** What menus call the chart: its accessible text, or its id if it has none. */
    public static String title(ChartViewer viewer) {
        String text = viewer.getAccessibleText();
        return text == null || text.isBlank() ? String.valueOf(viewer.getId()) : text;
    }

    private static void collect(Node node, List<ChartViewer> found) {
        if (node instanceof ChartViewer viewer) {
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
