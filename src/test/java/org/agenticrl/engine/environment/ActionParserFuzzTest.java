package org.agenticrl.engine.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.agenticrl.engine.scenario.ScenarioLoader;

/** The action parser on random and hostile text: it never throws, and it reads every well-formed call exactly. */
class ActionParserFuzzTest {
    private final ActionParser parser = ScenarioLoader.seed().runner().environment().parser();

    @Property(tries = 3000)
    void answersEveryTextWithACallOrAReason(@ForAll("hostile") String text) {
        ParsedAction parsed = parser.parse(text);
        if (parsed instanceof ParsedAction.ToolCall call) {
            assertTrue(text.contains(ActionParser.MARKER), text);
            assertFalse(call.tool().isEmpty(), text);
            assertTrue(call.tool().codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_'), call.tool());
            assertEquals(call.argument().strip(), call.argument());
        } else {
            assertFalse(((ParsedAction.Unparseable) parsed).reason().isBlank());
        }
    }

    @Property(tries = 3000)
    void readsAWellFormedCallAfterAnyReasoning(@ForAll @StringLength(max = 40) String reasoning,
                                               @ForAll("toolNames") String tool,
                                               @ForAll @Chars({'a', 'Z', '5', '+', ' ', '\t', '.', ',', '°'}) String argument) {
        Assume.that(!reasoning.contains(ActionParser.MARKER));
        ParsedAction parsed = parser.parse(reasoning + " Action: " + tool + "( " + argument + " )");
        ArgumentStyle style = tool.equals("calculate") ? ArgumentStyle.COMPACT : ArgumentStyle.WORDS;
        assertEquals(new ParsedAction.ToolCall(tool, style.normalize(argument)), parsed);
    }

    @Provide
    Arbitrary<String> toolNames() {
        return Arbitraries.oneOf(Arbitraries.of("calculate", "search", "finish", "weather_api"),
                Arbitraries.strings().withCharRange('a', 'z').withChars('_', '0', '9').ofMinLength(1).ofMaxLength(20));
    }

    /** Random text, and the seed's actions with calls, markers and parentheses spliced in, cut or doubled. */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.of("Action:", "Action: ", "calculate(", "finish(", "search(", "(", ")",
                "((", "))", " ", "5 + 3", "8", "I need to", "\u0000", "\ud800", "\ud83d\ude00", "Action:Action:", "_", "é");
        Arbitrary<String> spliced = pieces.list().ofMaxSize(60).map(list -> String.join("", list));
        return Arbitraries.oneOf(Arbitraries.strings(), spliced,
                Arbitraries.strings().ofMaxLength(10).map(s -> "I need to calculate this Action: calculate( 5 + 3 )" + s),
                Arbitraries.integers().between(1, 20_000).map(n -> "Action: calculate" + "(".repeat(n) + ")".repeat(n / 2)));
    }
}
