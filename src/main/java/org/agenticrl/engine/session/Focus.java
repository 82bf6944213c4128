package org.agenticrl.engine.session;

import java.util.List;
import java.util.Optional;
import org.agenticrl.engine.Identified;

/**
 * What a lesson's chapter points at: the evidence its caption talks about. Presenting the chapter scrolls it into view
 * and rings it. Immutable; the constructor refuses a name its kind cannot have. Whether the target exists (a token of
 * the scenario's vocabulary, a step of the episode, a chart of the window) is the app's to find out when it shows it.
 *
 * @param kind what sort of thing it is
 * @param name which one: a token's text, a step's number counting from 1, a term's id, a chart's or a curve's id;
 *             empty for the outcome
 */
public record Focus(Kind kind, String name) {
    /** The longest name, in characters. */
    public static final int MAX_NAME = 80;
    /** The terms of the objective a chapter can point at. */
    public static final List<String> TERMS = List.of("rl", "sft", "kl", "total");

    /** The sorts of evidence, by the ids a session file uses. The vocabulary is stable: ids are only ever added. */
    public enum Kind implements Identified {
        TOKEN("a bar of the token chart, named by its token"),
        STEP("a step's card on the timeline, by its number from 1"),
        OBSERVATION("what the agent saw in a step, by its number from 1"),
        ACTION("the tokens a step wrote and its tool call with the tool's answer, by its number from 1"),
        CHIP("a step's process-reward chips, by its number from 1"),
        OUTCOME("the outcome: the final answer, the outcome reward and the total"),
        ROW("a row of the loss panel's step table, by its step number from 1"),
        TERM("a term of the objective: rl, sft, kl or total"),
        CHART("a chart, by its id"),
        CURVE("a training curve, by its id");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        @Override
        public String description() {
            return description;
        }

        /** Whether a focus of this kind names its target by a step number. */
        public boolean numbered() {
            return this == STEP || this == OBSERVATION || this == ACTION || this == CHIP || this == ROW;
        }
    }

    /** @throws IllegalArgumentException with the reason, e.g. "a step is named by its number from 1, not 'x'" */
    public Focus {
        name = name == null ? "" : name.strip();
        nameProblem(kind, name).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
    }

    /** The outcome, which needs no name. */
    public static Focus outcome() {
        return new Focus(Kind.OUTCOME, "");
    }

    /** Why name cannot name a target of this kind, or empty if it can. */
    public static Optional<String> nameProblem(Kind kind, String name) {
        if (kind == null) {
            return Optional.of("the kind of the focus is missing");
        }
        String text = name == null ? "" : name.strip();
        if (kind == Kind.OUTCOME) {
            return text.isEmpty() ? Optional.empty() : Optional.of("the outcome has no name; got '" + text + "'");
        }
        if (text.isEmpty()) {
            return Optional.of("a " + kind.id() + " focus needs a name: " + kind.description());
        }
        if (text.length() > MAX_NAME) {
            return Optional.of("the name is " + text.length() + " characters long; at most " + MAX_NAME);
        }
        if (kind.numbered() && !text.matches("[1-9][0-9]{0,3}")) {
            return Optional.of("a " + kind.id() + " is named by its step number from 1, not '" + text + "'");
        }
        if (kind == Kind.TERM && !TERMS.contains(text)) {
            return Optional.of("a term is one of " + String.join(", ", TERMS) + ", not '" + text + "'");
        }
        return Optional.empty();
    }

    /** The step index counting from 0, for the numbered kinds. */
    public int stepIndex() {
        if (!kind.numbered()) {
            throw new IllegalStateException(kind.id() + " is not named by a step");
        }
        return Integer.parseInt(name) - 1;
    }

    /** "token calculate(", "step 1", "outcome": how the chapter list and the command line show it. */
    @Override
    public String toString() {
        return name.isEmpty() ? kind.id() : kind.id() + " " + name;
    }
}
