package org.agenticrl.app.common;

/**
 * A line for the status bar.
 *
 * @param error true when something the user asked for was refused
 */
public record StatusMessage(String text, boolean error) {
    public static StatusMessage info(String text) {
        return new StatusMessage(text, false);
    }

    public static StatusMessage error(String text) {
        return new StatusMessage(text, true);
    }
}
