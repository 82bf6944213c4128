package org.agenticrl.app.lesson;

import java.util.Map;
import java.util.Optional;
import org.agenticrl.engine.session.Focus;

/** What a chapter points at, in words for the lesson editor: "the bar of 'calculate('", "step 1's reward chips". */
final class FocusWords {
    static final String NOTHING = "Nothing in particular";
    private static final Map<String, String> TERMS = Map.of("rl", "L_RL", "sft", "\u03bb1 L_SFT", "kl", "\u03bb2 L_KL",
            "total", "the total L");

    private FocusWords() {
    }

    static String of(Optional<Focus> focus) {
        return focus.map(FocusWords::of).orElse(NOTHING);
    }

    static String of(Focus focus) {
        String name = focus.name();
        return switch (focus.kind()) {
            case TOKEN -> "the bar of '" + name + "'";
            case STEP -> "step " + name + "'s card";
            case OBSERVATION -> "step " + name + "'s observation";
            case ACTION -> "step " + name + "'s action and tool call";
            case CHIP -> "step " + name + "'s reward chips";
            case OUTCOME -> "the outcome";
            case ROW -> "row " + name + " of the step table";
            case TERM -> "the term " + TERMS.getOrDefault(name, name);
            case CHART -> "the chart " + name;
            case CURVE -> "the curve " + name;
        };
    }
}
