package org.agenticrl.app.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
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
import org.agenticrl.app.runs.RunOpeningBar;
import org.agenticrl.app.runs.RunView;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.scenario.ScenarioPicker;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.session.WindowState;
import org.agenticrl.app.sweep.SweepView;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.training.TrainingView;

/**
 * The window's content: the menus, the problem banner, a run's opening progress, the tabs (Episode with its three
 * views, Training, Sweep, for scenarios with a traditional model the side-by-side comparison, and once a real run is
 * open the Run tab), the status bar, and the cheat-sheet overlay. It
 * places the features' views and forwards window actions; it holds no state of its own.
 */
public final class MainWindow extends StackPane implements WindowState {
    private final TimelineView timeline;
    private final DistributionView distribution;
    private final ObjectivePanel objective;
    private final EpisodeColumns columns;
    private final CheatSheet cheatSheet = new CheatSheet();
    private final TrainingView trainingView;
    private final SweepView sweepView;
    private final RunView runView;
    private final TabPane tabs;
    private final ProblemBanner banner;
    private static final String TAB_SUFFIX = "-tab";

    /** @param openFile opens a recent file: a session or a scenario */
    public MainWindow(SessionModel model, AppearanceModel appearance, RecentFiles recent, ExportActions export,
                      SessionActions sessions, Consumer<Path> openFile) {
        setId("main-window");
        timeline = new TimelineView(model.episode(), model.playback(), model.selection(),
                new ScenarioPicker(model.scenarios()));
        distribution = new DistributionView(model.episode(), model.selection(), model.preview(), appearance);
        objective = new ObjectivePanel(model.objective(), appearance);
        columns = new EpisodeColumns(timeline, Scrolling.of(distribution), Scrolling.of(objective), appearance);
        Tab episodeTab = new Tab("Episode", columns);
        episodeTab.setId("episode-tab");
        tabs = new TabPane(episodeTab);
        trainingView = new TrainingView(model.training(), model.drift(), model.objective()::settings, appearance, () -> {
            tabs.getSelectionModel().select(episodeTab);
            model.watchFreshEpisode();
        });
        Tab trainingTab = new Tab("Training", trainingView);
        trainingTab.setId("training-tab");
        sweepView = new SweepView(model.sweep(), appearance, cell -> {
            model.sweep().load(cell);
            tabs.getSelectionModel().select(episodeTab);
            model.watchFreshEpisode();
        });
        Tab sweepTab = new Tab("Sweep", sweepView);
        sweepTab.setId("sweep-tab");
        tabs.getTabs().addAll(trainingTab, sweepTab);
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
        runView = new RunView(model.runs(), appearance);
        Tab runTab = new Tab("Run", runView);
        runTab.setId("run-tab");
        model.runs().overviewProperty().addListener((o, before, after) -> {
            if (!tabs.getTabs().contains(runTab)) {
                tabs.getTabs().add(runTab);
            }
            if (before == null || !before.source().equals(after.source())) {
                tabs.getSelectionModel().select(runTab);
            }
        });
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        banner = new ProblemBanner(model.statusProperty());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        BorderPane main = new BorderPane(new VBox(banner, new RunOpeningBar(model.runs()), tabs));
        main.setTop(new MainMenus(model, appearance, recent, export, this, sessions, openFile).build());
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

    @Override
    public String maximised() {
        return columns.layoutModel().requestedProperty().get().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void maximise(String view) {
        focus(ViewFocus.valueOf(view.toUpperCase(Locale.ROOT)));
    }

    @Override
    public String tab() {
        return tabs.getSelectionModel().getSelectedItem().getId().replace(TAB_SUFFIX, "");
    }

    @Override
    public void showTab(String tab) {
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getId().equals(tab + TAB_SUFFIX))
                .findFirst().orElse(tabs.getTabs().get(0)));
    }

    @Override
    public void addListener(Runnable onChange) {
        columns.layoutModel().requestedProperty().addListener(changed -> onChange.run());
        tabs.getSelectionModel().selectedItemProperty().addListener(changed -> onChange.run());
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

    public TrainingView trainingView() {
        return trainingView;
    }

    public SweepView sweepView() {
        return sweepView;
    }

    /** The Run tab's content (the tab itself appears once a run is open). */
    public RunView runView() {
        return runView;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The problem banner's message while it is open, empty otherwise. */
    public String problemShown() {
        return banner.text();
    }
}
