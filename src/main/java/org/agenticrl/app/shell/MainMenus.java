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
    private final Runnable exportLessonPage;

    /**
     * @param openFile opens a recent file: a session or a scenario
     * @param exportLessonPage writes the session's lesson as a web page
     */
    MainMenus(SessionModel model, AppearanceModel appearance, RecentFiles recent, ExportActions export, MainWindow window,
              SessionActions sessions, Consumer<Path> openFile, Runnable exportLessonPage) {
        this.sessions = sessions;
        this.openFile = openFile;
        this.exportLessonPage = exportLessonPage;
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
        MenuItem open = Menus.command("_Open session or scenario\u2026", "Shortcut+O", sessions::open);
        open.setId("menu-open");
        MenuItem openRunFolder = Menus.command("Open _run folder\u2026", "Shortcut+Shift+O",
                () -> sessions.openRun(true));
        openRunFolder.setId("menu-open-run-folder");
        MenuItem openRunFile = Menus.command("Open run _file\u2026", null, () -> sessions.openRun(false));
        openRunFile.setId("menu-open-run-file");
        MenuItem compareRunFolder = Menus.command("_Compare with run folder\u2026", null,
                () -> sessions.compareRun(true));
        compareRunFolder.setId("menu-compare-run-folder");
        MenuItem compareRunFile = Menus.command("Compare with run fi_le\u2026", null, () -> sessions.compareRun(false));
        compareRunFile.setId("menu-compare-run-file");
        compareRunFolder.disableProperty().bind(model.runs().overviewProperty().isNull());
        compareRunFile.disableProperty().bind(model.runs().overviewProperty().isNull());
        MenuItem save = Menus.command("_Save session", "Shortcut+S", sessions::save);
        save.setId("menu-save");
        MenuItem saveAs = Menus.command("Save session _as\u2026", "Shortcut+Shift+S", sessions::saveAs);
        saveAs.setId("menu-save-as");
        Menu builtIns = new Menu("_Built-in scenarios");
        for (String id : ScenarioLoader.BUILT_IN) {
            builtIns.getItems().add(Menus.item(id, null, () -> model.scenarios().openBuiltIn(id)));
        }
        builtIns.setId("built-in-scenarios");
        Menu recentMenu = new Menu("Rece_nt files");
        Runnable refreshRecent = () -> {
            recentMenu.getItems().clear();
            for (Path file : recent.files()) {
                recentMenu.getItems().add(Menus.item(file.toString(), null, () -> openFile.accept(file)));
            }
            recentMenu.setDisable(recent.files().isEmpty());
        };
        recent.files().addListener((ListChangeListener<Path>) change -> refreshRecent.run());
        refreshRecent.run();
        Menu exports = new Menu("E_xport");
        exports.setId("menu-export");
        exports.getItems().addAll(
                Menus.command("_Window as PNG (2\u00d7)\u2026", "Shortcut+E",
                        () -> export.exportNode(window, "agentic-rl")),
                Menus.command("Episode _timeline as PNG (2\u00d7)\u2026", null,
                        () -> export.exportNode(window.timeline(), "timeline")),
                chartMenu("Chart as _PNG for slides", "export-png", ExportActions.PictureFormat.PNG),
                chartMenu("Chart as S_VG for slides", "export-svg", ExportActions.PictureFormat.SVG),
                Menus.command("_Copy the current view as a picture", "Shortcut+Shift+C",
                        () -> export.copyNode(window.currentView(), "the current view")),
                new SeparatorMenuItem(),
                Menus.command("Episode as _JSON\u2026", null, export::exportJson),
                Menus.command("Episode as C_SV\u2026", null, export::exportCsv),
                Menus.command("Sweep as CSV (a _row per run)\u2026", null, export::exportSweepCsv));
        MenuItem lessonPage = Menus.command("Export lesson as _web page\u2026", null, exportLessonPage);
        lessonPage.setId("menu-export-lesson-page");
        MenuItem quit = Menus.command("_Quit", "Shortcut+Q", () -> {
            if (sessions.mayClose()) {
                stage().close();
            }
        });
        Menu file = new Menu("_File", null, open, openRunFolder, openRunFile, compareRunFolder,
                compareRunFile, save, saveAs, builtIns, recentMenu, new SeparatorMenuItem(), exports,
                lessonPage, new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        return file;
    }

    private Menu episodeMenu() {
        return new Menu("_Episode", null,
                Menus.command("_Play / pause    (Space)", null, model.playback()::togglePlay),
                Menus.command("_Step    (\u2192)", null, model.playback()::step),
                Menus.command("Step _back    (\u2190)", null, model.playback()::stepBack),
                Menus.command("_Reset    (R)", null, model.playback()::reset),
                Menus.command("Show _all    (End)", null, model.playback()::showAll),
                new SeparatorMenuItem(),
                Menus.command("Re-r_oll a live episode", "Shortcut+R", model.episode()::reroll),
                Menus.command("_Loss settings back to the notebook's", null, model.objective()::resetToNotebook));
    }

    private Menu viewMenu() {
        ToggleGroup themes = new ToggleGroup();
        Menu themeMenu = new Menu("_Theme");
        for (Theme theme : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(theme.label());
            choice.setToggleGroup(themes);
            choice.setSelected(appearance.themeProperty().get() == theme);
            choice.setOnAction(event -> appearance.themeProperty().set(theme));
            appearance.themeProperty().addListener((o, before, after) -> choice.setSelected(after == theme));
            themeMenu.getItems().add(choice);
        }
        return new Menu("_View", null, themeMenu,
                Menus.command("S_witch theme", "Shortcut+T", appearance::toggleTheme),
                new SeparatorMenuItem(),
                Menus.command("_Larger text", "Shortcut+Plus", appearance::zoomIn),
                Menus.command("S_maller text", "Shortcut+Minus", appearance::zoomOut),
                Menus.command("_Normal text size", "Shortcut+0", appearance::resetZoom),
                new SeparatorMenuItem(),
                Menus.command("All th_ree views", "Shortcut+1", () -> window.focus(ViewFocus.ALL)),
                Menus.command("T_imeline only", "Shortcut+2", () -> window.focus(ViewFocus.TIMELINE)),
                Menus.command("Token _distribution only", "Shortcut+3", () -> window.focus(ViewFocus.TOKENS)),
                Menus.command("Training _objective only", "Shortcut+4", () -> window.focus(ViewFocus.OBJECTIVE)),
                new SeparatorMenuItem(),
                Menus.command("_Full screen", "F11", () -> {
                    Stage stage = stage();
                    stage.setFullScreen(!stage.isFullScreen());
                }));
    }

    private Menu helpMenu() {
        return new Menu("_Help", null,
                Menus.command("_Keyboard shortcuts    (F1 or ?)", null, window.cheatSheet()::toggle),
                Menus.command("_Glossary", "Shortcut+G", window::showGlossary),
                new SeparatorMenuItem(),
                Menus.command("_About Agentic RL Visualizer", null, window::showAbout));
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
