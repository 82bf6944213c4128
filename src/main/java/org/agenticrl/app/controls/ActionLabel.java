package org.agenticrl.app.controls;

import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A label that acts when clicked and from the keyboard alike, such as a token chip that selects its token: Tab
 * reaches it, Enter or Space acts, and so does an assistive technology's "press". Screen readers hear a button saying
 * its accessible text, which the owner sets to the label's value in words. A click does not take the focus, so that a
 * lecturer's Space after a click still plays the episode.
 */
public final class ActionLabel extends Label {
    private final Runnable action;

    public ActionLabel(String text, Runnable action) {
        super(text);
        this.action = action;
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setOnMouseClicked(event -> action.run());
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                action.run();
                event.consume();
            }
        });
    }

    @Override
    public void executeAccessibleAction(AccessibleAction accessibleAction, Object... parameters) {
        if (accessibleAction == AccessibleAction.FIRE) {
            action.run();
        } else {
            super.executeAccessibleAction(accessibleAction, parameters);
        }
    }
}
