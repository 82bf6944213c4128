package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * This app's own run format, one JSON object per line and episode (src/site/markdown/runs.md, "Our JSONL"): {@code step} and
 * {@code reward} (required), {@code prompt}, {@code group} (the GRPO group; the prompt when absent), {@code response}
 * (the steps' texts when absent), {@code advantage}, {@code correct}, {@code steps[]} of {@code observation, text,
 * tool, input, output, reward}, and {@code tokens[]} of {@code token, logprob, top[]: {token, logprob}}.
 */
final class AgenticLines implements LineFormat {
    @Override
    public RunFormat format() {
        return RunFormat.AGENTIC_JSONL;
    }

    @Override
    public Map<String, String> columns(Map<String, String> found) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("step", "JSON");
        columns.put("reward", "JSON");
        columns.put("response", "VARCHAR");
        columns.put("steps", "JSON");
        columns.put("correct", "BOOLEAN");
        return columns;
    }

    @Override
    public String rewardField() {
        return "reward";
    }

    @Override
    public String responseLengthSql() {
        return "length(coalesce(response, array_to_string(json_extract_string(steps, '$[*].text'), chr(10)), ''))";
    }

    @Override
    public String accuracyColumn(Map<String, String> columns) {
        return "correct";
    }

    @Override
    public List<String> namedRewardColumns(Map<String, String> columns) {
        return List.of();
    }

    @Override
    public Sample sample(JsonNode line, String origin, SkipReport report, String file, long number) {
        Long step = SampleFields.step(line.get("step"), report, file, number);
        Double reward = step == null ? null : SampleFields.reward(line.get("reward"), "reward", report, file, number);
        if (reward == null) {
            return null;
        }
        List<Turn> turns = new ArrayList<>();
        line.path("steps").forEach(turn -> turns.add(agentTurn(turn.get("observation"), turn.get("text"),
                turn.get("tool"), turn.get("input"), turn.get("output"), turn.get("reward"))));
        String prompt = Json.text(line.get("prompt"));
        String response = line.hasNonNull("response") ? Json.text(line.get("response"))
                : turns.stream().map(t -> t.text() == null ? "" : t.text()).collect(Collectors.joining("\n"));
        String group = line.hasNonNull("group") ? Json.text(line.get("group")) : prompt;
        return new Sample(step, group, prompt, response, reward, Map.of(), Json.truth(line.get("correct")),
                Json.number(line.get("advantage")), turns, Tokens.read(line.path("tokens"), "token", "logprob", "top"),
                origin);
    }

    /**
     * A step of this app's agent as a turn (this format's and the episode export's alike): what it observed, the text
     * it wrote, its tool call with the tool's input as the one argument {@code input}, the tool's output and the
     * step's process reward.
     */
    static Turn agentTurn(JsonNode observation, JsonNode text, JsonNode tool, JsonNode input, JsonNode output,
                          JsonNode reward) {
        List<ToolCall> calls = tool == null || tool.isNull() ? List.of() : List.of(new ToolCall(Json.text(tool),
                Json.MAPPER.createObjectNode().put("input", Json.text(input)).toString(), null));
        return new Turn("assistant", nullable(observation), nullable(text), calls, nullable(output),
                Json.number(reward));
    }

    private static String nullable(JsonNode node) {
        return node == null || node.isNull() ? null : Json.text(node);
    }
}
