package org.agenticrl.app.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.agenticrl.app.chart.ChartViewers;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Theme;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.jfree.chart.fx.ChartViewer;

/** The window's menus (File, Episode, View, Help), each item wired to a model's command or a window action. */
final class MainMenus {
    private final SessionModel model;
    private final AppearanceModel appearance;
    private final RecentFiles recent;
    private final ExportActions export;
    private final MainWindow window;

    MainMenus(SessionModel model, AppearanceModel appearance, RecentFiles recent, ExportActions export, MainWindow window) {
        this.model = model;
        this.appearance = appearance;
        this.recent = recent;
        this.export = export;
        this.window = window;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(fileMenu(), episodeMenu(), viewMenu(), helpMenu());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu fileMenu() {
        MenuItem open = item("Open scenario file\u2026", "Shortcut+O", this::chooseScenarioFile);
        Menu builtIns = new Menu("Built-in scenarios");
        for (String id : ScenarioLoader.BUILT_IN) {
            builtIns.getItems().add(item(id, null, () -> model.scenarios().openBuiltIn(id)));
        }
        builtIns.setId("built-in-scenarios");
        Menu recentMenu = new Menu("Recent files");
        Runnable refreshRecent = () -> {
            recentMenu.getItems().clear();
            for (Path file : recent.files()) {
                recentMenu.getItems().add(item(file.toString(), null, () -> model.scenarios().openFile(file, recent::remember)));
            }
            recentMenu.setDisable(recent.files().isEmpty());
        };
        recent.files().addListener((ListChangeListener<Path>) change -> refreshRecent.run());
        refreshRecent.run();
        Menu exports = new Menu("Export");
        exports.getItems().addAll(
                item("Window as PNG (2\u00d7)\u2026", "Shortcut+E", () -> export.exportNode(window, "agentic-rl")),
                item("Episode timeline as PNG (2\u00d7)\u2026", null, () -> export.exportNode(window.timeline(), "timeline")),
                chartMenu("Chart as PNG (2\u00d7)", "export-png", export::exportChart),
                chartMenu("Chart as SVG", "export-svg", export::exportChartSvg),
                item("Copy the current view as a picture", "Shortcut+Shift+C",
                        () -> export.copyNode(window.currentView(), "the current view")),
                new SeparatorMenuItem(),
                item("Episode as JSON\u2026", null, export::exportJson),
                item("Episode as CSV\u2026", null, export::exportCsv),
                item("Sweep as CSV (a row per run)\u2026", null, export::exportSweepCsv));
        MenuItem quit = item("Quit", "Shortcut+Q", () -> stage().close());
        return new Menu("_File", null, open, builtIns, recentMenu, new SeparatorMenuItem(), exports,
                new SeparatorMenuItem(), quit);
    }

    private Menu episodeMenu() {
        return new Menu("_Episode", null,
                item("Play / pause    (Space)", null, model.playback()::togglePlay),
                item("Step    (\u2192)", null, model.playback()::step),
                item("Step back    (\u2190)", null, model.playback()::stepBack),
                item("Reset    (R)", null, model.playback()::reset),
                item("Show all    (End)", null, model.playback()::showAll),
                new SeparatorMenuItem(),
                item("Re-roll a live episode", "Shortcut+R", model.episode()::reroll),
                item("Loss settings back to the notebook's", null, model.objective()::resetToNotebook));
    }

    private Menu viewMenu() {
        ToggleGroup themes = new ToggleGroup();
        Menu themeMenu = new Menu("Theme");
        for (Theme theme : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(theme.label());
            choice.setToggleGroup(themes);
            choice.setSelected(appearance.themeProperty().get() == theme);
            choice.setOnAction(event -> appearance.themeProperty().set(theme));
            appearance.themeProperty().addListener((o, before, after) -> choice.setSelected(after == theme));
            themeMenu.getItems().add(choice);
        }
        return new Menu("_View", null, themeMenu,
                item("Switch theme", "Shortcut+T", appearance::toggleTheme),
                new SeparatorMenuItem(),
                item("Larger text", "Shortcut+Plus", appearance::zoomIn),
                item("Smaller text", "Shortcut+Minus", appearance::zoomOut),
                item("Normal text size", "Shortcut+0", appearance::resetZoom),
                new SeparatorMenuItem(),
                item("All three views", "Shortcut+1", () -> window.focus(ViewFocus.ALL)),
                item("Timeline only", "Shortcut+2", () -> window.focus(ViewFocus.TIMELINE)),
                item("Token distribution only", "Shortcut+3", () -> window.focus(ViewFocus.TOKENS)),
                item("Training objective only", "Shortcut+4", () -> window.focus(ViewFocus.OBJECTIVE)),
                new SeparatorMenuItem(),
                item("Full screen", "F11", () -> {
                    Stage stage = stage();
                    stage.setFullScreen(!stage.isFullScreen());
                }));
    }

    private Menu helpMenu() {
        return new Menu("_Help", null, item("Keyboard shortcuts    (F1 or ?)", null, window.cheatSheet()::toggle),
                item("Glossary", "Shortcut+G", window::showGlossary),
                new SeparatorMenuItem(),
                item("About Agentic RL Visualizer", null, window::showAbout));
    }

    /** One item per chart in the window (on every tab), listed afresh each time the menu opens. */
    private Menu chartMenu(String text, String id, Consumer<ChartViewer> action) {
        Menu menu = new Menu(text);
        menu.setId(id);
        menu.getItems().add(new MenuItem()); // a menu without items never opens, so never fills itself
        menu.setOnShowing(event -> menu.getItems().setAll(ChartViewers.under(window).stream()
                .map(viewer -> item(ChartViewers.title(viewer) + "\u2026", null, () -> action.accept(viewer)))
                .toList()));
        return menu;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private Stage stage() {
        return (Stage) window.getScene().getWindow();
    }

    private void chooseScenarioFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open scenario");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (JSON)", "*.json"));
        File file = chooser.showOpenDialog(stage());
        if (file != null) {
            model.scenarios().openFile(file.toPath(), recent::remember);
        }
    }
}
