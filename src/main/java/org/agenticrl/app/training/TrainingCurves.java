package org.agenticrl.app.training;

import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.app.theme.Stylesheets;
import org.agenticrl.engine.training.TrainingMetrics;
import org.jfree.data.Range;

/**
 * Six live curves against training episodes: mean return, success rate, L_RL, lambda1 L_SFT, lambda2 L_KL and the
 * exact KL to the reference; the current run solid, pinned runs dashed, with one legend for all six. The curves sit in
 * a {@link CurveGrid} whose cells are sized in ems of the text, so that a curve stays readable at any text size: two
 * side by side where each gets {@value #CHART_WIDTH_EMS} ems, each at least {@value #CHART_HEIGHT_EMS} ems (and
 * {@value #MIN_CHART_HEIGHT} px) tall; a column too short for them scrolls.
 */
final class TrainingCurves extends VBox {
    private record Metric(String id, String title, ToDoubleFunction<TrainingMetrics> value, Range range) {
    }

    static final double CHART_WIDTH_EMS = 16;
    static final double CHART_HEIGHT_EMS = 9.5;
    static final double MIN_CHART_HEIGHT = 120;
    private static final double GAP = 6;
    private static final Range RATE = new Range(0, 1);
    private static final List<Metric> METRICS = List.of(
            new Metric("mean-return", "Mean return", m -> m.batch().meanReturn(), null),
            new Metric("success-rate", "Success rate", m -> m.batch().successRate(), RATE),
            new Metric("rl", "L_RL (surrogate)", m -> m.loss().rl(), null),
            new Metric("sft", "\u03bb1 \u00b7 L_SFT", m -> m.loss().weightedSft(), null),
            new Metric("kl", "\u03bb2 \u00b7 L_KL", m -> m.loss().weightedKl(), null),
            new Metric("kl-to-reference", "KL to the reference (\u03a3 over tokens)", m -> m.loss().klToReference(), null));

    private final TrainingModel training;
    private final AppearanceModel appearance;
    private final List<CurveChart> charts;
    /** One row per run: a run's label can be long (its settings) and wraps rather than widening the column. */
    private final VBox legend = new VBox(2);
    private final CurveGrid grid;

    TrainingCurves(TrainingModel training, AppearanceModel appearance) {
        this.training = training;
        this.appearance = appearance;
        setId("training-curves");
        getStyleClass().add(Styles.VIEW);
        Label title = Labels.title("Learning curves");
        Label subtitle = Labels.subtitle("Each point is one update: the batch of live episodes it trained on, and its "
                + "loss. L_RL is a surrogate whose gradient is the policy gradient, so it rising towards 0 is not the "
                + "loss getting worse; the KL is summed over an episode's tokens, in nats.");
        charts = METRICS.stream().map(metric -> new CurveChart(metric.id(), metric.title(), metric.value(), metric.range())).toList();
        charts.forEach(chart -> chart.viewer().describedBy(() -> training.curveTitle(chart.title())));
        grid = new CurveGrid(charts.stream().map(CurveChart::node).toList(), GAP);
        grid.setId("curve-grid");
        VBox.setVgrow(grid, Priority.ALWAYS);
        CheckBox smooth = new CheckBox("Smooth");
        smooth.setId("smooth");
        smooth.setSelected(true);
        smooth.setMinWidth(USE_PREF_SIZE);
        smooth.setTooltip(new javafx.scene.control.Tooltip("An exponential moving average over updates; off shows each "
                + "update's batch as it was"));
        smooth.selectedProperty().addListener((o, was, on) -> charts.forEach(chart -> chart.setSmooth(on)));
        HBox options = new HBox(16, smooth, legend);
        options.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(legend, Priority.ALWAYS);
        getChildren().addAll(title, subtitle, options, grid);
        training.curveProperty().addListener((o, before, after) -> charts.forEach(chart -> chart.showCurrent(after)));
        charts.forEach(chart -> chart.showCurrent(training.curveProperty().get()));
        training.pins().addListener((ListChangeListener<PinnedRun>) change -> showPins());
        appearance.themeProperty().addListener((o, before, after) -> restyle());
        appearance.textScaleProperty().addListener((o, before, after) -> restyle());
        restyle();
    }

    private Palette palette() {
        return Palette.of(appearance.themeProperty().get());
    }

    private void restyle() {
        double scale = appearance.textScaleProperty().get();
        double em = Stylesheets.BASE_FONT * scale;
        grid.setCellSize(CHART_WIDTH_EMS * em, Math.max(MIN_CHART_HEIGHT, CHART_HEIGHT_EMS * em));
        charts.forEach(chart -> chart.restyle(palette(), scale));
        showPins();
    }

    private void showPins() {
        charts.forEach(chart -> chart.showPins(training.pins(), palette()));
        legend.getChildren().setAll(entry("this run", palette().current(), false));
        for (int p = 0; p < training.pins().size(); p++) {
            legend.getChildren().add(entry(training.pins().get(p).label(), PinColours.of(palette(), p), true));
        }
    }

    private static HBox entry(String text, String colour, boolean dashed) {
        Line swatch = new Line(0, 0, 24, 0);
        swatch.setStrokeWidth(3);
        swatch.setStyle("-fx-stroke: " + colour + ";");
        if (dashed) {
            swatch.getStrokeDashArray().addAll(6.0, 4.0);
        }
        Label label = new Label(text);
        label.getStyleClass().add(Styles.VARIANT_NOTE);
        label.setWrapText(true);
        label.setMinHeight(USE_PREF_SIZE);
        HBox row = new HBox(6, swatch, label);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The charts, in the order above, for tests. */
    List<CurveChart> charts() {
        return charts;
    }
}
