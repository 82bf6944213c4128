package org.agenticrl.app.runs;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.chart.DistributionChart;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Scrolling;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Palette;
import org.jfree.chart.JFreeChart;

/**
 * The Run tab: the run's format, source and size with Follow, over five views: the overview (click a step), the
 * step's samples (double-click one), the sample, the early/late comparison of its prompt, and what was skipped. It only
 * binds and forwards.
 */
public final class RunView extends BorderPane {
    private final RunOverviewView overview;
    private final StepView step;
    private final SampleView sample;
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
        HBox header = new HBox(12, source, path, follow);
        HBox.setHgrow(path, Priority.ALWAYS);
        path.setMaxWidth(Double.MAX_VALUE);
        header.setAlignment(Pos.CENTER_LEFT);
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
        overview.charts().forEach(chart -> chart.viewer().describedBy(() -> runs.overviewChartTitle(chart.title())));
        step.histogram().describedBy(runs::stepChartTitle);
        sample.alternativesChart().viewer().rename("run-alternatives-chart", "Run: next-token alternatives");
        sample.alternativesChart().viewer().describedBy(runs::sampleChartTitle);
        Tab overviewTab = tab("Overview", overview, "run-overview-tab");
        stepTab = tab("Step", step, "run-step-tab");
        sampleTab = tab("Sample", sample, "run-sample-tab");
        views.getTabs().addAll(overviewTab, stepTab, sampleTab,
                tab("Compare", Scrolling.of(new CompareView(runs.compare())), "run-compare-tab"),
                tab("Skipped", new SkippedView(runs.overviewProperty()), "run-skipped-tab"));
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(header);
        setCenter(views);
        runs.overviewProperty().addListener((o, before, after) -> overview.show(after));
        overview.show(runs.overviewProperty().get());
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
    }

    /** Shows a view by its tab id without the suffix: overview, step, sample, compare or skipped. */
    public void showView(String view) {
        views.getTabs().stream().filter(tab -> tab.getId().equals("run-" + view + "-tab")).findFirst()
                .ifPresent(views.getSelectionModel()::select);
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
