package org.agenticrl.engine.runs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One rollout of a step: the key of its group (the samples GRPO compares with each other: the prompt, unless the
 * format names groups otherwise), the prompt, the response, its reward (if the format has one) with any named reward
 * columns, whether it was judged correct (if known), the advantage the framework logged (if it
 * logged one), and, for multi-step agents, its turns; tokens holds per-token log-probabilities when the format records
 * them. Where it came from is {@code origin} (a file, with a line when there are lines).
 */
public record Sample(long step, String group, String prompt, String response, @Nullable Double reward,
                     Map<String, Double> rewards, @Nullable Boolean correct, @Nullable Double advantage, List<Turn> turns,
                     List<Token> tokens, String origin) {
    public Sample {
        rewards = Collections.unmodifiableMap(new LinkedHashMap<>(rewards));
        turns = List.copyOf(turns);
        tokens = List.copyOf(tokens);
    }

    /** The response's length in characters. */
    public int responseLength() {
        return response.length();
    }
}
