package org.agenticrl.app.view;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.agenticrl.app.controller.ExportActions;
import org.agenticrl.app.model.AppearanceModel;
import org.agenticrl.app.model.RecentFiles;
import org.agenticrl.app.model.SessionModel;
import org.agenticrl.app.model.Theme;
import org.agenticrl.engine.scenario.ScenarioLoader;

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
    private final LossPanel losses;
    private final CheatSheet cheatSheet = new CheatSheet();
    private final SplitPane columns;
    private final TrainingView trainingView;
    private final TabPane tabs;

    public MainWindow(SessionModel model, AppearanceModel appearance, RecentFiles recent, ExportActions export) {
        this.model = model;
        this.appearance = appearance;
        this.recent = recent;
        this.export = export;
        setId("main-window");
        timeline = new TimelineView(model);
        distribution = new DistributionView(model, appearance);
        losses = new LossPanel(model.losses(), appearance);
        columns = new SplitPane(timeline, scrolling(distribution), scrolling(losses));
        columns.setDividerPositions(0.36, 0.64);
        Tab episodeTab = new Tab("Episode", columns);
        episodeTab.setId("episode-tab");
        tabs = new TabPane(episodeTab);
        trainingView = new TrainingView(model, appearance, () -> {
            tabs.getSelectionModel().select(episodeTab);
            model.watchFreshEpisode();
        });
        Tab trainingTab = new Tab("Training", trainingView);
        trainingTab.setId("training-tab");
        tabs.getTabs().add(trainingTab);
        Tab comparisonTab = new Tab("Traditional vs agentic", new ComparisonView(model));
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
        BorderPane main = new BorderPane(tabs);
        main.setTop(menuBar());
        main.setBottom(new StatusBar(model));
        getChildren().addAll(main, cheatSheet);
    }

    /**
     * Lets a view grow to fill its column, and scroll rather than squeeze its content when the column is too short
     * (long episodes, large text).
     */
    static ScrollPane scrolling(Region view) {
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
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
            builtIns.getItems().add(item(id, null, () -> model.openBuiltIn(id)));
        }
        builtIns.setId("built-in-scenarios");
        Menu recentMenu = new Menu("Recent files");
        Runnable refreshRecent = () -> {
            recentMenu.getItems().clear();
            for (Path file : recent.files()) {
                recentMenu.getItems().add(item(file.toString(), null, () -> model.openFile(file, recent::remember)));
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
                        () -> export.exportChart(losses.chart().chart(), losses.chart().viewer(), "losses")),
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
                item("Loss settings back to the notebook's", null, model.losses()::resetToNotebook));
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
            model.openFile(file.toPath(), recent::remember);
        }
    }

    public TimelineView timeline() {
        return timeline;
    }

    public DistributionView distribution() {
        return distribution;
    }

    public LossPanel losses() {
        return losses;
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
