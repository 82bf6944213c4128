package org.agenticrl.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each check of the scenario format refuses a built-in scenario with one field broken, naming that field. */
class ScenarioValidatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String broken(String id, Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(ScenarioLoader.toJson(ScenarioLoader.builtIn(id).source()));
        breakIt.accept(file);
        return JSON.writeValueAsString(file);
    }

    /** The built-in with breakIt applied is refused at path, for reason (null: any reason). */
    private static void assertRefused(String id, Consumer<ObjectNode> breakIt, String path, String reason)
            throws Exception {
        String text = broken(id, breakIt);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(text, "broken.json"));
        assertEquals(path, e.path(), e.getMessage());
        if (reason != null) {
            assertEquals(reason, e.reason());
        }
    }

    private static ObjectNode at(ObjectNode file, String pointer) {
        return (ObjectNode) file.at(pointer);
    }

    @Test
    void anUnknownToolKindListsTheKinds() throws Exception {
        assertRefused("stock-pe", f -> at(f, "/tools/0").put("kind", "abacus"), "tools[0].kind",
                "unknown tool kind 'abacus'; use one of: calculator, lookup, memory, note, finish");
    }

    @Test
    void aFieldTheToolsKindDoesNotReadIsRefused() throws Exception {
        assertRefused("seed-calculator", f -> at(f, "/tools/0").putObject("entries").put("a", "b"), "tools[0].entries",
                "a calculator tool has no entries");
        assertRefused("stock-pe", f -> at(f, "/tools/0").putArray("memory"), "tools[0].memory",
                "a note tool has no memory; it reads template");
    }

    @Test
    void aNoteTemplateMustShowTheNote() throws Exception {
        assertRefused("stock-pe", f -> at(f, "/tools/0").put("template", "Plan made"), "tools[0].template",
                "must contain {input}");
    }

    @Test
    void aScriptStepThatCallsAToolThatDoesNotExistIsRefused() throws Exception {
        assertRefused("search-capital", f -> {
            ((ArrayNode) f.at("/tools")).remove(1);
            f.remove("processRewards");
        }, "script[0].text", "calls 'search', which is not one of the scenario's tools (calculate, finish)");
    }

    @Test
    void aScriptStepWithoutAToolCallIsRefused() throws Exception {
        assertRefused("weather", f -> at(f, "/script/1").put("text", "I need to plan"), "script[1].text",
                "holds no tool call: no 'Action:' in the text");
    }

    @Test
    void aDemonstrationAfterAToolThatDoesNotExistIsRefused() throws Exception {
        assertRefused("weather", f -> ((ArrayNode) f.at("/demonstrations/1/history")).set(0, "abacus:ok"),
                "demonstrations[1].history[0]", "'abacus' is not one of the scenario's tools");
    }

    @Test
    void aDemonstrationMayFollowACallOfAnUnknownTool() throws Exception {
        String text = broken("seed-calculator", f -> ((ArrayNode) f.at("/demonstrations/0/history")).add("abacus:unknown"));
        assertEquals(1, ScenarioLoader.parse(text, "fine.json").lossCalculator().demonstrations().size());
    }

    @Test
    void theContrastsResponseMustBeMadeOfTokensAndItNeedsATitle() throws Exception {
        assertRefused("traditional-vs-agentic", f -> at(f, "/contrast").put("response", "it is foggy"),
                "contrast.response", "word 3, 'foggy', is not in the vocabulary");
        assertRefused("traditional-vs-agentic", f -> at(f, "/contrast").remove("title"), "contrast.title", "is missing");
    }

    @Test
    void onceMustBeABoolean() throws Exception {
        assertRefused("weather", f -> at(f, "/processRewards/0").putArray("once"), "processRewards[0].once", null);
    }
}
