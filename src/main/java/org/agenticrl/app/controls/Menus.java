package org.agenticrl.app.controls;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Menu items as every menu of the window builds them. */
public final class Menus {
    private Menus() {
    }

    /**
     * A menu item whose text is shown as written (an underscore is not a mnemonic), with an optional accelerator.
     *
     * @param accelerator a {@link KeyCombination} in its text form, e.g. "Shortcut+S", or null for none
     */
    public static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
