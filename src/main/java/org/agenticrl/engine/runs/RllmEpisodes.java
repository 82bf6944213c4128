package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * rLLM's episodes, as its two writers write them: {@code EpisodeLogger.log_episode} (rllm/utils/episode_logger.py),
 * one JSON file per episode in {@code episodes/{train|val}_step_{S}_epoch_{E}/} with {@code training_step},
 * {@code task}, {@code is_correct}, {@code termination_reason} and {@code trajectories[]} of {@code name, reward,
 * steps[]: observation, thought, action, reward, done, model_response, chat_completions}, beside a
 * {@code batch_summary.json} per step folder; and the eval store (rllm/eval/episode_store.py), {@code meta.json} and
 * {@code episodes/episode_{idx}_{task}.json}, each an {@code Episode.model_dump} with {@code eval_idx} and no step
 * (it is step 1). An episode is one sample: its reward the sum of its trajectories' rewards (of their steps' where a
 * trajectory has none), its group its task, its turns every step of every trajectory: what it observed, what the model
 * wrote, the tool calls of its action (a list or one call of {@code name}/{@code function} and {@code arguments}, or
 * {@code <tool_call>} tags in the response) and the step's reward, a process reward.
 */
final class RllmEpisodes {
    private static final List<String> PROMPT_FIELDS = List.of("question", "prompt", "problem", "instruction");

    private RllmEpisodes() {
    }

    static boolean recognises(JsonNode document) {
        return document.has("trajectories") && (document.has("training_step") || document.has("eval_idx"));
    }

    /** The companion files of the writers, read with their episodes and never listed as skipped. */
    static boolean isCompanion(JsonNode document) {
        return document.has("episode_files") && document.has("summary_stats")
                || document.has("dataset") && document.has("model") && !document.has("trajectories");
    }

    static Sample sample(JsonNode episode, String origin, SkipReport report) {
        JsonNode step = episode.has("eval_idx") && !episode.has("training_step") ? Json.MAPPER.getNodeFactory()
                .numberNode(1) : episode.get("training_step");
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
                String written = turn.hasNonNull("model_response") && !Json.text(turn.get("model_response")).isEmpty()
                        ? Json.text(turn.get("model_response")) : Json.text(turn.get("thought"));
                Turn said = ChatTranscript.turns("", written).stream().filter(t -> t.role().equals("assistant"))
                        .findFirst().orElse(Turn.said("assistant", written));
                List<ToolCall> calls = said.toolCalls().isEmpty() ? actionCalls(turn.get("action")) : said.toolCalls();
                String observation = turn.hasNonNull("observation") ? Json.text(turn.get("observation")) : null;
                if (observation != null && observation.equals(promptOf(episode))) {
                    observation = null; // the first step observes the task, which is the user's turn already
                }
                turns.add(new Turn("assistant", observation, said.text().isEmpty() && calls.isEmpty()
                        ? Json.text(turn.get("action")) : said.text(), calls, null, turnReward));
                response = written.isEmpty() ? Json.text(turn.get("action")) : written;
            }
            reward += trajectoryReward == null ? stepRewards : trajectoryReward;
        }
        JsonNode task = episode.path("task");
        String prompt = promptOf(episode);
        if (!prompt.isEmpty()) {
            turns.add(0, Turn.said("user", prompt));
        }
        return new Sample(step.asLong(), Json.text(task), prompt, response, reward, Map.of(),
                Json.truth(episode.get("is_correct")), null, turns, List.of(), origin);
    }

    private static String promptOf(JsonNode episode) {
        JsonNode task = episode.path("task");
        return PROMPT_FIELDS.stream().filter(task::hasNonNull).findFirst().map(f -> Json.text(task.get(f)))
                .orElse(Json.text(task));
    }

    /** The tool calls of an action: a list of calls, or one call ({@code name} or {@code function}, {@code arguments}). */
    private static List<ToolCall> actionCalls(JsonNode action) {
        List<ToolCall> calls = new ArrayList<>();
        if (action == null) {
            return calls;
        }
        if (action.isArray()) {
            action.forEach(call -> calls.addAll(actionCalls(call)));
            return calls;
        }
        JsonNode function = action.path("function").isObject() ? action.get("function") : action;
        String name = function.hasNonNull("name") ? Json.text(function.get("name"))
                : function.path("function").isTextual() ? Json.text(function.get("function")) : null;
        if (name != null && function.has("arguments")) {
            JsonNode arguments = function.get("arguments");
            calls.add(arguments.isTextual() ? ChatTranscript.call("{\"name\": " + Json.MAPPER.getNodeFactory()
                    .textNode(name) + ", \"arguments\": " + arguments.asText() + "}", false) : new ToolCall(name,
                    arguments.toString(), null));
        }
        return calls;
    }
}
