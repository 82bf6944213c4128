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

    private static ScenarioException refused(String id, Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(ScenarioLoader.toJson(ScenarioLoader.builtIn(id).source()));
        breakIt.accept(file);
        String text = JSON.writeValueAsString(file);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(text, "broken.json"));
    }

    private static ObjectNode at(ObjectNode file, String pointer) {
        return (ObjectNode) file.at(pointer);
    }

    @Test
    void anUnknownToolKindListsTheKinds() throws Exception {
        ScenarioException e = refused("stock-pe", f -> at(f, "/tools/0").put("kind", "abacus"));
        assertEquals("tools[0].kind", e.path());
        assertEquals("unknown tool kind 'abacus'; use one of: calculator, lookup, memory, note, finish", e.reason());
    }

    @Test
    void aFieldTheToolsKindDoesNotReadIsRefused() throws Exception {
        ScenarioException entries = refused("seed-calculator", f -> at(f, "/tools/0").putObject("entries").put("a", "b"));
        assertEquals("tools[0].entries", entries.path());
        assertEquals("a calculator tool has no entries", entries.reason());
        ScenarioException memory = refused("stock-pe", f -> at(f, "/tools/0").putArray("memory"));
        assertEquals("tools[0].memory", memory.path());
        assertEquals("a note tool has no memory; it reads template", memory.reason());
    }

    @Test
    void aNoteTemplateMustShowTheNote() throws Exception {
        ScenarioException e = refused("stock-pe", f -> at(f, "/tools/0").put("template", "Plan made"));
        assertEquals("tools[0].template", e.path());
        assertEquals("must contain {input}", e.reason());
    }

    @Test
    void aScriptStepThatCallsAToolThatDoesNotExistIsRefused() throws Exception {
        ScenarioException e = refused("search-capital", f -> {
            ((ArrayNode) f.at("/tools")).remove(1);
            f.remove("processRewards");
        });
        assertEquals("script[0].text", e.path());
        assertEquals("calls 'search', which is not one of the scenario's tools (calculate, finish)", e.reason());
    }

    @Test
    void aScriptStepWithoutAToolCallIsRefused() throws Exception {
        ScenarioException e = refused("weather", f -> at(f, "/script/1").put("text", "I need to plan"));
        assertEquals("script[1].text", e.path());
        assertEquals("holds no tool call: no 'Action:' in the text", e.reason());
    }

    @Test
    void aDemonstrationAfterAToolThatDoesNotExistIsRefused() throws Exception {
        ScenarioException e = refused("weather", f -> ((ArrayNode) f.at("/demonstrations/1/history")).set(0, "abacus:ok"));
        assertEquals("demonstrations[1].history[0]", e.path());
        assertEquals("'abacus' is not one of the scenario's tools", e.reason());
    }

    @Test
    void aDemonstrationMayFollowACallOfAnUnknownTool() throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(ScenarioLoader.toJson(ScenarioLoader.seed().source()));
        ((ArrayNode) file.at("/demonstrations/0/history")).add("abacus:unknown");
        ScenarioLoader.parse(JSON.writeValueAsString(file), "fine.json");
    }

    @Test
    void theContrastsResponseMustBeMadeOfTokens() throws Exception {
        ScenarioException e = refused("traditional-vs-agentic", f -> at(f, "/contrast").put("response", "it is foggy"));
        assertEquals("contrast.response", e.path());
        assertEquals("word 3, 'foggy', is not in the vocabulary", e.reason());
        ScenarioException title = refused("traditional-vs-agentic", f -> at(f, "/contrast").remove("title"));
        assertEquals("contrast.title", title.path());
    }

    @Test
    void onceMustBeABoolean() throws Exception {
        ScenarioException e = refused("weather", f -> at(f, "/processRewards/0").putArray("once"));
        assertEquals("processRewards[0].once", e.path());
    }
}
