package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Choosing scenarios in the window: the built-ins, their capability tags, the side-by-side contrast, bad files. */
@ExtendWith(ApplicationExtension.class)
class ScenarioUiTest {
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private SessionModel model;
    private MainWindow window;
    private RecentFiles recent;

    @Start
    void start(Stage stage) {
        TestRuntime runtime = new TestRuntime();
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        recent = fixture.recent;
        window = fixture.show(stage, model, new AppearanceModel(), runtime.runtime.background());
    }

    private void choose(FxRobot robot, String id) {
        robot.clickOn("#scenario");
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.Node node) -> id.equals(((Labeled) node).getText()))
                .queryAs(Labeled.class));
    }

    private List<String> tabTitles() {
        return window.tabs().getTabs().stream().map(tab -> tab.getText()).toList();
    }

    @Test
    void theStockScenarioReadsLikeTheSeedsNineStepTable(FxRobot robot) {
        choose(robot, "stock-pe");
        assertEquals("stock-pe", model.episode().scenario().id());
        assertEquals(9, window.timeline().stepCards().size());
        List<String> firstTags = robot.lookup("#step-1 .capability").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(List.of("Planning"), firstTags);
        assertTrue(robot.lookup("#step-1 .step-note").queryAs(Label.class).getText().startsWith("Decompose"));
        List<String> legend = robot.lookup("#capability-legend .capability").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(List.of("Planning 1", "Tool Use 3", "Memory 1", "Reasoning 3", "Self-Improvement 1", "Perception 0"),
                legend);
    }

    @Test
    void theContrastTabAppearsOnlyForAScenarioWithATraditionalModel(FxRobot robot) {
        assertFalse(tabTitles().contains("Traditional vs agentic"));
        choose(robot, "traditional-vs-agentic");
        assertEquals(List.of("Episode", "Traditional vs agentic", "Training", "Sweep"), tabTitles());
        robot.clickOn(robot.lookup(".tab-label").match((javafx.scene.Node n) -> "Traditional vs agentic".equals(((Label) n).getText()))
                .queryAs(Label.class));
        assertTrue(robot.lookup("#traditional-outcome-value").queryAs(Label.class).getText().startsWith("outcome \u22121.0"));
        assertTrue(robot.lookup("#agentic-outcome-value").queryAs(Label.class).getText().startsWith("outcome +1.0"));
        robot.clickOn(robot.lookup(".tab-label").match((javafx.scene.Node n) -> "Episode".equals(((Label) n).getText()))
                .queryAs(Label.class));
        choose(robot, "weather");
        assertFalse(tabTitles().contains("Traditional vs agentic"));
    }

    @Test
    void aBadFileIsNamedWithItsFieldAndTheScenarioStays(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, ScenarioLoader.toJson(ScenarioLoader.seed().source()).replace("\"to\" ]", "\"towards\" ]"));
        Scenario before = model.episode().scenario();
        robot.interact(() -> model.scenarios().openFile(bad, recent::remember));
        assertSame(before, model.episode().scenario());
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.contains("broken.json") && status.contains("model.transitions.need[0]")
                && status.contains("'towards' is not in the vocabulary"), status);
        assertTrue(recent.files().isEmpty());
    }

    @Test
    void aGoodFileOpensAndIsRemembered(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, ScenarioLoader.toJson(ScenarioLoader.seed().source()).replace("\"seed-calculator\"",
                "\"my-calculator\""));
        robot.interact(() -> model.scenarios().openFile(file, recent::remember));
        assertEquals("my-calculator", model.episode().scenario().id(), model.statusProperty().get().text());
        assertEquals("my-calculator", robot.lookup("#scenario").queryAs(ComboBox.class).getValue());
        assertEquals(file.toAbsolutePath().normalize(), recent.files().get(0));
    }
}
