package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * rLLM's episode logs, as {@code EpisodeLogger.log_episode} (rllm/utils/episode_logger.py) writes them: one JSON file
 * per episode in {@code episodes/{train|val}_step_{S}_epoch_{E}/} with {@code training_step}, {@code task},
 * {@code is_correct}, {@code termination_reason}, {@code metrics} and {@code trajectories[]} of {@code name, reward,
 * steps[]: observation, thought, action, reward, done, model_response}. An episode is one sample: its reward is the
 * sum of its trajectories' rewards, its turns every step of every trajectory, its group its task.
 */
final class RllmEpisodes {
    private static final List<String> PROMPT_FIELDS = List.of("question", "prompt", "problem", "instruction");

    private RllmEpisodes() {
    }

    static boolean recognises(JsonNode document) {
        return document.has("training_step") && document.has("trajectories");
    }

    static Sample sample(JsonNode episode, String origin, SkipReport report) {
        JsonNode step = episode.get("training_step");
        if (step == null || !step.isIntegralNumber()) {
            report.add(new Skipped(origin, 0, "no step", "training_step is missing or not a whole number"));
            return null;
        }
        List<Turn> turns = new ArrayList<>();
        double reward = 0;
        String response = "";
        for (JsonNode trajectory : episode.path("trajectories")) {
            Double trajectoryReward = Json.number(trajectory.get("reward"));
            double stepRewards = 0;
            for (JsonNode turn : trajectory.path("steps")) {
                Double turnReward = Json.number(turn.get("reward"));
                stepRewards += turnReward == null ? 0 : turnReward;
                turns.add(new Turn(Json.text(turn.get("observation")), Json.text(turn.get("thought")),
                        Json.text(turn.get("action")), null, null, turnReward));
                response = turn.hasNonNull("model_response") ? Json.text(turn.get("model_response"))
                        : Json.text(turn.get("action"));
            }
            reward += trajectoryReward == null ? stepRewards : trajectoryReward;
        }
        JsonNode task = episode.path("task");
        String prompt = PROMPT_FIELDS.stream().filter(task::hasNonNull).findFirst().map(f -> Json.text(task.get(f)))
                .orElse(Json.text(task));
        return new Sample(step.asLong(), Json.text(task), prompt, response, reward, Map.of(),
                Json.truth(episode.get("is_correct")), null, turns, List.of(), origin);
    }
}
