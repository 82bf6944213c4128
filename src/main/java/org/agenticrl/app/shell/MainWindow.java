package org.agenticrl.app.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.agenticrl.app.controls.Scrolling;
import org.agenticrl.app.distribution.DistributionView;
import org.agenticrl.app.episode.ComparisonView;
import org.agenticrl.app.episode.TimelineView;
import org.agenticrl.app.objective.ObjectivePanel;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.scenario.ScenarioPicker;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Theme;
import org.agenticrl.app.training.TrainingView;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.controlsfx.control.NotificationPane;

/**
 * The window's content: menus, the three views side by side (timeline, token distribution, loss panel), the status
 * bar, and the cheat-sheet overlay. It wires menu items to the model's commands and holds no state of its own.
 */
public final class MainWindow extends StackPane {
    private final SessionModel model;
    private final AppearanceModel appearance;
    private final RecentFiles recent;
    private final ExportActions export;
    private final TimelineView timeline;
    private final DistributionView distribution;
    private final ObjectivePanel objective;
    private final CheatSheet cheatSheet = new CheatSheet();
    private final SplitPane columns;
    private final List<Node> views;
    private final TrainingView trainingView;
    private final TabPane tabs;

    public MainWindow(SessionModel model, AppearanceModel appearance, RecentFiles recent, ExportActions export) {
        this.model = model;
        this.appearance = appearance;
        this.recent = recent;
        this.export = export;
        setId("main-window");
        timeline = new TimelineView(model.episode(), model.playback(), model.selection(),
                new ScenarioPicker(model.scenarios()));
        distribution = new DistributionView(model.episode(), model.selection(), appearance);
        objective = new ObjectivePanel(model.objective(), appearance);
        views = List.of(timeline, Scrolling.of(distribution), Scrolling.of(objective));
        columns = new SplitPane();
        focus(0);
        Tab episodeTab = new Tab("Episode", columns);
        episodeTab.setId("episode-tab");
        tabs = new TabPane(episodeTab);
        trainingView = new TrainingView(model.training(), model.drift(), model.objective()::settings, appearance, () -> {
            tabs.getSelectionModel().select(episodeTab);
            model.watchFreshEpisode();
        });
        Tab trainingTab = new Tab("Training", trainingView);
        trainingTab.setId("training-tab");
        tabs.getTabs().add(trainingTab);
        Tab comparisonTab = new Tab("Traditional vs agentic", new ComparisonView(model.episode()));
        comparisonTab.setId("comparison-tab");
        Runnable showComparison = () -> {
            boolean wanted = model.episode().scenario().contrast().isPresent();
            if (wanted && !tabs.getTabs().contains(comparisonTab)) {
                tabs.getTabs().add(1, comparisonTab);
            } else if (!wanted) {
                tabs.getTabs().remove(comparisonTab);
            }
        };
        model.episode().scenarioProperty().addListener((o, before, after) -> showComparison.run());
        showComparison.run();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        NotificationPane problems = problemBanner(model, tabs);
        BorderPane main = new BorderPane(problems);
        main.setTop(menuBar());
        main.setBottom(new StatusBar(model));
        getChildren().addAll(main, cheatSheet);
    }

    /**
     * Shows every refusal (a bad scenario file, a setting the engine refuses, a divergence) in full across the top of
     * the window until it is closed or the next action succeeds; the status bar keeps the short line.
     */
    private static NotificationPane problemBanner(SessionModel model, Node content) {
        NotificationPane banner = new NotificationPane(content);
        banner.setId("problem-banner");
        banner.setShowFromTop(true);
        banner.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        model.statusProperty().addListener((o, before, after) -> {
            if (after.error()) {
                banner.show("\u26a0  " + after.text());
            } else {
                banner.hide();
            }
        });
        return banner;
    }

    /**
     * Shows all three views (0), or one of them across the whole width (1 timeline, 2 tokens, 3 loss): for a
     * projector with large text, where three columns no longer fit.
     */
    public void focus(int view) {
        if (view == 0) {
            columns.getItems().setAll(views);
            columns.setDividerPositions(0.36, 0.64);
        } else {
            columns.getItems().setAll(views.get(view - 1));
        }
    }

    private MenuBar menuBar() {
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
                item("Window as PNG (2\u00d7)\u2026", "Shortcut+E", () -> export.exportNode(this, "agentic-rl")),
                item("Episode timeline as PNG (2\u00d7)\u2026", null, () -> export.exportNode(timeline, "timeline")),
                item("Token chart as PNG (2\u00d7)\u2026", null,
                        () -> export.exportChart(distribution.chart().chart(), distribution.chart().viewer(), "tokens")),
                item("Loss chart as PNG (2\u00d7)\u2026", null,
                        () -> export.exportChart(objective.chart().chart(), objective.chart().viewer(), "losses")),
                new SeparatorMenuItem(),
                item("Episode as JSON\u2026", null, export::exportJson),
                item("Episode as CSV\u2026", null, export::exportCsv));
        MenuItem quit = item("Quit", "Shortcut+Q", () -> ((Stage) getScene().getWindow()).close());
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
                item("All three views", "Shortcut+1", () -> focus(0)),
                item("Timeline only", "Shortcut+2", () -> focus(1)),
                item("Token distribution only", "Shortcut+3", () -> focus(2)),
                item("Training objective only", "Shortcut+4", () -> focus(3)),
                new SeparatorMenuItem(),
                item("Full screen", "F11", () -> {
                    Stage stage = (Stage) getScene().getWindow();
                    stage.setFullScreen(!stage.isFullScreen());
                }));
    }

    private Menu helpMenu() {
        return new Menu("_Help", null, item("Keyboard shortcuts    (F1 or ?)", null, cheatSheet::toggle));
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

    private void chooseScenarioFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open scenario");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (JSON)", "*.json"));
        java.io.File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.scenarios().openFile(file.toPath(), recent::remember);
        }
    }

    public TimelineView timeline() {
        return timeline;
    }

    public DistributionView distribution() {
        return distribution;
    }

    public ObjectivePanel objective() {
        return objective;
    }

    public CheatSheet cheatSheet() {
        return cheatSheet;
    }

    public SplitPane columns() {
        return columns;
    }

    public TrainingView trainingView() {
        return trainingView;
    }

    public TabPane tabs() {
        return tabs;
    }
}
