package org.agenticrl.engine.episode;

import org.agenticrl.engine.reward.StepStatus;

/**
 * The short summary of an episode so far that the policy conditions on: one item per earlier step, joined by commas,
 * e.g. {@code "calculate:ok"} after a successful calculator call. Items are {@code tool:ok}, {@code tool:error},
 * {@code tool:unknown} or {@code malformed}. Empty at the start. This is the h_t of pi(a_t | s_t, h_t).
 */
public final class History {
    /** The history at the first step: nothing has happened yet. */
    public static final String START = "";

    private History() {
    }

    /** The history after a step with this tool and status. */
    public static String next(String history, String tool, StepStatus status) {
        String item = switch (status) {
            case OK -> tool + ":ok";
            case TOOL_ERROR -> tool + ":error";
            case UNKNOWN_TOOL -> tool + ":unknown";
            case UNPARSEABLE -> "malformed";
        };
        return history.isEmpty() ? item : history + "," + item;
    }

    /** For people: "start" for the empty history, else the items joined by arrows. */
    public static String describe(String history) {
        return history.isEmpty() ? "start" : history.replace(",", " \u2192 ");
    }
}
