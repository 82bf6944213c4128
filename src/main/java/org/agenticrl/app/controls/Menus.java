package org.agenticrl.app.controls;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.jspecify.annotations.Nullable;

/** Menu items as every menu of the window builds them. */
public final class Menus {
    private Menus() {
    }

    /**
     * A menu item whose text is shown as written (an underscore is not a mnemonic), with an optional accelerator: for
     * a name the user or a file gave, such as a recent file's.
     *
     * @param accelerator a {@link KeyCombination} in its text form, e.g. "Shortcut+S"
     */
    public static MenuItem item(String text, @Nullable String accelerator, Runnable action) {
        MenuItem item = command(text, accelerator, action);
        item.setMnemonicParsing(false);
        return item;
    }

    /**
     * A command of the window's menus: the letter after the underscore is its mnemonic ("_Save session": Alt+F, then
     * S), unique within its menu, so that the menus are worked from the keyboard without the mouse.
     *
     * @param accelerator a {@link KeyCombination} in its text form, e.g. "Shortcut+S"
     */
    public static MenuItem command(String text, @Nullable String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
