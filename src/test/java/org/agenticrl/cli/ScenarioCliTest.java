package org.agenticrl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every built-in scenario, and a scenario file written by hand, through every headless command. */
class ScenarioCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The text a command printed; fails unless it exited 0. */
    private static String output(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.code(), String.join(" ", args) + ": " + run.err());
        return run.out();
    }

    private static JsonNode json(String... args) throws Exception {
        List<String> withJson = new ArrayList<>(List.of(args));
        withJson.add("--json");
        return JSON.readTree(output(withJson.toArray(String[]::new)));
    }

    /** The one line a command printed on stderr; fails unless it exited 2. */
    private static String refusal(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.code(), String.join(" ", args));
        assertEquals(1, run.err().strip().lines().count(), run.err());
        return run.err().strip();
    }

    private static String handWritten() throws URISyntaxException {
        return Path.of(ScenarioCliTest.class.getResource("/scenarios/hours-to-minutes.json").toURI()).toString();
    }

    static Stream<String> scenarios() throws URISyntaxException {
        return Stream.concat(ScenarioLoader.BUILT_IN.stream(), Stream.of(handWritten()));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theNotebookEpisodeAnswersAndItsLossesAreFinite(String scenario) throws Exception {
        JsonNode episode = json("episode", "--scenario", scenario);
        assertEquals(episode.get("expectedAnswer"), episode.get("finalAnswer"));
        assertEquals("notebook", episode.get("mode").asText());
        JsonNode losses = json("losses", "--scenario", scenario);
        assertEquals(episode.get("steps").size(), losses.get("logProbs").size());
        assertTrue(Double.isFinite(losses.get("total").doubleValue()));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void liveEpisodesAndTheirLossesRunFromAnySeed(String scenario) throws Exception {
        for (String seed : new String[] {"0", "1", "42", "4294967295"}) {
            JsonNode episode = json("episode", "--scenario", scenario, "--mode", "live", "--seed", seed);
            assertEquals("live", episode.get("mode").asText());
            assertFalse(episode.get("steps").isEmpty());
            double total = 0;
            for (JsonNode step : episode.get("steps")) {
                total += step.get("processReward").doubleValue();
            }
            assertEquals(total + episode.get("outcomeReward").doubleValue(), episode.get("totalReward").doubleValue(), 1e-12);
            JsonNode losses = json("losses", "--scenario", scenario, "--mode", "live", "--seed", seed);
            assertTrue(Double.isFinite(losses.get("total").doubleValue()), seed);
        }
        assertEquals(output("episode", "--scenario", scenario, "--mode", "live", "--greedy"),
                output("episode", "--scenario", scenario, "--mode", "live", "--greedy"));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void generateAndDistributionUseTheScenariosModel(String scenario) throws Exception {
        JsonNode generations = json("generate", "--scenario", scenario, "--seed", "3", "--count", "5");
        assertEquals(5, generations.size());
        JsonNode distribution = json("distribution", "--scenario", scenario, "--after", "Action:");
        double sum = 0;
        for (JsonNode p : distribution.get("probs")) {
            sum += p.doubleValue();
        }
        assertEquals(1.0, sum, 1e-12);
        assertEquals(distribution.get("tokens").size(), distribution.get("probs").size());
    }

    /** The tool command answers each scripted call exactly as the tool answered it in the notebook episode. */
    @ParameterizedTest
    @MethodSource("scenarios")
    void theToolCommandRunsEveryToolTheNotebookAgentCalls(String scenario) throws Exception {
        JsonNode steps = json("episode", "--scenario", scenario).get("steps");
        assertFalse(steps.isEmpty(), scenario);
        for (JsonNode step : steps) {
            String tool = step.get("tool").asText();
            JsonNode ran = json("tool", "--scenario", scenario, tool, step.get("toolInput").asText());
            assertEquals(step.get("toolOutput"), ran.get("output"), tool);
        }
    }

    @Test
    void scenariosListsTheBuiltInsInMenuOrderWithWhatTheyUse() throws Exception {
        JsonNode list = json("scenarios");
        assertEquals(ScenarioLoader.BUILT_IN.size(), list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode scenario = list.get(i);
            assertEquals(ScenarioLoader.BUILT_IN.get(i), scenario.get("id").asText());
            assertFalse(scenario.get("title").asText().isBlank());
            assertFalse(scenario.get("description").asText().isBlank());
            assertFalse(scenario.get("tools").isEmpty());
            assertNotNull(scenario.get("tasks").get(0).get("answer"));
        }
        JsonNode stock = list.get(ScenarioLoader.BUILT_IN.indexOf("stock-pe"));
        assertEquals("[\"planning\",\"tool_use\",\"memory\",\"reasoning\",\"self_improvement\"]",
                stock.get("capabilities").toString());
        assertEquals(9, stock.get("scriptSteps").intValue());
        assertTrue(list.get(ScenarioLoader.BUILT_IN.indexOf("traditional-vs-agentic")).get("contrast").isTextual());
        assertTrue(list.get(0).get("contrast").isNull());
        String text = output("scenarios");
        assertTrue(text.contains("  Self-Improvement  Learning from mistakes"), text);
        assertTrue(text.contains("stock-pe: "), text);
    }

    @Test
    void theStockPeTimelineShowsTheSeedsNotesAndTags() {
        String text = output("episode", "--scenario", "stock-pe");
        assertTrue(text.contains("  Note: Decompose: (a) get stock price, (b) get earnings, (c) calculate P/E, (d) analyze"),
                text);
        assertTrue(text.contains("Capabilities: Self-Improvement"), text);
        assertTrue(text.contains("Tool: stock_api(AAPL growth) -> AAPL growth: 8% YoY"), text);
        assertFalse(output("episode", "--scenario", "stock-pe", "--mode", "live").contains("Note:"));
    }

    @Test
    void theContrastRunsTheTraditionalModelInBothModes() throws Exception {
        JsonNode traditional = json("episode", "--scenario", "traditional-vs-agentic", "--contrast");
        assertEquals(1, traditional.get("steps").size());
        assertEquals("it is usually mild", traditional.get("finalAnswer").asText());
        assertEquals(-1.0, traditional.get("totalReward").doubleValue(), 0.0);
        assertTrue(traditional.get("steps").get(0).get("tool").isNull());
        assertTrue(traditional.get("steps").get(0).get("note").isNull());
        JsonNode live = json("episode", "--scenario", "traditional-vs-agentic", "--contrast", "--mode", "live", "--seed", "9");
        assertEquals(1, live.get("steps").size());
        JsonNode losses = json("losses", "--scenario", "traditional-vs-agentic", "--contrast");
        assertEquals(1, losses.get("logProbs").size());
        assertTrue(refusal("episode", "--contrast").contains("seed-calculator has no traditional single-turn contrast"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void aBlankScenarioAsksForAnIdOrAPathAndListsTheBuiltIns(String blank) {
        String expected = "--scenario needs a built-in id (" + String.join(", ", ScenarioLoader.BUILT_IN)
                + ") or a file path (see --help)";
        assertEquals("agentic-rl episode: " + expected, refusal("episode", "--scenario", blank));
        assertEquals("agentic-rl train: " + expected, refusal("train", "--episodes", "8", "--seed", "0", "--scenario",
                blank));
        assertEquals("agentic-rl app: " + expected, refusal("app", "--scenario", blank));
    }

    @Test
    void aBadScenarioFileIsRefusedWithItsPathFieldAndReason(@TempDir Path dir) throws Exception {
        String valid = Files.readString(Path.of(handWritten()));
        Path unknownToken = dir.resolve("unknown-token.json");
        Files.writeString(unknownToken, valid.replace("\"multiply\": [\"Action:\"]", "\"multiply\": [\"Actions:\"]"));
        assertEquals("agentic-rl episode: " + unknownToken + ": model.transitions.multiply[0]: 'Actions:' is not in "
                + "the vocabulary", refusal("episode", "--scenario", unknownToken.toString()));
        Path malformed = dir.resolve("malformed.json");
        Files.writeString(malformed, valid.substring(0, 200));
        assertEquals("agentic-rl losses: " + malformed + ": description: malformed JSON at line 5, column 102: the file "
                + "ends inside text: its closing \" is missing", refusal("losses", "--scenario", malformed.toString()));
        Path copy = dir.resolve("copy.json");
        Files.writeString(copy, valid.replace("\"hours-to-minutes\"", "\"seed-calculator\""));
        assertEquals("agentic-rl episode: " + copy + ": id: 'seed-calculator' is a built-in scenario's id; give your "
                + "scenario its own id", refusal("episode", "--scenario", copy.toString()));
    }
}
