package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * This app's own episode export ({@code org.agenticrl.engine.export.EpisodeDocument}: File ▸ Export ▸ JSON, or
 * {@code episode --json}) as one sample of step 1: its steps become turns (observation, text, tool call and output,
 * process reward) and their tokens with their log-probabilities; its reward is the episode's total.
 */
final class AppEpisodes {
    private AppEpisodes() {
    }

    static boolean recognises(JsonNode document) {
        return document.has("steps") && document.has("totalReward") && document.has("task");
    }

    static Sample sample(JsonNode episode, String origin) {
        List<Turn> turns = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (JsonNode step : episode.path("steps")) {
            turns.add(AgenticLines.agentTurn(step.get("observation"), step.get("text"), step.get("tool"),
                    step.get("toolInput"), step.get("toolOutput"), step.get("processReward")));
            JsonNode logProbs = step.path("tokenLogProbs");
            for (int i = 0; i < step.path("tokens").size() && i < logProbs.size(); i++) {
                tokens.add(new Token(step.path("tokens").get(i).asText(), logProbs.get(i).asDouble(), List.of()));
            }
        }
        String task = Json.text(episode.get("task"));
        Double outcome = Json.number(episode.get("outcomeReward"));
        return new Sample(1, task, task, Json.text(episode.get("finalAnswer")), Json.number(episode.get("totalReward")),
                outcome == null ? Map.of() : Map.of("outcome", outcome), outcome == null ? null : outcome > 0, null,
                turns, tokens, origin);
    }
}
