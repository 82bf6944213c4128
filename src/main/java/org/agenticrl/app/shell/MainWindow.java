package org.agenticrl.app.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.Cursor;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.agenticrl.app.chart.ChartRequest;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.chart.ChartViewers;
import org.agenticrl.app.chart.EnlargedChart;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.controls.FocusMarks;
import org.agenticrl.app.controls.GlossaryRequest;
import org.agenticrl.app.controls.Scrolling;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.distribution.DistributionView;
import org.agenticrl.app.episode.ComparisonView;
import org.agenticrl.app.episode.TimelineView;
import org.agenticrl.app.glossary.Glossary;
import org.agenticrl.app.glossary.GlossaryModel;
import org.agenticrl.app.glossary.GlossaryView;
import org.agenticrl.app.lesson.ChapterCheck;
import org.agenticrl.app.lesson.EvidenceRing;
import org.agenticrl.app.lesson.LessonBand;
import org.agenticrl.app.lesson.LessonEditor;
import org.agenticrl.app.lesson.LessonMenu;
import org.agenticrl.app.lesson.LessonModel;
import org.agenticrl.app.objective.ObjectivePanel;
import org.agenticrl.app.presenter.PresenterMenu;
import org.agenticrl.app.presenter.PresenterModel;
import org.agenticrl.app.presenter.PresenterWindow;
import org.agenticrl.app.runs.RunOpeningBar;
import org.agenticrl.app.runs.RunView;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.scenario.ScenarioPicker;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.session.WindowState;
import org.agenticrl.app.sweep.SweepView;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Stylesheets;
import org.agenticrl.app.training.TrainingView;

/**
 * The window's content: the menus, the problem banner, a run's opening progress, the tabs (Episode with its three
 * views, Training, Sweep, for scenarios with a traditional model the side-by-side comparison, and once a real run is
 * open the Run tab), the lesson band and editor, the status bar, a chart across the whole window and the cheat-sheet
 * overlay; the glossary and About windows, and every chart's context menu (copy, PNG, SVG, across the window). It
 * places the features' views and forwards window actions, such as a glossary link's request for its entry; it holds
 * no state of its own.
 * The tabs behind the Episode tab build their views when first shown (or asked for), which keeps them off the
 * window's start-up.
 */
public final class MainWindow extends StackPane implements WindowState {
    private final TimelineView timeline;
    private final DistributionView distribution;
    private final ObjectivePanel objective;
    private final EpisodeColumns columns;
    private final CheatSheet cheatSheet = new CheatSheet();
    private final LazyTab<TrainingView> training;
    private final LazyTab<SweepView> sweep;
    private final LazyTab<RunView> run;
    private final List<LazyTab<?>> lazyTabs;
    private final Tab episodeTab;
    private final TabPane tabs;
    private final EnlargedChart enlarged = new EnlargedChart();
    private final ProblemBanner banner;
    private final LessonBand band;
    private final LessonModel lessons;
    private final EvidenceRing ring;
    private static final String TAB_SUFFIX = "-tab";
    private final Lazy<GlossaryModel> glossaryModel;
    private final Lazy<ToolWindow> glossaryWindow;
    private final Lazy<ToolWindow> aboutWindow;
    private final Lazy<PresenterWindow> presenterWindow;


    /**
     * @param openFile opens a recent file: a session or a scenario
     * @param lesson the session's lesson: its band, editor, menu and hidden controls
     * @param presenter the lesson's presenter view, for a lecture with a second screen
     */
    public MainWindow(SessionModel model, AppearanceModel appearance, RecentFiles recent, ExportActions export,
                      SessionActions sessions, Consumer<Path> openFile, LessonModel lesson, PresenterModel presenter) {
        setId("main-window");
        timeline = new TimelineView(model.episode(), model.playback(), model.selection(),
                new ScenarioPicker(model.scenarios()));
        distribution = new DistributionView(model.episode(), model.selection(), model.preview(), appearance);
        objective = new ObjectivePanel(model.objective(), appearance);
        columns = new EpisodeColumns(timeline, Scrolling.of(distribution), Scrolling.of(objective), appearance,
                lesson.presentingProperty(), model::report);
        distribution.aloneProperty().bind(columns.layoutModel().shownProperty().isEqualTo(ViewFocus.TOKENS));
        episodeTab = new Tab("Episode", columns);
        episodeTab.setId("episode-tab");
        tabs = new TabPane(episodeTab);
        Runnable watchOnEpisodeTab = () -> {
            tabs.getSelectionModel().select(episodeTab);
            model.watchFreshEpisode();
        };
        training = new LazyTab<>("Training", "training-tab", () -> {
            TrainingView view = new TrainingView(model.training(), model.drift(), model.objective()::settings,
                    appearance, watchOnEpisodeTab);
            ControlHiding.bind(List.of(view), ControlHiding.ON_TRAINING_TAB, lesson.hidden());
            return view;
        });
        sweep = new LazyTab<>("Sweep", "sweep-tab", () -> new SweepView(model.sweep(), appearance, cell -> {
            model.sweep().load(cell);
            watchOnEpisodeTab.run();
        }));
        tabs.getTabs().addAll(training.tab(), sweep.tab());
        LazyTab<ComparisonView> comparison = new LazyTab<>("Traditional vs agentic", "comparison-tab",
                () -> new ComparisonView(model.episode()));
        Tab comparisonTab = comparison.tab();
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
        run = new LazyTab<>("Run", "run-tab", () -> new RunView(model.runs(), appearance));
        lazyTabs = List.of(training, sweep, comparison, run);
        Tab runTab = run.tab();
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
        MenuBar menus = new MainMenus(model, appearance, recent, export, this, sessions, openFile).build();
        presenterWindow = new Lazy<>(() -> new PresenterWindow(presenter, (Stage) getScene().getWindow(), appearance));
        menus.getMenus().add(menus.getMenus().size() - 1, LessonMenu.of(lesson,
                PresenterMenu.item(presenter, () -> presenterWindow.get().open())));
        main.setTop(menus);
        lessons = lesson;
        band = new LessonBand(lesson);
        StatusBar status = new StatusBar(model);
        Styles.showWhen(status, lesson.presentingProperty().not());
        main.setBottom(new VBox(band, status));
        InvalidationListener fallBack = chapter -> lesson.focusProperty().get().ifPresent(columns::fallBackToViewOf);
        lesson.currentProperty().addListener(fallBack);
        lesson.presentingProperty().addListener(fallBack);
        main.setRight(new LessonEditor(lesson, sessions::save, () -> FocusMarks.available(main)));
        ControlHiding.bind(List.of(timeline, distribution, objective), ControlHiding.ON_EPISODE_TAB, lesson.hidden());
        ring = new EvidenceRing(main, lesson.focusProperty(),
                () -> appearance.textScaleProperty().get() * Stylesheets.BASE_FONT, lesson.currentProperty(),
                lesson.presentingProperty());
        getChildren().addAll(main, ring, enlarged, cheatSheet);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> enlarged.close());
        pointAtClicks(lesson);
        glossaryModel = new Lazy<>(() -> new GlossaryModel(Glossary.builtIn()));
        glossaryWindow = new Lazy<>(() -> new ToolWindow("Glossary", new GlossaryView(glossaryModel.get(), appearance),
                appearance, 900, 560));
        aboutWindow = new Lazy<>(() -> new ToolWindow("About Agentic RL Visualizer", new AboutBox(), appearance, 640, 600));
        addEventHandler(GlossaryRequest.OPEN, request -> {
            if (!glossaryModel.get().open(request.term())) {
                model.report(StatusMessage.error("The glossary has no entry '" + request.term() + "'"));
            }
            showGlossary();
        });
        addEventHandler(ChartRequest.ANY, request -> {
            switch (request.action()) {
                case COPY_PICTURE -> export.copyChart(request.viewer());
                case EXPORT_PNG -> export.exportChart(request.viewer(), ExportActions.PictureFormat.PNG);
                case EXPORT_SVG -> export.exportChart(request.viewer(), ExportActions.PictureFormat.SVG);
                case ACROSS_WINDOW -> enlarged.toggle(request.viewer());
            }
        });
    }

    /**
     * While the lesson waits to be shown what its chapter points at, a click on a marked node (a token bar, a step card,
     * a chip, a row, a term, a chart) is taken as the answer and goes no further; the cursor is a cross meanwhile.
     */
    private void pointAtClicks(LessonModel lesson) {
        addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (!lesson.pointingProperty().get() || !(event.getTarget() instanceof Node target)) {
                return;
            }
            FocusMarks.at(target, event.getSceneX(), event.getSceneY()).ifPresent(focus -> {
                lesson.pointed(focus);
                event.consume();
            });
        });
        cursorProperty().bind(Bindings.when(lesson.pointingProperty()).then(Cursor.CROSSHAIR)
                .otherwise((Cursor) null));
    }

    /** Opens the glossary window (or brings it to the front) at the entry it shows. */
    public void showGlossary() {
        glossaryWindow.get().show(getScene() == null ? null : getScene().getWindow());
    }

    /** Opens the About box. */
    public void showAbout() {
        aboutWindow.get().show(getScene() == null ? null : getScene().getWindow());
    }

    /** The presenter view's window (made now if it was never opened). */
    public Stage presenterWindow() {
        return presenterWindow.get().stage();
    }

    /** The glossary's list and the entry it shows. */
    public GlossaryModel glossary() {
        return glossaryModel.get();
    }

    /** Whether the glossary window is open. */
    public boolean glossaryShown() {
        return glossaryWindow.made() && glossaryWindow.get().isShowing();
    }

    /** The About box's window. */
    public Stage aboutWindow() {
        return aboutWindow.get().stage();
    }

    /** The glossary's window. */
    public Stage glossaryWindow() {
        return glossaryWindow.get().stage();
    }

    /** What the selected tab shows. */
    public Node currentView() {
        return tabs.getSelectionModel().getSelectedItem().getContent();
    }

    /** A tab's charts, as File ▸ Export lists them. */
    public record TabCharts(String tab, List<ChartView> charts) {
    }

    /**
     * Every chart of the window, tab by tab in the tabs' order: the Episode tab's (all three views, whichever are
     * shown), then each other tab's, built now if the tab was never shown (the Run tab's once a run is open); tabs
     * without charts are left out.
     */
    public List<TabCharts> chartsByTab() {
        List<TabCharts> all = new ArrayList<>();
        for (Tab tab : tabs.getTabs()) {
            List<ChartView> charts = tab == episodeTab
                    ? Stream.of(timeline, distribution, objective).flatMap(view -> ChartViewers.under(view).stream()).toList()
                    : lazyTabs.stream().filter(lazy -> lazy.tab() == tab).findFirst()
                            .map(lazy -> ChartViewers.under(lazy.view())).orElse(List.of());
            if (!charts.isEmpty()) {
                all.add(new TabCharts(tab.getText(), charts));
            }
        }
        return all;
    }

    /** The chart shown across the whole window (double-click, Z), over everything else while it is open. */
    public EnlargedChart enlargedChart() {
        return enlarged;
    }

    /**
     * Shows all three views, or one of them across the whole width, as the user asks (Ctrl+1 to 4); all three only where
     * they fit, and where they do not, the problem banner says why.
     */
    public void focus(ViewFocus view) {
        columns.ask(view);
    }

    /** What the Episode tab shows now. */
    public ViewFocus shownViews() {
        return columns.layoutModel().shownProperty().get();
    }

    @Override
    public String maximised() {
        return columns.layoutModel().requestedProperty().get().name().toLowerCase(Locale.ROOT);
    }

    /** As a lesson's chapter asks: all three where they do not fit falls back to one view without a word. */
    @Override
    public String shownView() {
        return shownViews().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void maximise(String view) {
        columns.layoutModel().request(ViewFocus.valueOf(view.toUpperCase(Locale.ROOT)));
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

    /** The Training tab's view, built now if the tab was never shown. */
    public TrainingView trainingView() {
        return training.view();
    }

    /** The Sweep tab's view, built now if the tab was never shown. */
    public SweepView sweepView() {
        return sweep.view();
    }

    /** The Run tab's content, built now if the tab was never shown (the tab itself appears once a run is open). */
    public RunView runView() {
        return run.view();
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The session's lesson. */
    public LessonModel lessons() {
        return lessons;
    }

    /** The lesson's caption band (shown while a lesson is presented). */
    public LessonBand lessonBand() {
        return band;
    }

    /** What the room sees of the chapter on screen (index counting from 0); call once its layout has settled. */
    public ChapterCheck checkChapter(int index) {
        return ChapterCheck.of(index, lessons, ring, this, band);
    }

    /** The ring around what the presented chapter points at. */
    public EvidenceRing evidenceRing() {
        return ring;
    }

    /** The problem banner's message while it is open, empty otherwise. */
    public String problemShown() {
        return banner.text();
    }
}
