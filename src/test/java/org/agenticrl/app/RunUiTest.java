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
import java.util.prefs.BackingStoreException;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.runs.RunModel;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
    private final WindowFixture fixture = new WindowFixture();
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

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        fixture.forget();
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
    @ValueSource(strings = {"verl", "trl", "rllm", "inspect", "inspect-json", "app-episode", "agentic-jsonl"})
    void everyFormatOpensAndItsStepAndSampleShow(String format, FxRobot robot) throws TimeoutException {
        openRun(robot, RUNS.resolve(format), true);
        assertNotNull(runs().overviewProperty().get(), "the run opened: " + window.problemShown());
        assertEquals("run-tab", window.tabs().getSelectionModel().getSelectedItem().getId());
        int steps = runs().overviewProperty().get().steps().size();
        assertEquals(steps, window.runView().rewardPoints());

        openAStepByClicking(robot);
        TableView<?> table = robot.lookup("#run-samples").queryTableView();
        assertFalse(table.getItems().isEmpty());

        Node firstRow = robot.lookup("#run-samples .table-row-cell").nth(0).query();
        robot.doubleClickOn(firstRow);
        assertNotNull(runs().sample().sampleProperty().get(), "double-clicking a row opened its sample");
        assertTrue(robot.lookup("#run-reward-chips").tryQuery().isPresent());
    }

    @Test
    void inspectsTokenChipsShowTheirAlternativesWithTheEntropy(FxRobot robot) throws TimeoutException {
        openRun(robot, RUNS.resolve("inspect/calc.eval"), false);
        openAStepByClicking(robot);
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
        assertEquals(2, window.runView().rewardPoints());
        robot.clickOn("#run-follow");
        robot.interact(() -> runtime.runPolling.tick(1));
        assertEquals(2, window.runView().rewardPoints(), "nothing new: the same two steps");

        String step3 = Files.readString(copy.resolve("2.jsonl")).replace("\"step\": 2", "\"step\": 3");
        Files.writeString(copy.resolve("3.jsonl"), step3 + "{\"input\": \"half", java.nio.charset.StandardCharsets.UTF_8);
        robot.interact(() -> runtime.runPolling.tick(1));
        assertEquals(3, window.runView().rewardPoints(), "the new step is on the overview");
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
}
