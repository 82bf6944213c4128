package org.agenticrl.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agenticrl.engine.runs.PromptGroup;
import org.agenticrl.engine.runs.RunFormat;
import org.agenticrl.engine.runs.Sample;
import org.agenticrl.engine.runs.Token;
import org.agenticrl.engine.runs.ToolCall;
import org.agenticrl.engine.runs.Turn;

/**
 * {@code inspect --step N --sample I}: one sample as JSON, I counting from 1 as the Step table numbers samples: its
 * turns (role, observation, text, tool calls with parsed arguments, the tools' answer, the turn's reward), its reward
 * and named rewards, its advantage with where it comes from (logged, or recomputed over its group), and its tokens
 * where the format logged them, otherwise a sentence saying that it logs none.
 */
record SampleJson(long step, int sample, String group, int groupSize, String prompt, String response, Double reward,
                  Map<String, Double> rewards, Boolean correct, Double advantage, String advantageSource,
                  String origin, List<TurnJson> turns, List<TokenJson> tokens, String tokensNote) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A turn: arguments are the call's JSON, or its text as written with the problem when it was not JSON. */
    record TurnJson(String role, String observation, String text, List<CallJson> toolCalls, String toolResult,
                    Double reward) {
    }

    /** A tool call: its name and arguments (parsed JSON, or the text as written), the problem when not parsed. */
    record CallJson(String name, JsonNode arguments, String problem) {
    }

    /** A token with its log-probability and the recorded alternatives. */
    record TokenJson(String token, double logprob, List<Token.Alternative> top) {
    }

    static SampleJson of(RunFormat format, Sample sample, int number, PromptGroup group) {
        int position = group.samples().indexOf(sample);
        Double advantage = position < 0 ? null : group.advantages().get(position);
        return new SampleJson(sample.step(), number, sample.group(), group.samples().size(), sample.prompt(),
                sample.response(), sample.reward(), sample.rewards(), sample.correct(),
                advantage == null || advantage.isNaN() ? null : advantage, group.source().label(), sample.origin(),
                sample.turns().stream().map(SampleJson::turn).toList(), sample.tokens().isEmpty() ? null
                : sample.tokens().stream().map(t -> new TokenJson(t.text(), t.logProb(), t.alternatives())).toList(),
                sample.tokens().isEmpty() ? format.noTokens() : null);
    }

    private static TurnJson turn(Turn turn) {
        return new TurnJson(turn.role(), turn.observation(), turn.text(), turn.toolCalls().stream()
                .map(SampleJson::call).toList(), turn.toolResult(), turn.reward());
    }

    private static CallJson call(ToolCall call) {
        if (call.parsed()) {
            try {
                return new CallJson(call.name(), MAPPER.readTree(call.arguments()), null);
            } catch (JsonProcessingException e) {
                return new CallJson(call.name(), new TextNode(call.arguments()), "not JSON: " + e.getOriginalMessage());
            }
        }
        return new CallJson(call.name(), new TextNode(call.arguments()), call.problem());
    }

    /** The sample as text: its figures, then each turn. */
    String text() {
        String line = System.lineSeparator();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "step %d, sample %d (group of %d): reward %s, "
                + "advantage %s (%s)", step, sample, groupSize, reward == null ? "-" : String.format(Locale.ROOT,
                "%.3f", reward), advantage == null ? "-" : String.format(Locale.ROOT, "%.3f", advantage),
                advantageSource)).append(line).append("origin: ").append(origin);
        for (int i = 0; i < turns.size(); i++) {
            TurnJson turn = turns.get(i);
            text.append(line).append(line).append("turn ").append(i + 1).append(" (").append(turn.role()).append(')');
            if (turn.reward() != null) {
                text.append(String.format(Locale.ROOT, ", process reward %.3f", turn.reward()));
            }
            if (turn.observation() != null) {
                text.append(line).append("  observed: ").append(turn.observation());
            }
            if (turn.text() != null && !turn.text().isEmpty()) {
                text.append(line).append("  ").append(turn.text().replace("\n", line + "  "));
            }
            turn.toolCalls().forEach(call -> text.append(line).append("  -> ").append(call.name()).append('(')
                    .append(call.arguments().isTextual() ? call.arguments().asText() : call.arguments().toString())
                    .append(')').append(call.problem() == null ? "" : "  [" + call.problem() + "]"));
            if (turn.toolResult() != null) {
                text.append(line).append("  => ").append(turn.toolResult().replace("\n", line + "     "));
            }
        }
        text.append(line).append(line).append(tokens == null ? tokensNote : tokens.size() + " tokens logged");
        return text.toString();
    }
}
