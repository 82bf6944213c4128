package org.agenticrl.app.presenter;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

/**
 * The Lessons menu's "Presenter view" item: disabled with one screen, its tooltip then saying that a second screen
 * is needed (a plain menu item cannot carry a tooltip, and a custom item's label still shows one while disabled).
 */
public final class PresenterMenu {
    static final String WHAT_IT_DOES = "The room sees the lesson full screen on the other screen; this screen shows "
            + "the caption, your notes, the next chapter and a timer";

    private PresenterMenu() {
    }

    /** @param open opens the presenter view */
    public static MenuItem item(PresenterModel presenter, Runnable open) {
        Label text = new Label("Presenter view\u2026");
        text.setId("menu-presenter-label");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.when(presenter.availableProperty()).then(WHAT_IT_DOES)
                .otherwise(PresenterModel.NEEDS_TWO_SCREENS));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        text.setTooltip(tip);
        CustomMenuItem item = new CustomMenuItem(text);
        item.setId("menu-presenter");
        item.disableProperty().bind(presenter.availableProperty().not());
        item.setOnAction(event -> open.run());
        return item;
    }
}
