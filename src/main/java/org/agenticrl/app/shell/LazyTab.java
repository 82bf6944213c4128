package org.agenticrl.app.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose view is built the first time the tab is selected or the view is asked for, so that the window opens
 * without building, styling and laying out views nobody has looked at yet. The view is built and set in the same
 * event as the selection, so the tab's first frame already shows it whole. Use on the FX thread.
 */
final class LazyTab<V extends Node> {
    private final Tab tab;
    private final Lazy<V> view;

    LazyTab(String title, String id, Supplier<V> build) {
        this.tab = new Tab(title);
        this.view = new Lazy<>(() -> {
            V built = build.get();
            tab.setContent(built);
            return built;
        });
        tab.setId(id);
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                view();
            }
        });
    }

    Tab tab() {
        return tab;
    }

    /** The tab's view, built now if it was not yet. */
    V view() {
        return view.get();
    }
}
