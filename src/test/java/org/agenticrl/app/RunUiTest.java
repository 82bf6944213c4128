package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.runs.RunModel;
import org.agenticrl.app.runs.RunOverview;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.runs.Sample;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Run tab through the window: File ▸ Open run on every fixture format, the overview's charts, a step opened by
 * clicking the reward chart, a sample by double-clicking its row, inspect_ai's token chips and their alternatives,
 * following a run while new step files are written, and a folder that is no run refused in the banner.
 */
@ExtendWith(ApplicationExtension.class)
class RunUiTest {
    private static final Path RUNS = Path.of("src/test/resources/runs");
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private TestRuntime runtime;
    private SessionModel model;
    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage shown) {
        runtime = new TestRuntime();
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        window = fixture.show(shown, model, new AppearanceModel(), runtime.runtime.background());
    }

    private void openRun(FxRobot robot, Path path, boolean folderDialog) {
        fixture.nextFile = path;
        robot.clickOn("#menu-file");
        robot.clickOn(folderDialog ? "#menu-open-run-folder" : "#menu-open-run-file");
    }

    /** Clicks the reward chart, which opens a step once it is clear the click is not the first of a double-click. */
    private void openAStepByClicking(FxRobot robot) throws TimeoutException {
        robot.clickOn(window.runView().rewardViewer());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs().step().stepProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private RunModel runs() {
        return model.runs();
    }

    @ParameterizedTest
    @ValueSource(strings = {"verl", "trl", "rllm", "inspect", "inspect-json", "agentic-jsonl", "verl-multiturn",
        "trl-current", "rllm-current"})
    void everyFormatOpensAndItsStepAndSampleShow(String format, FxRobot robot) throws TimeoutException {
        openRun(robot, RUNS.resolve(format), true);
        assertNotNull(runs().overviewProperty().get(), "the run opened: " + window.problemShown());
        assertEquals("run-tab", window.tabs().getSelectionModel().getSelectedItem().getId());
        int steps = runs().overviewProperty().get().steps().size();

        assertEquals(steps < RunOverview.CURVE_STEPS ? 0 : steps, window.runView().rewardPoints(),
                "curves from three steps on, distributions below");
        if (steps >= RunOverview.CURVE_STEPS) {
            openAStepByClicking(robot);
        } else {
            robot.clickOn("#run-step-tab");
            robot.interact(() -> runs().openStep(runs().overviewProperty().get().steps().get(0).step()));
        }
        assertNotNull(runs().step().stepProperty().get(), "a step is open");
        TableView<?> table = robot.lookup("#run-samples").queryTableView();
        assertFalse(table.getItems().isEmpty());

        Node firstRow = robot.lookup("#run-samples .table-row-cell").nth(0).query();
        robot.doubleClickOn(firstRow);
        assertNotNull(runs().sample().sampleProperty().get(), "double-clicking a row opened its sample");
        assertRewardChipsRead(robot, runs().sample().sampleProperty().get().sample());
    }

    /** The sample's reward chips read its reward and each named reward, and a sample without a reward has no such chip. */
    private static void assertRewardChipsRead(FxRobot robot, Sample shown) {
        List<String> chips = robot.lookup("#run-reward-chips .chip").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        if (shown.reward() != null) {
            assertTrue(chips.contains("reward " + Format.fixed(shown.reward(), 3)), "the reward chip: " + chips);
        } else {
            assertTrue(chips.stream().noneMatch(chip -> chip.startsWith("reward ")), "no reward, no chip: " + chips);
        }
        shown.rewards().forEach((name, value) -> assertTrue(chips.contains(name + " " + Format.fixed(value, 3)),
                "the chip of " + name + ": " + chips));
    }

    @Test
    void inspectsTokenChipsShowTheirAlternativesWithTheEntropy(FxRobot robot) throws TimeoutException {
        openRun(robot, RUNS.resolve("inspect/calc.eval"), false);
        robot.doubleClickOn(robot.lookup("#run-samples .table-row-cell").nth(0).<Node>query());
        List<Label> chips = robot.lookup("#run-tokens .token").queryAllAs(Label.class).stream().toList();
        assertTrue(chips.size() > 1, "the response is drawn as token chips");
        Label second = chips.get(1);
        robot.clickOn(second);
        assertEquals(1, runs().sample().tokenProperty().get());
        assertTrue(window.runView().alternativesChart().seriesCount() > 0, "the alternatives are drawn");
        assertEquals(runs().sample().sampleProperty().get().sample().tokens().get(1).text(),
                window.runView().alternativesChart().highlightedToken());
        String summary = robot.lookup("#run-token-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains("entropy"), summary);
    }

    @Test
    void aFollowedRunGrowsWhenANewStepFileIsWritten(FxRobot robot) throws IOException {
        Path copy = folder.resolve("verl");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(RUNS.resolve("verl"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        openRun(robot, copy, true);
        assertEquals(2, runs().overviewProperty().get().steps().size());
        assertEquals(0, window.runView().rewardPoints(), "two steps: distributions, no curve yet");
        robot.clickOn("#run-follow");
        robot.interact(() -> runtime.runPolling.tick(1));
        assertEquals(2, runs().overviewProperty().get().steps().size(), "nothing new: the same two steps");

        String step3 = Files.readString(copy.resolve("2.jsonl")).replace("\"step\": 2", "\"step\": 3");
        Files.writeString(copy.resolve("3.jsonl"), step3 + "{\"input\": \"half", java.nio.charset.StandardCharsets.UTF_8);
        robot.interact(() -> runtime.runPolling.tick(1));
        assertEquals(3, window.runView().rewardPoints(), "the new step is on the overview, drawn as a curve now");
        assertEquals(0, runs().overviewProperty().get().skipped().total(),
                "the half-written last line is waited for, not skipped");
    }

    @Test
    void aFolderThatIsNoRunIsRefusedInTheBannerAndNothingChanges(FxRobot robot) throws IOException {
        openRun(robot, RUNS.resolve("verl"), true);
        var opened = runs().overviewProperty().get();
        Files.writeString(folder.resolve("notes.txt"), "not a run");
        openRun(robot, folder, true);
        assertTrue(window.problemShown().contains("nothing in " + folder + " is a run"), window.problemShown());
        assertEquals(opened, runs().overviewProperty().get());
    }

    /** The tool-call lines of the sample's turn cards, in order. */
    private static List<String> toolCallLines(FxRobot robot) {
        return robot.lookup("#run-sample .step-card .tool-call").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(text -> !text.startsWith("\u21d2")).toList();
    }

    private void openFirstSampleOfItsOnlyStep(FxRobot robot, Path log) {
        openRun(robot, log, false);
        assertEquals("step", window.runView().shownView(), "a one-step run opens on its step");
        robot.doubleClickOn(robot.lookup("#run-samples .table-row-cell").nth(0).<Node>query());
    }

    @Test
    void aMultiTurnSamplesToolCallsAreCardsWithTheirArgumentsAndAnswers(FxRobot robot) {
        openFirstSampleOfItsOnlyStep(robot, RUNS.resolve("inspect-current/multiply.eval"));
        List<String> calls = toolCallLines(robot);
        assertEquals(2, calls.size(), calls.toString());
        assertTrue(calls.get(0).matches("\u2192 calculator\\(\\{\"expression\":\"\\d+ \\* \\d+\"\\}\\)"), calls.get(0));
        assertTrue(robot.lookup("#run-turn-3 #run-tool-result").tryQuery().isPresent(), "the tool's answer is on its card");
        assertTrue(robot.lookup("#run-outcome").tryQuery().isPresent());
        assertTrue(robot.lookup("#run-tokens").tryQuery().isPresent(), "this log logged its tokens");
    }

    @Test
    void aRealInspectLogsToolCallsAreCardsToo(FxRobot robot) {
        Path real = Path.of(System.getProperty("runs.real", "../shared/runs/real"), "inspect_ai",
                "log_message_deduplication.eval");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(real), "no real log at " + real);
        openFirstSampleOfItsOnlyStep(robot, real);
        List<String> calls = toolCallLines(robot);
        assertFalse(calls.isEmpty());
        assertTrue(calls.stream().allMatch(call -> call.startsWith("\u2192 bash({\"cmd\":\"ls\"})")), calls.toString());
        assertEquals(runs().overviewProperty().get().format().noTokens(),
                robot.lookup("#run-no-tokens").queryAs(Label.class).getText(), "no token chips, a sentence instead");
    }

    @Test
    void aFormatWithoutTokenProbabilitiesShowsASentenceAndNoAlternativesChart(FxRobot robot) {
        openRun(robot, RUNS.resolve("verl-multiturn"), true);
        robot.interact(() -> runs().openStep(2));
        robot.clickOn("#run-step-tab");
        robot.doubleClickOn(robot.lookup("#run-samples .table-row-cell").nth(1).<Node>query());
        Label sentence = robot.lookup("#run-no-tokens").queryAs(Label.class);
        assertTrue(sentence.getText().startsWith("verl dumps decoded text only"), sentence.getText());
        assertTrue(robot.lookup("#run-alternatives-chart").tryQuery().isEmpty(), "no empty alternatives chart");
        assertTrue(toolCallLines(robot).stream().anyMatch(line -> line.startsWith("\u2717 calculator")),
                "the broken call is marked: " + toolCallLines(robot));
    }

    @Test
    void aOneStepRunOpensOnItsStepAndItsOverviewDrawsDistributions(FxRobot robot) {
        openRun(robot, RUNS.resolve("inspect-current/multiply.eval"), false);
        assertEquals("step", window.runView().shownView());
        assertEquals(1L, runs().step().stepProperty().get());
        assertEquals(6, robot.lookup("#run-samples").queryTableView().getItems().size());
        robot.clickOn("#run-overview-tab");
        assertTrue(robot.lookup("#run-reward-distribution").tryQuery().isPresent());
        assertTrue(robot.lookup("#run-reward-chart").tryQuery().isEmpty(), "no line of one dot");
        assertTrue(robot.lookup("#run-small-figures").queryAs(Label.class).getText().startsWith("One step"));
    }

    @Test
    void twoRunsAreComparedUnderOneLegend(FxRobot robot) throws IOException {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        for (Path run : List.of(first, second)) {
            Files.createDirectories(run);
            for (int step = 1; step <= 3; step++) {
                Files.writeString(run.resolve(step + ".jsonl"), "{\"input\": \"q\", \"output\": \"a\", \"score\": "
                        + (run == first ? step : 10 - step) + ", \"step\": " + step + "}\n");
            }
        }
        openRun(robot, first, true);
        fixture.nextFile = second;
        robot.clickOn("#menu-file");
        robot.clickOn("#menu-compare-run-folder");
        assertEquals(second, runs().comparedProperty().get().source());
        org.jfree.chart.JFreeChart chart = window.runView().rewardChart();
        assertEquals(2, chart.getXYPlot().getDataset().getSeriesCount());
        assertEquals(List.of("reward: first", "reward: second"), List.of(chart.getXYPlot().getDataset().getSeriesKey(0),
                chart.getXYPlot().getDataset().getSeriesKey(1)));
        assertNotNull(chart.getLegend(), "one legend names both runs");
        assertEquals(6, window.runView().rewardPoints());
        robot.clickOn("#run-stop-comparing");
        assertEquals(3, window.runView().rewardPoints());
    }

    @Test
    void aPromptIsFollowedAcrossTheSteps(FxRobot robot) {
        openRun(robot, RUNS.resolve("verl"), true);
        robot.interact(() -> runs().openStep(1));
        robot.clickOn("#run-step-tab");
        robot.doubleClickOn(robot.lookup("#run-samples .table-row-cell").nth(0).<Node>query());
        String prompt = runs().sample().sampleProperty().get().sample().prompt();
        robot.clickOn("#run-prompt-tab");
        javafx.scene.control.ListView<?> steps = robot.lookup("#run-prompt-steps").queryListView();
        assertEquals(2, steps.getItems().size(), "the prompt's group at both steps");
        assertTrue(robot.lookup("#run-prompt-text").queryAs(Label.class).getText().contains(prompt));
        assertTrue(runs().prompts().visitsProperty().get().stream().allMatch(visit -> visit.group().samples().stream()
                .allMatch(sample -> sample.prompt().equals(prompt))));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("org.agenticrl.engine.runs.RealRunsTest#realLogs")
    void everyRealLogOpensInTheWindow(Path log, FxRobot robot) {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(log), "no real logs at " + log.getParent());
        openRun(robot, log, false);
        RunOverview opened = runs().overviewProperty().get();
        assertNotNull(opened, "the log opened: " + window.problemShown());
        assertEquals(log, opened.source());
        assertEquals(0, opened.skipped().total());
        assertEquals("run-tab", window.tabs().getSelectionModel().getSelectedItem().getId());
    }
}
