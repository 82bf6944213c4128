package org.agenticrl.engine.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a decoded chat into turns, for the formats that log text rather than messages (verl's {@code input} and
 * {@code output}, TRL's {@code prompt} and {@code completion}). A turn starts at a role header: ChatML's
 * {@code <|im_start|>role}, Llama 3's {@code <|start_header_id|>role<|end_header_id|>}, or, where the special
 * tokens were stripped when decoding (verl), a line that is only {@code system}, {@code user}, {@code assistant} or
 * {@code tool}. In an assistant turn each {@code <tool_call>{"name": …, "arguments": …}</tool_call>} is a tool call
 * (Qwen's and Hermes' convention); a turn of {@code <tool_response>} blocks is the answer of the turn before. A call
 * whose JSON is broken is kept as written and marked.
 */
final class ChatTranscript {
    private static final Set<String> ROLES = Set.of("system", "user", "assistant", "tool");
    private static final Pattern CHATML_START = Pattern.compile("<\\|im_start\\|>");
    private static final Pattern LLAMA_HEADER = Pattern.compile("<\\|start_header_id\\|>(\\w+)<\\|end_header_id\\|>\\n*");
    private static final Pattern END_MARKS = Pattern.compile("<\\|im_end\\|>|<\\|eot_id\\|>|<\\|begin_of_text\\|>"
            + "|<\\|endoftext\\|>|<\\|end_of_text\\|>");
    private static final Pattern TOOL_CALL = Pattern.compile("<tool_call>(.*?)(</tool_call>|$)", Pattern.DOTALL);
    private static final Pattern TOOL_RESPONSE = Pattern.compile("<tool_response>(.*?)</tool_response>",
            Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]*)\"");

    /** A message while the text is split: its role and its lines. */
    private static final class Message {
        final String role;
        final StringBuilder text = new StringBuilder();

        Message(String role) {
            this.role = role;
        }
    }

    private ChatTranscript() {
    }

    /**
     * The turns of a prompt and its response. The prompt's text before any role header is the user's; the response
     * continues the prompt's last, open assistant turn (the generation prompt), or is the assistant's.
     */
    static List<Turn> turns(String prompt, String response) {
        List<Message> messages = split(prompt, "user");
        Message last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        boolean open = last != null && last.role.equals("assistant") && last.text.toString().isBlank();
        if (open) {
            messages.remove(messages.size() - 1);
        }
        messages.addAll(split(response, "assistant"));
        return turns(messages);
    }

    private static List<Message> split(String text, String firstRole) {
        String plain = !text.contains("<|") ? text : END_MARKS.matcher(LLAMA_HEADER.matcher(CHATML_START.matcher(text)
                .replaceAll("\n")).replaceAll("\n$1\n")).replaceAll("");
        List<Message> messages = new ArrayList<>();
        Message current = null;
        for (String line : plain.split("\n", -1)) {
            String word = line.strip();
            if (ROLES.contains(word)) {
                current = new Message(word);
                messages.add(current);
                continue;
            }
            if (current == null) {
                if (line.isBlank()) {
                    continue;
                }
                current = new Message(firstRole);
                messages.add(current);
            }
            current.text.append(current.text.length() == 0 ? "" : "\n").append(line);
        }
        return messages;
    }

    private static List<Turn> turns(List<Message> messages) {
        List<Turn> turns = new ArrayList<>();
        for (Message message : messages) {
            String text = message.text.toString().strip();
            String answers = toolResponses(text);
            Turn previous = turns.isEmpty() ? null : turns.get(turns.size() - 1);
            boolean answersPrevious = previous != null && previous.role().equals("assistant")
                    && !previous.toolCalls().isEmpty() && (answers != null || message.role.equals("tool"));
            if (answersPrevious) {
                String result = answers != null ? answers : text;
                turns.set(turns.size() - 1, new Turn(previous.role(), previous.observation(), previous.text(),
                        previous.toolCalls(), previous.toolResult() == null ? result
                        : previous.toolResult() + "\n" + result, previous.reward()));
            } else if (message.role.equals("assistant")) {
                turns.add(assistant(text));
            } else {
                turns.add(Turn.said(answers != null ? "tool" : message.role, answers != null ? answers : text));
            }
        }
        return turns;
    }

    /** The contents of a text made only of tool_response blocks, joined by newlines; null for any other text. */
    private static String toolResponses(String text) {
        if (!text.contains("<tool_response>")) {
            return null;
        }
        Matcher matcher = TOOL_RESPONSE.matcher(text);
        List<String> answers = new ArrayList<>();
        while (matcher.find()) {
            answers.add(matcher.group(1).strip());
        }
        return !answers.isEmpty() && matcher.replaceAll("").isBlank() ? String.join("\n", answers) : null;
    }

    private static Turn assistant(String text) {
        if (!text.contains("<tool_call>")) {
            return new Turn("assistant", null, text, List.of(), null, null);
        }
        Matcher matcher = TOOL_CALL.matcher(text);
        List<ToolCall> calls = new ArrayList<>();
        while (matcher.find()) {
            calls.add(call(matcher.group(1).strip(), matcher.group(2).isEmpty()));
        }
        return new Turn("assistant", null, matcher.replaceAll("").strip(), calls, null, null);
    }

    /** One call's JSON, {"name": …, "arguments": …}; broken JSON or an unclosed tag keeps the text, marked. */
    static ToolCall call(String json, boolean unclosed) {
        if (unclosed) {
            return new ToolCall(guessedName(json), json, "the <tool_call> is not closed");
        }
        try {
            JsonNode call = Json.MAPPER.readTree(json);
            if (call != null && call.isObject() && call.hasNonNull("name")) {
                JsonNode arguments = call.path("arguments");
                return new ToolCall(Json.text(call.get("name")), arguments.isMissingNode() ? "{}"
                        : arguments.toString(), null);
            }
            return new ToolCall(guessedName(json), json, "the <tool_call> has no \"name\"");
        } catch (JsonProcessingException e) {
            return new ToolCall(guessedName(json), json, "the <tool_call> is not JSON: " + Json.reason(e));
        }
    }

    private static String guessedName(String json) {
        Matcher name = NAME.matcher(json);
        return name.find() ? name.group(1) : "?";
    }
}
