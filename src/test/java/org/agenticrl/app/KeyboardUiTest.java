package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.Toggle;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.lesson.BuiltInLessons;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.shell.ViewFocus;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.app.theme.Theme;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window from the keyboard alone, as a keyboard or screen-reader user meets it: Tab walks every tab's controls,
 * each stop showing the keyboard's ring and telling assistive technology what it is; every key of the cheat sheet
 * works; every menu command has a mnemonic. No mouse is used.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardUiTest {
    /** More stops than any tab has; a chain this long is taken for one that never comes back. */
    private static final int MAX_STOPS = 400;

    private final TestRuntime runtime = new TestRuntime();
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private SessionModel model;
    private AppearanceModel appearance;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage newStage) {
        stage = newStage;
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        appearance = new AppearanceModel();
        window = fixture.show(stage, model, appearance, BackgroundWork.immediate());
    }

    @Test
    void tabReachesEveryControlOfEveryTabAndEachStopSaysWhatItIs(FxRobot robot) {
        fixture.at(robot, 1280, 720, 1.0);
        List<String> tabs = onFx(() -> window.tabs().getTabs().stream()
                .map(tab -> tab.getId().replace("-tab", "")).toList());
        for (String tab : tabs) {
            robot.interact(() -> window.showTab(tab));
            walkAndCheck(robot, tab);
        }
        robot.interact(() -> WindowFixture.openRunAtItsFirstSample(model, "verl"));
        for (String view : new String[] {"overview", "step", "sample", "prompt", "skipped"}) {
            robot.interact(() -> window.runView().showView(view));
            walkAndCheck(robot, "run " + view);
        }
    }

    @Test
    void theRingIsDrawnInTheDarkThemeToo(FxRobot robot) {
        fixture.at(robot, 1280, 720, 1.6);
        robot.interact(() -> appearance.themeProperty().set(Theme.DARK));
        walkAndCheck(robot, "episode, dark");
    }

    /**
     * Tabs from the tab headers round the window back to them, and checks each stop: it has the keyboard's ring in the
     * theme's colour when reached, and an accessible text; and every control of the tab that takes the focus was a
     * stop.
     */
    private void walkAndCheck(FxRobot robot, String where) {
        List<Node> stops = walk(robot, where);
        assertTrue(stops.size() > 1, where + ": Tab goes nowhere from the tab headers");
        for (Node stop : stops) {
            String spoken = onFx(() -> spoken(stop));
            assertTrue(spoken != null && !spoken.isBlank(), where + ": no accessible text on " + describe(stop));
        }
        Set<Node> reachable = onFx(() -> focusable(window.tabs().getSelectionModel().getSelectedItem()
                .getContent()));
        reachable.removeAll(stops);
        assertTrue(reachable.isEmpty(), where + ": Tab never reaches "
                + reachable.stream().map(KeyboardUiTest::describe).collect(Collectors.joining(", ")));
    }

    /** The stops Tab goes through from the tab headers until it comes back to one, each checked as it is reached. */
    private List<Node> walk(FxRobot robot, String where) {
        robot.interact(() -> window.tabs().requestFocus());
        List<Node> stops = new ArrayList<>();
        Color ring = Color.web(Palette.of(appearance.themeProperty().get()).keyboard());
        robot.type(KeyCode.TAB);
        for (int i = 0; i < MAX_STOPS; i++) {
            Node focus = onFx(() -> stage.getScene().getFocusOwner());
            if (stops.contains(focus)) {
                return stops;
            }
            assertTrue(ringedSoon(focus, ring), () -> where + ": no keyboard ring on " + describe(focus) + " when reached after "
                    + stops.stream().map(KeyboardUiTest::describe).collect(Collectors.joining(", "))
                    + "; focus visible " + onFx(focus::isFocusVisible));
            stops.add(focus);
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError(where + ": Tab never came back round after " + MAX_STOPS + " stops");
    }

    /** Whether the node shows the ring within a moment (styles are applied on the next pulse). */
    private static boolean ringedSoon(Node node, Color ring) {
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> ringed(node, ring));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** What a screen reader says of the node: its accessible text, else its own (a button's label, a field's value). */
    private static String spoken(Node node) {
        if (node instanceof TabPane tabs) {
            return tabs.getSelectionModel().getSelectedItem().getText();
        }
        Object text = node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
        return text == null ? null : text.toString();
    }

    /**
     * Whether the node shows that the keyboard is on it: its ring, a border in the theme's keyboard colour (on the
     * selected tab's header for the tab headers).
     */
    private static boolean ringed(Node node, Color ring) {
        return onFx(() -> {
            Node drawn = node instanceof TabPane tabs ? selectedHeader(tabs) : node;
            return node.isFocusVisible() && drawn instanceof Region region && region.getBorder() != null
                    && region.getBorder().getStrokes().stream().map(BorderStroke::getTopStroke).anyMatch(ring::equals);
        });
    }

    /**
     * Every node under root that Tab could stop at now: shown, enabled, and taking the focus. Of a group of toggles
     * with one selected, Tab stops at that one only, as on any desktop (the arrows move within the group).
     */
    private static Set<Node> focusable(Node root) {
        Set<Node> found = new LinkedHashSet<>();
        if (!root.isVisible() || root.isDisabled()) {
            return found;
        }
        boolean passedOver = root instanceof Toggle toggle && toggle.getToggleGroup() != null
                && toggle.getToggleGroup().getSelectedToggle() != null && !toggle.isSelected();
        if (root.isFocusTraversable() && !passedOver) {
            found.add(root);
        }
        if (root instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(focusable(child)));
        }
        return found;
    }

    /** The selected tab's header (lookup ignores pseudo-classes, and would find a nested tab pane's too). */
    private static Node selectedHeader(TabPane tabs) {
        PseudoClass selected = PseudoClass.getPseudoClass("selected");
        return tabs.getChildrenUnmodifiable().stream()
                .filter(child -> child.getStyleClass().contains("tab-header-area")).findFirst()
                .flatMap(headers -> headers.lookupAll(".tab").stream()
                        .filter(tab -> tab.getPseudoClassStates().contains(selected)).findFirst())
                .orElse(null);
    }

    private static String describe(Node node) {
        return node == null ? "nothing" : node.getClass().getSimpleName() + (node.getId() == null ? ""
                : "#" + node.getId()) + " in " + (node.getParent() == null ? "nothing"
                : node.getParent().getClass().getSimpleName() + "#" + node.getParent().getId());
    }

    @Test
    void everyKeyOfTheCheatSheetWorksWithoutTheMouse(FxRobot robot, @TempDir Path dir) throws Exception {
        Set<String> tried = new HashSet<>();
        // The window has the focus, and no control was reached with Tab: the keys are the window's.
        tried.add("R");
        robot.type(KeyCode.R);
        assertEquals(0, model.playback().cursorProperty().get());
        tried.add("\u2192  /  \u2190");
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals(2, model.playback().cursorProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(1, model.playback().cursorProperty().get());
        tried.add("Space");
        robot.type(KeyCode.SPACE);
        assertTrue(model.playback().playingProperty().get());
        robot.interact(() -> runtime.clock.tick(2));
        assertEquals(3, model.playback().cursorProperty().get());
        robot.type(KeyCode.SPACE);
        assertFalse(model.playback().playingProperty().get());
        tried.add("End");
        robot.type(KeyCode.END);
        assertTrue(model.playback().atEnd().get());

        tried.add("Ctrl + +  /  Ctrl + \u2212");
        shortcut(robot, KeyCode.EQUALS);
        double larger = appearance.textScaleProperty().get();
        assertTrue(larger > 1.0);
        shortcut(robot, KeyCode.MINUS);
        assertTrue(appearance.textScaleProperty().get() < larger);
        tried.add("Ctrl + 0");
        shortcut(robot, KeyCode.EQUALS);
        shortcut(robot, KeyCode.DIGIT0);
        assertEquals(1.0, appearance.textScaleProperty().get(), 0.0);
        tried.add("Ctrl + 1 \u2026 4");
        KeyCode[] digits = {KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT1};
        ViewFocus[] views = {ViewFocus.TIMELINE, ViewFocus.TOKENS, ViewFocus.OBJECTIVE, ViewFocus.ALL};
        for (int i = 0; i < digits.length; i++) {
            shortcut(robot, digits[i]);
            assertEquals(views[i], window.shownViews());
        }
        tried.add("Ctrl + T");
        shortcut(robot, KeyCode.T);
        assertEquals(Theme.DARK, appearance.themeProperty().get());
        shortcut(robot, KeyCode.T);
        assertEquals(Theme.LIGHT, appearance.themeProperty().get());

        tried.add("F1  or  ?");
        robot.type(KeyCode.F1);
        assertTrue(window.cheatSheet().isVisible());
        robot.type(KeyCode.F1);
        assertFalse(window.cheatSheet().isVisible());
        robot.write('?');
        assertTrue(window.cheatSheet().isVisible());
        tried.add("Escape");
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.cheatSheet().isVisible());

        tried.add("Z  or  double-click");
        ChartView tokens = window.distribution().chart().viewer();
        tabTo(robot, tokens);
        robot.type(KeyCode.Z);
        assertEquals(tokens, window.enlargedChart().shownProperty().get(), "Z shows the chart with the focus");
        robot.type(KeyCode.Z);
        assertFalse(window.enlargedChart().isOpen());
        robot.interact(() -> window.tabs().requestFocus());

        tried.add("Ctrl + G");
        shortcut(robot, KeyCode.G);
        assertTrue(window.glossaryShown());
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.glossaryShown());
        robot.interact(() -> stage.requestFocus());

        tried.add("Ctrl + S  /  Ctrl + Shift + S");
        Path saved = dir.resolve("first.agentic-session.json");
        fixture.nextFile = saved;
        shortcut(robot, KeyCode.S);
        assertTrue(Files.isRegularFile(saved), "Ctrl+S asks where and saves");
        Path savedAs = dir.resolve("second.agentic-session.json");
        fixture.nextFile = savedAs;
        shortcut(robot, KeyCode.SHIFT, KeyCode.S);
        assertTrue(Files.isRegularFile(savedAs), "Ctrl+Shift+S saves under a new name");
        tried.add("Ctrl + O");
        fixture.nextFile = saved;
        shortcut(robot, KeyCode.O);
        assertEquals(saved, fixture.files.fileProperty().get());

        tried.add("Ctrl + E");
        Path png = dir.resolve("window.png");
        fixture.nextFile = png;
        shortcut(robot, KeyCode.E);
        assertTrue(Files.size(png) > 0, "Ctrl+E exports the window");
        tried.add("Ctrl + Shift + C");
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        shortcut(robot, KeyCode.SHIFT, KeyCode.C);
        assertNotNull(onFx(() -> Clipboard.getSystemClipboard().getImage()), "a picture on the clipboard");

        tried.add("Ctrl + Shift + O");
        fixture.nextFile = Path.of("src/test/resources/runs/verl").toAbsolutePath();
        shortcut(robot, KeyCode.SHIFT, KeyCode.O);
        assertNotNull(model.runs().overviewProperty().get(), "Ctrl+Shift+O opens a run folder");
        assertEquals("run", window.tab());
        robot.interact(() -> window.showTab("episode"));

        tried.add("F11");
        robot.type(KeyCode.F11);
        assertTrue(stage.isFullScreen());
        robot.type(KeyCode.F11);
        assertFalse(stage.isFullScreen());

        robot.interact(() -> window.lessons().openBuiltIn(BuiltInLessons.ALL.get(0)));
        robot.interact(() -> stage.requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.lessons().presentingProperty().get(), "Escape leaves lesson mode");
        tried.add("F5");
        robot.type(KeyCode.F5);
        assertTrue(window.lessons().presentingProperty().get());
        tried.add("Page Down  /  Page Up");
        int first = window.lessons().currentProperty().get();
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(first + 1, window.lessons().currentProperty().get());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(first, window.lessons().currentProperty().get());
        tried.add("Ctrl + Shift + A  /  Ctrl + L");
        int chapters = window.lessons().chapters().size();
        shortcut(robot, KeyCode.SHIFT, KeyCode.A);
        assertEquals(chapters + 1, window.lessons().chapters().size());
        shortcut(robot, KeyCode.L);
        assertTrue(window.lessons().editingProperty().get());
        shortcut(robot, KeyCode.L);
        assertFalse(window.lessons().editingProperty().get());

        assertEquals(new HashSet<>(window.cheatSheet().keys()), tried, "every key the sheet lists, and only those");
    }

    @Test
    void everyMenuCommandHasAMnemonicOfItsOwnAndAltOpensTheMenus(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            assertTrue(menu.getText().contains("_"), menu.getText() + " has no mnemonic");
            checkMnemonics(menu);
        }
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        assertTrue(bar.getMenus().get(0).isShowing(), "Alt+F opens the File menu");
        robot.type(KeyCode.ESCAPE);
        assertFalse(bar.getMenus().get(0).isShowing(), "Escape closes it");
    }

    /**
     * Checks that each command of the menu and its submenus has a mnemonic no other item of its menu has; items that
     * name what a user or file gave (recent files, scenarios, lessons, charts) are shown literally and have none.
     */
    private static void checkMnemonics(Menu menu) {
        Set<Character> letters = new HashSet<>();
        for (MenuItem item : menu.getItems()) {
            if (item.getText() == null || item.getText().isEmpty() || !item.isMnemonicParsing()
                    || item.getClass() != MenuItem.class && !(item instanceof Menu)) {
                continue;
            }
            int underscore = item.getText().indexOf('_');
            assertTrue(underscore >= 0, "\"" + item.getText() + "\" in " + menu.getText() + " has no mnemonic");
            char letter = Character.toLowerCase(item.getText().charAt(underscore + 1));
            assertTrue(letters.add(letter), "two items of " + menu.getText() + " share the mnemonic " + letter);
            if (item instanceof Menu submenu) {
                checkMnemonics(submenu);
            }
        }
    }

    /** Tabs from the tab headers until the node has the focus. */
    private void tabTo(FxRobot robot, Node target) {
        robot.interact(() -> window.tabs().requestFocus());
        for (int i = 0; i < MAX_STOPS && onFx(() -> stage.getScene().getFocusOwner()) != target; i++) {
            robot.type(KeyCode.TAB);
        }
        assertEquals(target, onFx(() -> stage.getScene().getFocusOwner()), "Tab reaches " + describe(target));
    }

    private static <T> T onFx(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }

    /** Ctrl (the shortcut key) with the keys, e.g. Ctrl+Shift+S. */
    private static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
    }
}
