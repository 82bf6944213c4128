package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * One inspect_ai sample ({@code EvalSample}, src/inspect_ai/log/_log.py) as a {@link Sample}: its group is its id
 * (its epochs are attempts at one prompt); its reward its first score's value (C = 1, P = 0.5, I and N = 0, numbers
 * and booleans as they are), every score a named reward; its turns its {@code messages} (system, user, each
 * assistant message with its {@code tool_calls}, each tool message as the answer of the call before), or, in a log
 * whose messages are empty, the last model event's input and output; its tokens every model event's
 * {@code output.choices[0].logprobs.content[]} (src/inspect_ai/model/_model_output.py). Every string that is an
 * {@code attachment://} reference is replaced by the sample's attachment. Condensed events (0.3.206+: a model
 * event's {@code input: []} with {@code input_refs} ranges into {@code events_data.messages}; the short-lived version
 * 3's {@code message_pool}) are resolved; a range past the pool is reported and left out.
 */
final class InspectSample {
    private static final Map<String, Double> SCORE_LETTERS = Map.of("C", 1.0, "P", 0.5, "I", 0.0, "N", 0.0);
    private static final String ATTACHMENT = "attachment://";

    private final JsonNode sample;
    private final JsonNode attachments;
    private final String origin;
    private final SkipReport report;

    private InspectSample(JsonNode sample, String origin, SkipReport report) {
        this.sample = sample;
        this.attachments = sample.path("attachments");
        this.origin = origin;
        this.report = report;
    }

    /** The sample at a step; problems (a pool range out of bounds) are reported against origin. */
    static Sample of(JsonNode sample, long step, String origin, SkipReport report) {
        return new InspectSample(sample, origin, report).read(step);
    }

    /** A summary of summaries.json ({@code EvalSampleSummary}): its id, input and scores, no response. */
    static Sample summary(JsonNode summary, long step, String origin) {
        InspectSample reader = new InspectSample(summary, origin, new SkipReport());
        Map<String, Double> scores = reader.scores();
        Double reward = reward(scores);
        return new Sample(step, Json.text(summary.get("id")), reader.content(summary.get("input")), "", reward, scores,
                reward == null ? null : reward > 0, null, List.of(), List.of(), origin);
    }

    private Sample read(long step) {
        Map<String, Double> scores = scores();
        Double reward = reward(scores);
        List<Turn> turns = turns();
        List<Token> tokens = new ArrayList<>();
        for (JsonNode event : sample.path("events")) {
            if (event.path("event").asText().equals("model")) {
                tokens.addAll(Tokens.read(event.path("output").path("choices").path(0).path("logprobs")
                        .path("content"), "token", "logprob", "top_logprobs"));
            }
        }
        JsonNode output = sample.path("output");
        String response = output.path("choices").isEmpty() ? text(output.get("completion"))
                : content(output.path("choices").path(0).path("message").get("content"));
        return new Sample(step, Json.text(sample.get("id")), content(sample.get("input")), response, reward, scores,
                reward == null ? null : reward > 0, null, turns, tokens, origin);
    }

    private Map<String, Double> scores() {
        Map<String, Double> scores = new LinkedHashMap<>();
        sample.path("scores").properties().forEach(entry -> scores.put(entry.getKey(),
                scoreValue(entry.getValue().get("value"))));
        return scores;
    }

    private static Double reward(Map<String, Double> scores) {
        Double first = scores.values().stream().findFirst().orElse(null);
        return first == null || first.isNaN() ? null : first;
    }

    /** A score's value: a number or boolean as it is, a letter as inspect_ai's value_to_float reads it, a dict's first. */
    private static Double scoreValue(JsonNode value) {
        Double number = Json.number(value);
        if (number != null) {
            return number;
        }
        if (value != null && value.isObject() && !value.isEmpty()) {
            return scoreValue(value.elements().next());
        }
        return value != null && value.isTextual() ? SCORE_LETTERS.getOrDefault(value.asText(), Double.NaN) : Double.NaN;
    }

    private List<Turn> turns() {
        JsonNode messages = sample.path("messages");
        if (messages.isArray() && !messages.isEmpty()) {
            checkPoolRanges();
            return conversation(messages);
        }
        List<JsonNode> conversation = new ArrayList<>();
        JsonNode lastModel = null;
        for (JsonNode event : sample.path("events")) {
            if (event.path("event").asText().equals("model")) {
                lastModel = event;
            }
        }
        checkPoolRanges();
        if (lastModel != null) {
            conversation.addAll(input(lastModel));
            conversation.add(lastModel.path("output").path("choices").path(0).path("message"));
        }
        return conversation(conversation);
    }

    /** The messages of a model event's input, read from the pool when the input was condensed into ranges. */
    private List<JsonNode> input(JsonNode modelEvent) {
        JsonNode refs = modelEvent.get("input_refs");
        List<JsonNode> messages = new ArrayList<>();
        if (refs == null || !refs.isArray() || !modelEvent.path("input").isEmpty()) {
            modelEvent.path("input").forEach(messages::add);
            return messages;
        }
        JsonNode pool = pool();
        for (JsonNode range : refs) {
            int start = range.path(0).asInt(-1);
            int end = range.path(1).asInt(-1);
            for (int i = Math.max(start, 0); i < Math.min(end, pool.size()); i++) {
                messages.add(pool.get(i));
            }
        }
        return messages;
    }

    /** The message pool: {@code events_data.messages} (0.3.206+), or version 3's {@code message_pool}. */
    private JsonNode pool() {
        JsonNode condensed = sample.path("events_data").path("messages");
        return condensed.isArray() ? condensed : sample.path("message_pool");
    }

    /** Reports each model event whose input_refs reach past the pool (inspect_ai's reader would silently cut them). */
    private void checkPoolRanges() {
        int size = pool().size();
        int index = 0;
        for (JsonNode event : sample.path("events")) {
            index++;
            for (JsonNode range : event.path("input_refs")) {
                int start = range.path(0).asInt(-1);
                int end = range.path(1).asInt(-1);
                if (start < 0 || end < start || end > size) {
                    report.add(new Skipped(origin, 0, "input_refs out of range", "event " + index + ": ["
                            + Json.text(range.path(0)) + ", " + Json.text(range.path(1)) + ") in a pool of " + size
                            + " messages; the messages past the pool are left out"));
                }
            }
        }
    }

    private List<Turn> conversation(Iterable<JsonNode> messages) {
        List<Turn> turns = new ArrayList<>();
        for (JsonNode message : messages) {
            String role = Json.text(message.get("role"));
            Turn previous = turns.isEmpty() ? null : turns.get(turns.size() - 1);
            if (role.equals("tool") && previous != null && !previous.toolCalls().isEmpty()) {
                String result = toolResult(message);
                turns.set(turns.size() - 1, new Turn(previous.role(), null, previous.text(), previous.toolCalls(),
                        previous.toolResult() == null ? result : previous.toolResult() + "\n" + result, null));
            } else if (role.equals("tool")) {
                turns.add(Turn.said("tool", toolResult(message)));
            } else {
                turns.add(new Turn(role.isEmpty() ? "assistant" : role, null, content(message.get("content")),
                        toolCalls(message.path("tool_calls")), null, null));
            }
        }
        return turns;
    }

    private String toolResult(JsonNode message) {
        String content = content(message.get("content"));
        JsonNode error = message.get("error");
        return error == null || error.isNull() ? content
                : (content.isEmpty() ? "" : content + "\n") + "error: " + text(error.get("message"));
    }

    private List<ToolCall> toolCalls(JsonNode calls) {
        List<ToolCall> toolCalls = new ArrayList<>();
        for (JsonNode call : calls) {
            JsonNode arguments = call.path("arguments");
            String parseError = call.hasNonNull("parse_error") ? text(call.get("parse_error")) : null;
            toolCalls.add(new ToolCall(text(call.get("function")), arguments.isMissingNode() ? "{}"
                    : resolved(arguments).toString(), parseError));
        }
        return toolCalls;
    }

    /** A message's content (a string, or a list of content parts) as plain text, attachments resolved. */
    private String content(JsonNode content) {
        if (content == null || content.isNull() || content.isMissingNode()) {
            return "";
        }
        if (!content.isArray()) {
            return text(content);
        }
        return StreamSupport.stream(content.spliterator(), false).map(part -> part.has("text") ? text(part.get("text"))
                        : part.has("reasoning") ? text(part.get("reasoning"))
                        : part.has("content") ? content(part.get("content"))
                        : "[" + Json.text(part.get("type")) + "]")
                .collect(Collectors.joining("\n"));
    }

    /** A string with an attachment:// reference replaced by the attachment (left as it is when there is none). */
    private String text(JsonNode node) {
        String text = Json.text(node);
        if (node != null && node.isTextual() && text.startsWith(ATTACHMENT)) {
            JsonNode attached = attachments.get(text.substring(ATTACHMENT.length()));
            return attached == null ? text : attached.asText();
        }
        return text;
    }

    private JsonNode resolved(JsonNode node) {
        if (node.isTextual() && node.asText().startsWith(ATTACHMENT)) {
            return new com.fasterxml.jackson.databind.node.TextNode(text(node));
        }
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = Json.MAPPER.createObjectNode();
            node.properties().forEach(entry -> copy.set(entry.getKey(), resolved(entry.getValue())));
            return copy;
        }
        return node;
    }
}
