package org.agenticrl.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.LossSettings;

/**
 * Thousands of random and mutated scenario files: each is loaded (and then runs) or is refused with a
 * {@link ScenarioException} naming the file; nothing else ever escapes the loader.
 */
class ScenarioLoaderFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "fuzz.json";
    /** Values a field may be given instead of its own; markers stand for JSON text a tree cannot hold. */
    private static final List<String> RAW = List.of("1e400", "-1e400", "123456789012345678901234567890", "1e-400",
            "NaN", "-Infinity", "[".repeat(300) + "]".repeat(300), "{\"a\":".repeat(300) + "1" + "}".repeat(300),
            "\"" + "x".repeat(100_000) + "\"", "0.1e99999", "-0", "01", "1.", "\"\\ud800\"", "\"\\u0000\"");
    private static final List<JsonNode> VALUES = values();

    private static List<JsonNode> values() {
        try {
            List<JsonNode> values = new ArrayList<>();
            for (String json : List.of("null", "true", "false", "0", "-7", "2.5", "1e308", "2147483648", "\"\"",
                    "\" \"", "\"Action:\"", "\"<eos>\"", "[]", "{}", "[null]", "[1, \"a\", null]", "{\"a\": []}",
                    "[\"\"]", "{\"\": null}")) {
                values.add(JSON.readTree(json));
            }
            for (int i = 0; i < RAW.size(); i++) {
                values.add(TextNode.valueOf(marker(i)));
            }
            return values;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String marker(int i) {
        return "@@raw" + i + "@@";
    }

    /**
     * @return "loaded", "malformed JSON" (refused before its fields are read), "refused at a field" or "refused as a
     *         whole"
     */
    private static String loadsOrIsRefused(String json) {
        Scenario scenario;
        try {
            scenario = ScenarioLoader.parse(json, SOURCE);
        } catch (ScenarioException e) {
            assertEquals(SOURCE, e.source());
            assertFalse(e.reason().isBlank(), e.getMessage());
            assertTrue(e.getMessage().startsWith(SOURCE + ": "), e.getMessage());
            assertFalse(ScenarioJsonMessagesTest.LIBRARY_WORDS.matcher(e.getMessage()).find(), e.getMessage());
            return e.reason().startsWith("malformed JSON") ? "malformed JSON"
                    : e.path().isEmpty() ? "refused as a whole" : "refused at a field";
        }
        for (EpisodeSettings settings : List.of(EpisodeSettings.notebook(), EpisodeSettings.live(3))) {
            Trajectory episode = settings.run(scenario, scenario.pretrainedPolicy());
            assertTrue(Double.isFinite(scenario.lossCalculator().compute(episode, scenario.pretrainedPolicy(),
                    scenario.pretrainedPolicy(), LossSettings.exact()).total()));
        }
        return "loaded";
    }

    /** Records what became of a mutant, and checks that mutants reach every outcome, the validator included. */
    private static void collectOutcome(String outcome) {
        Statistics.collect(outcome);
        Statistics.coverage(coverage -> {
            coverage.check("loaded").percentage(p -> p > 2);
            coverage.check("malformed JSON").percentage(p -> p > 2);
            coverage.check("refused at a field").percentage(p -> p > 5);
        });
    }

    @Property(tries = 3000)
    void randomTextIsRefused(@ForAll String text) {
        assertNotEquals("loaded", loadsOrIsRefused(text), text);
    }

    @Property(tries = 3000)
    void mutatedScenariosAreLoadedOrRefused(@ForAll("mutants") String json) {
        collectOutcome(loadsOrIsRefused(json));
    }

    @Property(tries = 2000)
    void scenariosWithCorruptedCharactersAreLoadedOrRefused(@ForAll("corrupted") String json) {
        collectOutcome(loadsOrIsRefused(json));
    }

    /** A built-in or random valid scenario with one to four fields deleted, duplicated or given another value. */
    @Provide
    Arbitrary<String> mutants() {
        return Arbitraries.randoms().map(random -> {
            ObjectNode file = original(random);
            String duplicate = null;
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                String duplicated = mutate(file, random);
                duplicate = duplicated == null ? duplicate : duplicated;
            }
            String json = file.toString();
            if (duplicate != null) {
                json = json.replace("\"@@duplicate@@\"", "\"" + duplicate + "\"");
            }
            for (int i = 0; i < RAW.size(); i++) {
                json = json.replace("\"" + marker(i) + "\"", RAW.get(i));
            }
            return json;
        });
    }

    /** A built-in or random valid scenario's text with characters deleted, inserted or cut off. */
    @Provide
    Arbitrary<String> corrupted() {
        String noise = "{}[],:\"\\ 0-9e.tfnul\u0000\u00ff\ud800\ud83d\ude00";
        return Arbitraries.randoms().map(random -> {
            StringBuilder json = new StringBuilder(original(random).toString());
            for (int i = 1 + random.nextInt(3); i > 0 && json.length() > 0; i--) {
                int at = random.nextInt(json.length());
                switch (random.nextInt(3)) {
                    case 0 -> json.delete(at, Math.min(json.length(), at + 1 + random.nextInt(20)));
                    case 1 -> json.insert(at, noise.charAt(random.nextInt(noise.length())));
                    default -> json.setLength(at);
                }
            }
            return json.toString();
        });
    }

    private static ObjectNode original(Random random) {
        try {
            ScenarioFile file = random.nextBoolean()
                    ? ScenarioLoader.builtIn(ScenarioLoader.BUILT_IN.get(random.nextInt(ScenarioLoader.BUILT_IN.size()))).source()
                    : RandomScenarioFiles.valid(random);
            return (ObjectNode) JSON.readTree(ScenarioLoader.toJson(file));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Changes one random node of the tree.
     *
     * @return the name of a field that was duplicated (its copy is named "@@duplicate@@" until the text is written)
     */
    private static String mutate(ObjectNode file, Random random) {
        List<ContainerNode<?>> containers = new ArrayList<>();
        collect(file, containers);
        ContainerNode<?> container = containers.get(random.nextInt(containers.size()));
        if (container.isEmpty()) {
            return null;
        }
        int index = random.nextInt(container.size());
        JsonNode value = VALUES.get(random.nextInt(VALUES.size())).deepCopy();
        if (container instanceof ArrayNode array) {
            switch (random.nextInt(3)) {
                case 0 -> array.remove(index);
                case 1 -> array.insert(index, array.get(index).deepCopy());
                default -> array.set(index, value);
            }
            return null;
        }
        ObjectNode object = (ObjectNode) container;
        String name = fieldName(object, index);
        switch (random.nextInt(3)) {
            case 0 -> object.remove(name);
            case 1 -> {
                if (!object.has("@@duplicate@@")) {
                    object.set("@@duplicate@@", object.get(name).deepCopy());
                    return name;
                }
            }
            default -> object.set(name, value);
        }
        return null;
    }

    private static String fieldName(ObjectNode object, int index) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        for (int i = 0; i < index; i++) {
            fields.next();
        }
        return fields.next().getKey();
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> containers) {
        if (node instanceof ContainerNode<?> container) {
            containers.add(container);
            node.forEach(child -> collect(child, containers));
        }
    }
}
