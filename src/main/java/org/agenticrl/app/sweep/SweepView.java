package org.agenticrl.app.sweep;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Scrolling;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.controls.ValueField;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.sweep.SweepCell;
import org.agenticrl.engine.sweep.SweepParameter;
import org.agenticrl.engine.sweep.SweepPlan;
import org.jfree.chart.JFreeChart;

/**
 * The Sweep tab: the two axes and their values, the runs per cell, the metric, Sweep and Cancel with the progress on
 * the left; the heat map on the right, filling in as cells finish. Clicking a finished cell hands it to the window,
 * which puts its agent on screen. It only binds and forwards.
 */
public final class SweepView extends SplitPane {
    private final SweepModel sweep;
    private final HeatmapChart heatmap = new HeatmapChart();
    private final Label caption = Labels.subtitle("");

    /** @param picked what to do with a finished cell the user clicks (the window shows its agent) */
    public SweepView(SweepModel sweep, AppearanceModel appearance, Consumer<SweepCell> picked) {
        this.sweep = sweep;
        setId("sweep");
        VBox chartColumn = new VBox(6, Labels.title("Which agent each setting makes"), caption, heatmap.viewer());
        chartColumn.getStyleClass().add(Styles.VIEW);
        VBox.setVgrow(heatmap.viewer(), Priority.ALWAYS);
        heatmap.viewer().setMinHeight(240);
        heatmap.viewer().describedBy(sweep::heatmapTitle);
        getItems().addAll(Scrolling.of(controls()), chartColumn);
        setDividerPositions(0.3);
        heatmap.onClick(picked);
        sweep.planProperty().addListener((o, before, after) -> redraw());
        sweep.cellsProperty().addListener((o, before, after) -> redraw());
        sweep.metricProperty().addListener((o, before, after) -> redraw());
        appearance.themeProperty().addListener((o, before, after) -> restyle(appearance));
        appearance.textScaleProperty().addListener((o, before, after) -> restyle(appearance));
        restyle(appearance);
        redraw();
    }

    private VBox controls() {
        Label help = Labels.subtitle("Train a grid of two settings at once, every other setting the Training tab's, and "
                + "see which agent each one makes. Each cell is real training runs, measured on fresh live episodes as "
                + "train measures them.");
        GridPane axes = new GridPane();
        axes.setHgap(8);
        axes.setVgap(4);
        addAxis(axes, 0, "x (columns)", sweep.x(), "sweep-x");
        addAxis(axes, 3, "y (rows)", sweep.y(), "sweep-y");
        ValueField episodes = new ValueField("Episodes per run", "Training episodes of each run", sweep.episodes(), false)
                .typedOnly();
        episodes.setId("sweep-episodes");
        ValueField seeds = new ValueField("Seeds per cell", "Runs per cell, each from its own seed; the cell shows their "
                + "mean", sweep.seeds(), false).typedOnly();
        seeds.setId("sweep-seeds");
        ValueField evaluation = new ValueField("Evaluation episodes", "Fresh live episodes measuring each trained agent",
                sweep.evaluation(), false).typedOnly();
        evaluation.setId("sweep-evaluation");
        ValueField threads = new ValueField("Threads", "Worker threads; the cells come out the same on any number",
                sweep.threads(), false).typedOnly();
        threads.setId("sweep-threads");
        ComboBox<SweepMetric> metric = new ComboBox<>();
        metric.setId("sweep-metric");
        metric.getItems().setAll(SweepMetric.values());
        metric.valueProperty().bindBidirectional(sweep.metricProperty());
        metric.setTooltip(new Tooltip("What colours the cells; switching it trains nothing again"));
        Button start = new Button("Sweep");
        start.setId("sweep-start");
        start.setOnAction(event -> sweep.start());
        start.disableProperty().bind(sweep.running());
        Button cancel = new Button("Cancel");
        cancel.setId("sweep-cancel");
        cancel.setOnAction(event -> sweep.cancel());
        cancel.disableProperty().bind(sweep.running().not());
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(sweep.progressProperty());
        Label progressText = new Label();
        progressText.setId("sweep-progress");
        progressText.getStyleClass().add(Styles.MONO);
        progressText.textProperty().bind(Bindings.createStringBinding(() -> sweep.statusProperty().get().label()
                + (sweep.progressTextProperty().get().isEmpty() ? "" : " \u00b7 " + sweep.progressTextProperty().get()),
                sweep.statusProperty(), sweep.progressTextProperty()));
        progressText.setWrapText(true);
        Label click = Labels.subtitle("Click a finished cell: its agent goes on screen in the Episode tab (a fresh "
                + "episode plays) and its curve onto the Training tab's charts, pinned.");
        FlowPane buttons = new FlowPane(8, 6, start, cancel, new Label("Colour by"), metric);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox controls = new VBox(6, Labels.title("Sweep"), help, axes, episodes, seeds, evaluation, threads, buttons,
                progress, progressText, click);
        controls.getStyleClass().add(Styles.VIEW);
        controls.setId("sweep-controls");
        return controls;
    }

    private static void addAxis(GridPane grid, int row, String name, AxisInput axis, String id) {
        ComboBox<SweepParameter> parameter = new ComboBox<>();
        parameter.setId(id + "-parameter");
        parameter.getItems().setAll(SweepParameter.values());
        parameter.setConverter(new StringConverter<>() {
            @Override
            public String toString(SweepParameter value) {
                return value == null ? "" : value.id();
            }

            @Override
            public SweepParameter fromString(String text) {
                return SweepParameter.valueOf(text.toUpperCase(java.util.Locale.ROOT));
            }
        });
        parameter.valueProperty().bindBidirectional(axis.parameterProperty());
        parameter.setTooltip(new Tooltip("The setting along this axis"));
        TextField values = new TextField();
        values.setId(id + "-values");
        values.getStyleClass().add(Styles.MONO);
        values.textProperty().bindBidirectional(axis.textProperty());
        values.setTooltip(new Tooltip("The values, separated by commas"));
        axis.problemProperty().addListener((o, before, after) -> values.pseudoClassStateChanged(Styles.INVALID,
                !after.isEmpty()));
        Label problem = new Label();
        problem.getStyleClass().add(Styles.FIELD_ERROR);
        problem.setWrapText(true);
        problem.textProperty().bind(axis.problemProperty());
        Styles.showWhen(problem, axis.problemProperty().isNotEmpty());
        Label label = new Label(name);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(parameter, 1, row);
        grid.add(values, 0, row + 1, 2, 1);
        grid.add(problem, 0, row + 2, 2, 1);
        GridPane.setHgrow(values, Priority.ALWAYS);
    }

    private void redraw() {
        SweepPlan plan = sweep.planProperty().get();
        heatmap.show(plan, sweep.cellsProperty().get(), sweep.metricProperty().get());
        caption.setText(plan == null ? "Set the axes and press Sweep; the cells fill in as they finish."
                : "Each cell: the mean over " + plan.seeds() + " seeds of " + sweep.metricProperty().get().label()
                        + " after " + plan.episodes() + " training episodes, on " + plan.evaluationEpisodes()
                        + " fresh live episodes. Outlined: the notebook's own setting. Hover a cell for every seed.");
    }

    private void restyle(AppearanceModel appearance) {
        heatmap.restyle(Palette.of(appearance.themeProperty().get()), appearance.textScaleProperty().get());
    }

    /** The heat map's chart, for export. */
    public JFreeChart heatmapChart() {
        return heatmap.chart();
    }

    /** The node the heat map is drawn in, for export and tests. */
    public ChartView heatmapViewer() {
        return heatmap.viewer();
    }
}
