package org.agenticrl.app.runs;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.chart.DistributionChart;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Palette;
import org.jfree.chart.JFreeChart;

/**
 * The Run tab: the run's format, source and size with Follow, what its reader noted, and the run it is compared with
 * (with Stop comparing), over five views: the overview (click a step), the step's samples (double-click one), the
 * sample, its prompt followed across the steps, and what was skipped. A run of one step opens on that step. It only
 * binds and forwards.
 */
public final class RunView extends BorderPane {
    private final RunOverviewView overview;
    private final StepView step;
    private final SampleView sample;
    private final PromptView prompt;
    private final TabPane views = new TabPane();
    private final Tab stepTab;
    private final Tab sampleTab;

    public RunView(RunModel runs, AppearanceModel appearance) {
        setId("run");
        Label source = Labels.title("");
        source.setId("run-title");
        source.textProperty().bind(runs.overviewProperty().map(RunOverview::describe).orElse(""));
        Label path = Labels.subtitle("");
        path.textProperty().bind(runs.overviewProperty().map(run -> run.source().toString()).orElse(""));
        CheckBox follow = new CheckBox("Follow");
        follow.setId("run-follow");
        follow.setTooltip(new Tooltip("Watch the run's files and show new steps while it is being written"));
        follow.selectedProperty().bindBidirectional(runs.followingProperty());
        source.setWrapText(true);
        follow.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox firstLine = new HBox(12, source, gap, follow);
        firstLine.setAlignment(Pos.CENTER_LEFT);
        Label notes = Labels.subtitle("");
        notes.setId("run-notes");
        notes.setWrapText(true);
        notes.textProperty().bind(runs.overviewProperty().map(run -> String.join("\n", run.notes())).orElse(""));
        Styles.showWhen(notes, notes.textProperty().isNotEmpty());
        Label compared = Labels.subtitle("");
        compared.setId("run-compared");
        compared.setWrapText(true);
        compared.textProperty().bind(runs.comparedProperty().map(other -> "Compared with " + other.describe() + "  "
                + other.source()).orElse(""));
        Button stop = new Button("Stop comparing");
        stop.setId("run-stop-comparing");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.setOnAction(event -> runs.stopComparing());
        HBox comparison = new HBox(12, compared, stop);
        comparison.setAlignment(Pos.CENTER_LEFT);
        Styles.showWhen(comparison, runs.comparedProperty().isNotNull());
        VBox header = new VBox(4, firstLine, path, notes, comparison);
        header.getStyleClass().add(Styles.VIEW);
        overview = new RunOverviewView(number -> {
            runs.openStep(number);
            showStep();
        });
        step = new StepView(runs.step(), row -> {
            runs.openSample(row);
            showSample();
        });
        sample = new SampleView(runs.sample());
        prompt = new PromptView(runs.prompts(), number -> {
            runs.openStep(number);
            showStep();
        });
        overview.charts().forEach(chart -> chart.viewer().describedBy(() -> runs.overviewChartTitle(chart.title())));
        overview.distributions().forEach(chart -> chart.viewer().describedBy(() -> runs.overviewChartTitle(
                chart.title())));
        prompt.chart().viewer().describedBy(runs::promptChartTitle);
        step.histogram().describedBy(runs::stepChartTitle);
        sample.alternativesChart().viewer().rename("run-alternatives-chart", "Run: next-token alternatives");
        sample.alternativesChart().viewer().describedBy(runs::sampleChartTitle);
        Tab overviewTab = tab("Overview", overview, "run-overview-tab");
        stepTab = tab("Step", step, "run-step-tab");
        sampleTab = tab("Sample", sample, "run-sample-tab");
        views.getTabs().addAll(overviewTab, stepTab, sampleTab,
                tab("Prompt", prompt, "run-prompt-tab"),
                tab("Skipped", new SkippedView(runs.overviewProperty()), "run-skipped-tab"));
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(header);
        setCenter(views);
        Runnable redraw = () -> overview.show(runs.overviewProperty().get(), runs.comparedProperty().get(),
                runs.distributionsProperty().get());
        runs.overviewProperty().addListener((o, before, after) -> {
            redraw.run();
            boolean newRun = after != null && (before == null || !before.source().equals(after.source()));
            if (newRun) {
                views.getSelectionModel().select(after.steps().size() == 1 ? stepTab : views.getTabs().get(0));
            }
        });
        views.getTabs().get(3).selectedProperty().addListener((o, before, after) ->
                runs.prompts().shownProperty().set(after));
        runs.comparedProperty().addListener((o, before, after) -> redraw.run());
        runs.distributionsProperty().addListener((o, before, after) -> redraw.run());
        redraw.run();
        if (runs.overviewProperty().get() != null && runs.overviewProperty().get().steps().size() == 1) {
            views.getSelectionModel().select(stepTab);
        }
        appearance.themeProperty().addListener((o, before, after) -> restyle(appearance));
        appearance.textScaleProperty().addListener((o, before, after) -> restyle(appearance));
        restyle(appearance);
    }

    private static Tab tab(String name, javafx.scene.Node content, String id) {
        Tab tab = new Tab(name, content);
        tab.setId(id);
        return tab;
    }

    private void restyle(AppearanceModel appearance) {
        Palette palette = Palette.of(appearance.themeProperty().get());
        double scale = appearance.textScaleProperty().get();
        overview.restyle(palette, scale);
        step.restyle(palette, scale);
        sample.restyle(palette, scale);
        prompt.restyle(palette, scale);
    }

    /** Shows a view by its tab id without the suffix: overview, step, sample, prompt or skipped. */
    public void showView(String view) {
        views.getTabs().stream().filter(tab -> tab.getId().equals("run-" + view + "-tab")).findFirst()
                .ifPresent(views.getSelectionModel()::select);
    }

    /** The view shown, by its tab id without the suffix (overview, step, sample, prompt or skipped). */
    public String shownView() {
        String id = views.getSelectionModel().getSelectedItem().getId();
        return id.substring("run-".length(), id.length() - "-tab".length());
    }

    private void showStep() {
        views.getSelectionModel().select(stepTab);
    }

    private void showSample() {
        views.getSelectionModel().select(sampleTab);
    }

    /** The overview's reward chart, for export. */
    public JFreeChart rewardChart() {
        return overview.rewardChart().chart();
    }

    /** The node the reward chart is drawn in, for export and tests. */
    public ChartView rewardViewer() {
        return overview.rewardChart().viewer();
    }

    /** The next-token chart of the sample's selected token, for tests. */
    public DistributionChart alternativesChart() {
        return sample.alternativesChart();
    }

    /** The number of points the overview's reward chart draws, for tests. */
    public int rewardPoints() {
        return overview.rewardChart().points();
    }
}
