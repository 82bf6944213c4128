package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.agenticrl.PomVersion;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.controls.GlossaryLinks;
import org.agenticrl.app.glossary.Glossary;
import org.agenticrl.app.glossary.GlossaryEntry;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The glossary is reachable from the screen: every entry from some label, and a click opens it; and the About box. */
@ExtendWith(ApplicationExtension.class)
class GlossaryUiTest {
    private final TestRuntime runtime = new TestRuntime();
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private SessionModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        window = fixture.show(stage, model, new AppearanceModel(), BackgroundWork.immediate());
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    /** The terms of every glossary link on every tab of the window, as they are now (each tab shown in turn). */
    private Set<String> linkedTerms(FxRobot robot) {
        Set<String> terms = new TreeSet<>();
        robot.interact(() -> {
            Tab shown = window.tabs().getSelectionModel().getSelectedItem();
            for (Tab tab : window.tabs().getTabs()) {
                window.tabs().getSelectionModel().select(tab); // tabs behind the first build their views when shown
                tab.getContent().applyCss();
                for (Node link : tab.getContent().lookupAll("." + GlossaryLinks.STYLE)) {
                    terms.add(GlossaryLinks.termOf(link).orElseThrow());
                }
            }
            window.tabs().getSelectionModel().select(shown);
        });
        return terms;
    }

    @Test
    void everyGlossaryTermIsReachableFromALabelOnScreen(FxRobot robot) {
        Set<String> entries = Glossary.builtIn().entries().stream().map(GlossaryEntry::id)
                .collect(Collectors.toCollection(TreeSet::new));
        robot.interact(model.playback()::showAll);
        Set<String> linked = new TreeSet<>(linkedTerms(robot));
        // The comparison tab and its PBRFT-vs-POMDP link exist for scenarios with a traditional model.
        robot.interact(() -> model.scenarios().openBuiltIn("traditional-vs-agentic"));
        robot.interact(model.playback()::showAll);
        linked.addAll(linkedTerms(robot));
        assertTrue(entries.containsAll(linked), "links to terms the glossary lacks: " + minus(linked, entries));
        assertEquals(entries, linked, "entries no label links to: " + minus(entries, linked));
    }

    @Test
    void clickingTheQuestionMarkBesideLambda1OpensItsEntry(FxRobot robot) {
        assertFalse(window.glossaryShown());
        Node badge = robot.lookup("#lambda1 .glossary-badge").query();
        robot.clickOn(badge);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.glossaryShown());
        assertEquals("lambda1", window.glossary().shownProperty().get().id());
        Label term = robot.from(window.glossaryWindow().getScene().getRoot()).lookup("#glossary-term").queryAs(Label.class);
        assertEquals("\u03bb1 (SFT weight)", term.getText());
        robot.clickOn(robot.lookup(".chip.capability").match(node -> ((Label) node).getText().startsWith("Memory"))
                .queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("capability-memory", window.glossary().shownProperty().get().id(),
                "a capability chip opens its own entry");
    }

    @Test
    void theGlossarySearchNarrowsTheList(FxRobot robot) {
        robot.interact(window::showGlossary);
        robot.clickOn(robot.from(window.glossaryWindow().getScene().getRoot()).lookup("#glossary-search").queryAs(Node.class));
        robot.write("RLOO");
        WaitForAsyncUtils.waitForFxEvents();
        var results = window.glossary().resultsProperty().get();
        assertEquals("group-estimators", results.get(0).id(), "the entry named RLOO first");
        assertTrue(results.size() < Glossary.builtIn().entries().size());
        assertTrue(results.stream().allMatch(entry -> entry.matches("RLOO")));
        ListView<?> list = robot.from(window.glossaryWindow().getScene().getRoot()).lookup("#glossary-list").queryAs(ListView.class);
        assertEquals(results, list.getItems());
    }

    @Test
    void theAboutBoxShowsThePomsVersionAndTheRuntime(FxRobot robot) throws Exception {
        robot.interact(window::showAbout);
        Node root = window.aboutWindow().getScene().getRoot();
        String version = robot.from(root).lookup("#about-version").queryAs(Label.class).getText();
        assertEquals(PomVersion.read(), version, "filtered from the pom, not written by hand");
        assertEquals(System.getProperty("java.version"), robot.from(root).lookup("#about-java").queryAs(Label.class)
                .getText().split(" ")[0]);
        assertFalse(robot.from(root).lookup("#about-javafx").queryAs(Label.class).getText().isBlank());
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> difference = new TreeSet<>(a);
        difference.removeAll(b);
        return difference;
    }
}
