package org.agenticrl.engine.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionParserTest {
    private final ActionParser parser = ScenarioLoader.seed().runner().environment().parser();

    private ParsedAction.ToolCall call(String text) {
        return assertInstanceOf(ParsedAction.ToolCall.class, parser.parse(text), text);
    }

    private String problem(String text) {
        return assertInstanceOf(ParsedAction.Unparseable.class, parser.parse(text), text).reason();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I need to calculate this Action: calculate( 5 + 3 ) | calculate | 5+3",
        "Action: calculate(5+3)                               | calculate | 5+3",
        "Action: calculate( 2 * 4 )                           | calculate | 2*4",
        "Action: calculate( ( 5 + 3 ) * 2 )                   | calculate | (5+3)*2",
        "Action: finish( 8 )                                  | finish    | 8",
        "Action:finish(  the   answer  is 8 )                 | finish    | the answer is 8",
        "Action: search( capital of France )                  | search    | capital of France",
        "Action: me Action: calculate( 5 + 3 )                | calculate | 5+3",
        "Action: weather( San Francisco )                     | weather   | San Francisco",
    })
    void readsTheToolAndItsArgumentFromAnyText(String text, String tool, String argument) {
        ParsedAction.ToolCall call = call(text);
        assertEquals(tool, call.tool());
        assertEquals(argument, call.argument());
    }

    @Test
    void saysWhyATextHoldsNoWellFormedCall() {
        assertEquals("no 'Action:' in the text", problem("need to <eos>"));
        assertEquals("no 'Action:' in the text", problem("result calculate( 5 + 3 )"));
        assertEquals("'Action:' is not followed by a tool name", problem("need to calculate this Action:"));
        assertEquals("'Action: me' is not followed by '('", problem("Action: me"));
        assertEquals("'calculate(' has no closing ')'", problem("Action: calculate( 5 + 3"));
        assertEquals("no 'Action:' in the text", problem(null));
        assertEquals("no 'Action:' in the text", problem(""));
    }
}
