package org.agenticrl.app.shell;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.agenticrl.app.controls.Scrolling;
import org.agenticrl.app.distribution.DistributionView;
import org.agenticrl.app.episode.ComparisonView;
import org.agenticrl.app.episode.TimelineView;
import org.agenticrl.app.objective.ObjectivePanel;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.scenario.ScenarioPicker;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.sweep.SweepView;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.training.TrainingView;

/**
 * The window's content: the menus, the problem banner, the tabs (Episode with its three views, Training, Sweep, and
 * for scenarios with a traditional model the side-by-side comparison), the status bar, and the cheat-sheet overlay.
 * It places the features' views and forwards window actions; it holds no state of its own. The tabs behind the
 * Episode tab build their views when first shown (or asked for), which keeps them off the window's start-up.
 */
public final class MainWindow extends StackPane {
    private final TimelineView timeline;
    private final DistributionView distribution;
    private final ObjectivePanel objective;
    private final EpisodeColumns columns;
    private final CheatSheet cheatSheet = new CheatSheet();
    private final LazyTab<TrainingView> training;
    private final LazyTab<SweepView> sweep;
    private final TabPane tabs;
    private final ProblemBanner banner;

    public MainWindow(SessionModel model, AppearanceModel appearance, RecentFiles recent, ExportActions export) {
        setId("main-window");
        timeline = new TimelineView(model.episode(), model.playback(), model.selection(),
                new ScenarioPicker(model.scenarios()));
        distribution = new DistributionView(model.episode(), model.selection(), model.preview(), appearance);
        objective = new ObjectivePanel(model.objective(), appearance);
        columns = new EpisodeColumns(timeline, Scrolling.of(distribution), Scrolling.of(objective), appearance);
        Tab episodeTab = new Tab("Episode", columns);
        episodeTab.setId("episode-tab");
        tabs = new TabPane(episodeTab);
        Runnable watchOnEpisodeTab = () -> {
            tabs.getSelectionModel().select(episodeTab);
            model.watchFreshEpisode();
        };
        training = new LazyTab<>("Training", "training-tab", () -> new TrainingView(model.training(), model.drift(),
                model.objective()::settings, appearance, watchOnEpisodeTab));
        sweep = new LazyTab<>("Sweep", "sweep-tab", () -> new SweepView(model.sweep(), appearance, cell -> {
            model.sweep().load(cell);
            watchOnEpisodeTab.run();
        }));
        tabs.getTabs().addAll(training.tab(), sweep.tab());
        Tab comparisonTab = new LazyTab<>("Traditional vs agentic", "comparison-tab",
                () -> new ComparisonView(model.episode())).tab();
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
        banner = new ProblemBanner(model.statusProperty());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        BorderPane main = new BorderPane(new VBox(banner, tabs));
        main.setTop(new MainMenus(model, appearance, recent, export, this).build());
        main.setBottom(new StatusBar(model));
        getChildren().addAll(main, cheatSheet);
    }

    /** Shows all three views, or one of them across the whole width; all three only where they fit. */
    public void focus(ViewFocus view) {
        columns.layoutModel().request(view);
    }

    /** What the Episode tab shows now. */
    public ViewFocus shownViews() {
        return columns.layoutModel().shownProperty().get();
    }

    /** Whether the Training tab is the one showing. */
    public boolean trainingShown() {
        return tabs.getSelectionModel().getSelectedItem().getId().equals("training-tab");
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

    /** The Training tab's view, built now if the tab was never shown. */
    public TrainingView trainingView() {
        return training.view();
    }

    /** The Sweep tab's view, built now if the tab was never shown. */
    public SweepView sweepView() {
        return sweep.view();
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The problem banner's message while it is open, empty otherwise. */
    public String problemShown() {
        return banner.text();
    }
}
