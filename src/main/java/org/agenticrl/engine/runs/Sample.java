package org.agenticrl.engine.runs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rollout of a step: the key of its group (the samples GRPO compares with each other: the prompt, unless the
 * format names groups otherwise), the prompt, the response, its reward (null when the format has none) with any named reward
 * columns, whether it was judged correct (null when unknown), the advantage the framework logged (null when it did not
 * log one), and, for multi-step agents, its turns; tokens holds per-token log-probabilities when the format records
 * them. Where it came from is {@code origin} (a file, with a line when there are lines).
 */
public record Sample(long step, String group, String prompt, String response, Double reward, Map<String, Double> rewards,
                     Boolean correct, Double advantage, List<Turn> turns, List<Token> tokens, String origin) {
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
