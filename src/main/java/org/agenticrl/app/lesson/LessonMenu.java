package org.agenticrl.app.lesson;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.agenticrl.app.controls.Menus;

/**
 * The Lessons menu: the built-in lessons, present, the presenter view and leave, add this view as a chapter, and the
 * editor.
 */
public final class LessonMenu {
    private LessonMenu() {
    }

    /** @param presenterView opens the presenter view (for a lecture with a second screen) */
    public static Menu of(LessonModel lesson, MenuItem presenterView) {
        Menu builtIns = new Menu("_Built-in lessons");
        builtIns.setId("built-in-lessons");
        for (BuiltInLessons.Entry entry : BuiltInLessons.ALL) {
            MenuItem item = Menus.item(entry.title(), null, () -> lesson.openBuiltIn(entry));
            item.setId("lesson-" + entry.id());
            builtIns.getItems().add(item);
        }
        MenuItem present = Menus.command("_Present the lesson", "F5", lesson::present);
        present.setId("menu-present");
        MenuItem leave = Menus.command("Leave lesson _mode    (Escape)", null, lesson::leave);
        leave.disableProperty().bind(lesson.presentingProperty().not());
        MenuItem add = Menus.command("_Add this view as a chapter", "Shortcut+Shift+A", lesson::addCurrentView);
        add.setId("menu-add-chapter");
        MenuItem edit = Menus.command("_Edit the lesson\u2026", "Shortcut+L", () -> lesson.editingProperty().set(
                !lesson.editingProperty().get()));
        edit.setId("menu-edit-lesson");
        Menu menu = new Menu("_Lessons", null, builtIns, new SeparatorMenuItem(), present, presenterView, leave,
                new SeparatorMenuItem(), add, edit);
        menu.setId("menu-lessons");
        return menu;
    }
}
