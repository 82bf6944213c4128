package org.agenticrl.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.Demonstration;
import org.agenticrl.engine.text.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInScenariosTest {
    private static Scenario load(String id) throws ScenarioException {
        return ScenarioLoader.builtIn(id);
    }

    private static Trajectory notebook(Scenario scenario) {
        return EpisodeSettings.notebook().run(scenario, scenario.pretrainedPolicy());
    }

    static Stream<String> builtIns() {
        return ScenarioLoader.BUILT_IN.stream();
    }

    static Stream<String> newBuiltIns() {
        return builtIns().filter(id -> !id.equals("seed-calculator"));
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void theNotebookAgentAnswersEveryBuiltInCorrectly(String id) throws ScenarioException {
        Scenario scenario = load(id);
        assertEquals(id, scenario.id());
        Trajectory episode = notebook(scenario);
        assertTrue(episode.succeeded(), id + " answered " + episode.finalAnswer());
        assertEquals(scenario.scriptLength(), episode.steps().size());
        assertTrue(episode.steps().stream().allMatch(step -> scenario.runner().environment().toolbox()
                .find(step.tool()).isPresent()));
    }

    /**
     * Live mode can learn what notebook mode shows: every scripted action is a path of the pre-trained transitions
     * from the start token, within the token limit, ending at its only stop token. (The seed's own script starts with
     * 'I' after the start token 'I', a quirk the seed scenario keeps.)
     */
    @ParameterizedTest
    @MethodSource("newBuiltIns")
    void thePreTrainedModelCanWriteEveryScriptedAction(String id) throws ScenarioException {
        Scenario scenario = load(id);
        Map<String, List<String>> transitions = scenario.source().model().transitions();
        Vocabulary vocabulary = scenario.vocabulary();
        List<EpisodeStep> steps = notebook(scenario).steps();
        assertFalse(steps.isEmpty(), id);
        for (EpisodeStep step : steps) {
            int[] tokens = step.generation().tokens();
            assertTrue(tokens.length >= 1 && tokens.length <= scenario.maxTokens(), step.text());
            String previous = vocabulary.token(scenario.generator().startToken());
            for (int i = 0; i < tokens.length; i++) {
                String token = vocabulary.token(tokens[i]);
                assertTrue(transitions.getOrDefault(previous, List.of()).contains(token),
                        id + ": '" + token + "' after '" + previous + "' in '" + step.text() + "'");
                assertEquals(i == tokens.length - 1, scenario.generator().isStop(tokens[i]), step.text());
                previous = token;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void everyDemonstrationIsTheNotebookAgentsActionAtItsHistory(String id) throws ScenarioException {
        Scenario scenario = load(id);
        List<Demonstration> demonstrations = scenario.lossCalculator().demonstrations();
        assertFalse(demonstrations.isEmpty());
        List<EpisodeStep> steps = notebook(scenario).steps();
        for (Demonstration demonstration : demonstrations) {
            EpisodeStep step = steps.stream().filter(s -> s.history().equals(demonstration.history())).findFirst()
                    .orElseThrow(() -> new AssertionError(id + ": no step after " + demonstration.history()));
            int[] scripted = step.generation().tokens();
            int skip = scripted[0] == scenario.generator().startToken() ? 1 : 0;
            assertEquals(Arrays.toString(Arrays.copyOfRange(scripted, skip, scripted.length)),
                    Arrays.toString(demonstration.tokens()), id + " after " + demonstration.history());
        }
    }

    @Test
    void stockPeReadsLikeTheSeedsNineStepTable() throws ScenarioException {
        Scenario scenario = load("stock-pe");
        List<EpisodeStep> steps = notebook(scenario).steps();
        List<List<Capability>> expected = List.of(List.of(Capability.PLANNING), List.of(Capability.TOOL_USE),
                List.of(Capability.TOOL_USE), List.of(Capability.REASONING), List.of(Capability.MEMORY),
                List.of(Capability.REASONING), List.of(Capability.SELF_IMPROVEMENT), List.of(Capability.TOOL_USE),
                List.of(Capability.REASONING));
        assertEquals(expected, steps.stream().map(EpisodeStep::capabilities).toList());
        assertEquals(List.of("Plan: price earnings P/E analyze", "AAPL: $178.50", "AAPL earnings: EPS $6.42",
                "Result: 27.8037383178", "Recalled: Historical tech P/E averages 20-30", "Thought: 27.8 is within 20-30",
                "Reflection: also check growth ? yes", "AAPL growth: 8% YoY", "ANSWER: good buy"),
                steps.stream().map(EpisodeStep::toolOutput).toList());
        assertEquals("Decompose: (a) get stock price, (b) get earnings, (c) calculate P/E, (d) analyze",
                scenario.scriptNote(0));
        assertEquals("Synthesize all data into final recommendation", scenario.scriptNote(8));
    }

    @Test
    void recalledMemoryIsInTheStepAndEveryLaterObservation() throws ScenarioException {
        List<EpisodeStep> steps = notebook(load("stock-pe")).steps();
        String memory = "Memory: Historical tech P/E averages 20-30\n";
        assertEquals(List.of("Historical tech P/E averages 20-30"), steps.get(4).recalled());
        for (int i = 0; i < steps.size(); i++) {
            assertEquals(i > 4, steps.get(i).observation().contains(memory), "observation of step " + (i + 1));
            assertEquals(i == 4, !steps.get(i).recalled().isEmpty(), "recalled at step " + (i + 1));
        }
    }

    @Test
    void theSeedsObservationsHaveNoMemoryLine() {
        List<EpisodeStep> steps = notebook(ScenarioLoader.seed()).steps();
        assertFalse(steps.isEmpty());
        assertTrue(steps.stream().noneMatch(step -> step.observation().contains("Memory:")));
    }

    @Test
    void theWeatherAgentPlansCallsTheToolRecallsAndAnswers() throws ScenarioException {
        List<EpisodeStep> steps = notebook(load("weather")).steps();
        assertEquals(List.of("plan", "weather_api", "recall", "finish"), steps.stream().map(EpisodeStep::tool).toList());
        assertEquals("Current weather in San Francisco: 72°F, sunny", steps.get(1).toolOutput());
        assertEquals(List.of(Capability.PERCEPTION, Capability.TOOL_USE), steps.get(1).capabilities());
        assertTrue(steps.get(3).observation().contains("Memory: Yesterday in San Francisco: 64°F, fog\n"));
    }

    @Test
    void searchCapitalLooksTheFactUpInTheSeedsKnowledgeBase() throws ScenarioException {
        List<EpisodeStep> steps = notebook(load("search-capital")).steps();
        assertEquals("Found: Paris", steps.get(0).toolOutput());
        assertEquals("Paris", steps.get(1).toolInput());
    }

    @Test
    void aOnceOnlyRewardIsNotEarnedAgainByRepeatingTheStep() throws ScenarioException {
        Scenario scenario = load("search-capital");
        Trajectory greedy = EpisodeSettings.live(0).withGreedy(true).run(scenario, scenario.pretrainedPolicy());
        assertEquals(3, greedy.steps().size());
        assertTrue(greedy.steps().stream().allMatch(step -> step.text().equals(greedy.steps().get(0).text())));
        assertEquals(List.of("+0.3 used search", "+0.1 showed reasoning"), greedy.steps().get(0).processReward().reasons());
        assertEquals(List.of(), greedy.steps().get(1).processReward().reasons());
        assertNull(greedy.finalAnswer());
    }

    @Test
    void theTraditionalModelAnswersInOneGenericTurnBesideTheAgent() throws ScenarioException {
        Scenario scenario = load("traditional-vs-agentic");
        EpisodeSettings settings = EpisodeSettings.notebook();
        Trajectory agent = settings.run(scenario, scenario.pretrainedPolicy());
        Trajectory traditional = settings.runContrast(scenario, scenario.pretrainedPolicy()).orElseThrow();
        assertTrue(agent.succeeded());
        assertEquals(agent.task(), traditional.task());
        assertEquals(1, traditional.steps().size());
        EpisodeStep answer = traditional.steps().get(0);
        assertEquals("Task: What's the weather like?", answer.observation());
        assertNull(answer.tool());
        assertEquals(List.of(), answer.capabilities());
        assertEquals(0.0, answer.processReward().reward(), 0.0);
        assertEquals("it is usually mild", traditional.finalAnswer());
        assertFalse(traditional.succeeded());
        assertEquals(-1.0, traditional.totalReward(), 0.0);
        assertEquals("Traditional LLM: one turn, no memory, no plan, no tools", scenario.contrast().orElseThrow().title());
    }

    @Test
    void aLiveTraditionalModelWritesOneTurnWithoutItsStopToken() throws ScenarioException {
        Scenario scenario = load("traditional-vs-agentic");
        for (long seed = 0; seed < 50; seed++) {
            EpisodeSettings settings = EpisodeSettings.live(seed);
            Trajectory traditional = settings.runContrast(scenario, scenario.pretrainedPolicy()).orElseThrow();
            EpisodeStep answer = traditional.steps().get(0);
            assertEquals(answer.text(), settings.runContrast(scenario, scenario.pretrainedPolicy()).orElseThrow()
                    .steps().get(0).text(), "the same seed gives the same response");
            String text = answer.text();
            boolean stopped = scenario.generator().isStop(answer.generation().tokens()[answer.generation().tokens().length - 1]);
            String expected = stopped ? text.substring(0, Math.max(0, text.lastIndexOf(' '))) : text;
            assertEquals(expected.isEmpty() ? null : expected, traditional.finalAnswer(), text);
            assertEquals(traditional.outcome().reward(), traditional.totalReward(), 0.0);
        }
    }

    @Test
    void onlyTheContrastScenarioHasAContrast() throws ScenarioException {
        for (String id : ScenarioLoader.BUILT_IN) {
            Scenario scenario = load(id);
            assertEquals(id.equals("traditional-vs-agentic"), scenario.contrast().isPresent(), id);
            assertEquals(scenario.contrast().isPresent(),
                    EpisodeSettings.notebook().runContrast(scenario, scenario.pretrainedPolicy()).isPresent());
        }
    }

    @Test
    void theCapabilitiesOfEachBuiltInAreThoseItsTimelineShows() throws ScenarioException {
        assertEquals(List.of(Capability.TOOL_USE, Capability.REASONING), List.copyOf(ScenarioLoader.seed().capabilities()));
        assertEquals(List.of(Capability.PLANNING, Capability.TOOL_USE, Capability.MEMORY, Capability.REASONING,
                Capability.SELF_IMPROVEMENT), List.copyOf(load("stock-pe").capabilities()));
        assertTrue(load("weather").capabilities().contains(Capability.PERCEPTION));
    }
}
