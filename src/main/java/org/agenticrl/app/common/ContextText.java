package org.agenticrl.app.common;

import org.agenticrl.engine.episode.History;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.text.Vocabulary;

/** A context the policy conditions on, as chart titles write it. */
public final class ContextText {
    private ContextText() {
    }

    /** The next-token distribution at a context: "P(next | Action:, start)", the previous token and the history. */
    public static String nextToken(Context context, Vocabulary vocabulary) {
        return "P(next | " + vocabulary.token(context.previous()) + ", " + History.describe(context.history()) + ")";
    }
}
