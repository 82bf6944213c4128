package org.agenticrl.app.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Stage;
import org.agenticrl.app.controls.Menus;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Theme;
import org.agenticrl.engine.scenario.ScenarioLoader;

/** The window's menus (File, Episode, View, Help), each item wired to a model's command or a window action. */
final class MainMenus {
    private final SessionModel model;
    private final AppearanceModel appearance;
    private final RecentFiles recent;
    private final ExportActions export;
    private final MainWindow window;
    private final SessionActions sessions;
    private final Consumer<Path> openFile;

    /** @param openFile opens a recent file: a session or a scenario */
    MainMenus(SessionModel model, AppearanceModel appearance, RecentFiles recent, ExportActions export, MainWindow window,
              SessionActions sessions, Consumer<Path> openFile) {
        this.sessions = sessions;
        this.openFile = openFile;
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
        MenuItem open = Menus.item("Open session or scenario\u2026", "Shortcut+O", sessions::open);
        open.setId("menu-open");
        MenuItem openRunFolder = Menus.item("Open run folder\u2026", "Shortcut+Shift+O", () -> sessions.openRun(true));
        openRunFolder.setId("menu-open-run-folder");
        MenuItem openRunFile = Menus.item("Open run file\u2026", null, () -> sessions.openRun(false));
        openRunFile.setId("menu-open-run-file");
        MenuItem compareRunFolder = Menus.item("Compare with run folder\u2026", null, () -> sessions.compareRun(true));
        compareRunFolder.setId("menu-compare-run-folder");
        MenuItem compareRunFile = Menus.item("Compare with run file\u2026", null, () -> sessions.compareRun(false));
        compareRunFile.setId("menu-compare-run-file");
        compareRunFolder.disableProperty().bind(model.runs().overviewProperty().isNull());
        compareRunFile.disableProperty().bind(model.runs().overviewProperty().isNull());
        MenuItem save = Menus.item("Save session", "Shortcut+S", sessions::save);
        save.setId("menu-save");
        MenuItem saveAs = Menus.item("Save session as\u2026", "Shortcut+Shift+S", sessions::saveAs);
        saveAs.setId("menu-save-as");
        Menu builtIns = new Menu("Built-in scenarios");
        for (String id : ScenarioLoader.BUILT_IN) {
            builtIns.getItems().add(Menus.item(id, null, () -> model.scenarios().openBuiltIn(id)));
        }
        builtIns.setId("built-in-scenarios");
        Menu recentMenu = new Menu("Recent files");
        Runnable refreshRecent = () -> {
            recentMenu.getItems().clear();
            for (Path file : recent.files()) {
                recentMenu.getItems().add(Menus.item(file.toString(), null, () -> openFile.accept(file)));
            }
            recentMenu.setDisable(recent.files().isEmpty());
        };
        recent.files().addListener((ListChangeListener<Path>) change -> refreshRecent.run());
        refreshRecent.run();
        Menu exports = new Menu("Export");
        exports.getItems().addAll(
                Menus.item("Window as PNG (2\u00d7)\u2026", "Shortcut+E", () -> export.exportNode(window, "agentic-rl")),
                Menus.item("Episode timeline as PNG (2\u00d7)\u2026", null, () -> export.exportNode(window.timeline(), "timeline")),
                chartMenu("Chart as PNG for slides", "export-png", ExportActions.PictureFormat.PNG),
                chartMenu("Chart as SVG for slides", "export-svg", ExportActions.PictureFormat.SVG),
                Menus.item("Copy the current view as a picture", "Shortcut+Shift+C",
                        () -> export.copyNode(window.currentView(), "the current view")),
                new SeparatorMenuItem(),
                Menus.item("Episode as JSON\u2026", null, export::exportJson),
                Menus.item("Episode as CSV\u2026", null, export::exportCsv),
                Menus.item("Sweep as CSV (a row per run)\u2026", null, export::exportSweepCsv));
        MenuItem quit = Menus.item("Quit", "Shortcut+Q", () -> {
            if (sessions.mayClose()) {
                stage().close();
            }
        });
        Menu file = new Menu("_File", null, open, openRunFolder, openRunFile, compareRunFolder,
                compareRunFile, save, saveAs, builtIns, recentMenu, new SeparatorMenuItem(), exports,
                new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        return file;
    }

    private Menu episodeMenu() {
        return new Menu("_Episode", null,
                Menus.item("Play / pause    (Space)", null, model.playback()::togglePlay),
                Menus.item("Step    (\u2192)", null, model.playback()::step),
                Menus.item("Step back    (\u2190)", null, model.playback()::stepBack),
                Menus.item("Reset    (R)", null, model.playback()::reset),
                Menus.item("Show all    (End)", null, model.playback()::showAll),
                new SeparatorMenuItem(),
                Menus.item("Re-roll a live episode", "Shortcut+R", model.episode()::reroll),
                Menus.item("Loss settings back to the notebook's", null, model.objective()::resetToNotebook));
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
                Menus.item("Switch theme", "Shortcut+T", appearance::toggleTheme),
                new SeparatorMenuItem(),
                Menus.item("Larger text", "Shortcut+Plus", appearance::zoomIn),
                Menus.item("Smaller text", "Shortcut+Minus", appearance::zoomOut),
                Menus.item("Normal text size", "Shortcut+0", appearance::resetZoom),
                new SeparatorMenuItem(),
                Menus.item("All three views", "Shortcut+1", () -> window.focus(ViewFocus.ALL)),
                Menus.item("Timeline only", "Shortcut+2", () -> window.focus(ViewFocus.TIMELINE)),
                Menus.item("Token distribution only", "Shortcut+3", () -> window.focus(ViewFocus.TOKENS)),
                Menus.item("Training objective only", "Shortcut+4", () -> window.focus(ViewFocus.OBJECTIVE)),
                new SeparatorMenuItem(),
                Menus.item("Full screen", "F11", () -> {
                    Stage stage = stage();
                    stage.setFullScreen(!stage.isFullScreen());
                }));
    }

    private Menu helpMenu() {
        return new Menu("_Help", null, Menus.item("Keyboard shortcuts    (F1 or ?)", null, window.cheatSheet()::toggle),
                Menus.item("Glossary", "Shortcut+G", window::showGlossary),
                new SeparatorMenuItem(),
                Menus.item("About Agentic RL Visualizer", null, window::showAbout));
    }

    /**
     * One item per chart of the window, tab by tab with a line between tabs, listed afresh each time the menu opens
     * (which builds the tabs never shown yet, so that their charts can be exported too).
     */
    private Menu chartMenu(String text, String id, ExportActions.PictureFormat format) {
        Menu menu = new Menu(text);
        menu.setId(id);
        menu.getItems().add(new MenuItem()); // a menu without items never opens, so never fills itself
        menu.setOnShowing(event -> {
            List<MenuItem> items = new ArrayList<>();
            for (MainWindow.TabCharts tab : window.chartsByTab()) {
                if (!items.isEmpty()) {
                    items.add(new SeparatorMenuItem());
                }
                tab.charts().forEach(chart -> items.add(Menus.item(chart.name() + "  (" + tab.tab() + ")\u2026", null,
                        () -> export.exportChart(chart, format))));
            }
            menu.getItems().setAll(items);
        });
        return menu;
    }


    private Stage stage() {
        return (Stage) window.getScene().getWindow();
    }
}
