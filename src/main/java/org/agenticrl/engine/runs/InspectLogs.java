package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * inspect_ai's samples (src/inspect_ai/log/_log.py {@code EvalSample}): {@code id}, {@code epoch}, {@code input},
 * {@code output}, {@code scores} and {@code events}. A sample's group is its id (its epochs are attempts at one
 * prompt); its reward is its first score's value (C = 1, P = 0.5, I and N = 0, numbers and booleans as they are),
 * every score a named reward; its turns are the model events (the text and tool calls the model wrote) each with the
 * tool events that answered it; its tokens are every model event's {@code output.choices[0].logprobs.content[]} of
 * {@code token, logprob, top_logprobs[]} (src/inspect_ai/model/_model_output.py).
 */
final class InspectLogs {
    private static final Map<String, Double> SCORE_LETTERS = Map.of("C", 1.0, "P", 0.5, "I", 0.0, "N", 0.0);

    private InspectLogs() {
    }

    /** A whole log (.json) or a .eval archive's header.json. */
    static boolean recognisesLog(JsonNode document) {
        return document.has("eval") && (document.has("samples") || document.has("status"));
    }

    static Sample sample(JsonNode sample, long step, String origin) {
        Map<String, Double> scores = new LinkedHashMap<>();
        sample.path("scores").properties().forEach(entry -> scores.put(entry.getKey(),
                scoreValue(entry.getValue().get("value"))));
        Double reward = scores.values().stream().findFirst().orElse(null);
        List<Turn> turns = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (JsonNode event : sample.path("events")) {
            String kind = event.path("event").asText();
            if (kind.equals("model")) {
                JsonNode choice = event.path("output").path("choices").path(0);
                JsonNode message = choice.path("message");
                turns.add(new Turn(null, content(message.get("content")), toolCalls(message.path("tool_calls")), null,
                        null, null));
                tokens.addAll(Tokens.read(choice.path("logprobs").path("content"), "token", "logprob", "top_logprobs"));
            } else if (kind.equals("tool")) {
                turns.add(new Turn(null, null, null, Json.text(event.get("function")), Json.text(event.get("result")),
                        null));
            }
        }
        String prompt = content(sample.get("input"));
        return new Sample(step, Json.text(sample.get("id")), prompt,
                content(sample.path("output").path("choices").path(0).path("message").get("content")),
                reward == null || reward.isNaN() ? null : reward, scores,
                reward == null || reward.isNaN() ? null : reward > 0, null, turns, tokens, origin);
    }

    private static Double scoreValue(JsonNode value) {
        Double number = Json.number(value);
        if (number != null) {
            return number;
        }
        return value != null && value.isTextual() ? SCORE_LETTERS.getOrDefault(value.asText(), Double.NaN) : Double.NaN;
    }

    /** A message's content (a string, or a list of content parts, or a list of messages) as plain text. */
    static String content(JsonNode content) {
        if (content == null || content.isNull() || content.isMissingNode()) {
            return "";
        }
        if (!content.isArray()) {
            return Json.text(content);
        }
        return StreamSupport.stream(content.spliterator(), false)
                .map(part -> part.has("text") ? Json.text(part.get("text")) : content(part.get("content")))
                .collect(Collectors.joining("\n"));
    }

    private static String toolCalls(JsonNode calls) {
        return StreamSupport.stream(calls.spliterator(), false)
                .map(call -> Json.text(call.get("function")) + "(" + Json.text(call.get("arguments")) + ")")
                .collect(Collectors.joining("; "));
    }
}
