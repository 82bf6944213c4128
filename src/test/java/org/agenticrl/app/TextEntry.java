package org.agenticrl.app;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;

/**
 * Replaces the whole text of a field as a user does: a click into it, select all, then the new text. Unlike a
 * double-click and a fixed number of backspaces, it does not depend on where the caret lands or on how long the old
 * text was (under load a double-click can arrive as two clicks and leave part of the old text).
 */
final class TextEntry {
    private TextEntry() {
    }

    static FxRobotInterface replace(FxRobot robot, Node field, String text) {
        return robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
    }

    static FxRobotInterface replace(FxRobot robot, String query, String text) {
        return replace(robot, robot.lookup(query).query(), text);
    }
}
