package org.agenticrl.app.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Scrolling;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.runs.StepSummary;
import org.jfree.data.Range;

/**
 * The run at a glance, per training step: the reward's mean with its p10 to p90 band (and the validation steps', and a
 * compared run's, under one legend); the accuracy and each named reward function as curves of their own; the mean
 * response length; the samples per step. Clicking any chart opens the nearest step. A chart with nothing to draw is
 * replaced by a sentence saying what the run lacks. A run of fewer than {@value RunOverview#CURVE_STEPS} steps draws
 * the distributions of its rewards and response lengths instead of lines of a dot or two, with its steps' figures.
 */
final class RunOverviewView extends GridPane {
    private final StepChart reward = new StepChart("reward: mean, p10\u2013p90 band", "run-reward-chart", null);
    private final StepChart parts = new StepChart("accuracy and reward functions", "run-parts-chart", null);
    private final StepChart length = new StepChart("mean response length (characters)", "run-length-chart", null);
    private final StepChart samples = new StepChart("samples per step", "run-samples-chart", null);
    private final List<StepChart> charts = List.of(reward, parts, length, samples);
    private final ValueHistogram rewards = new ValueHistogram("rewards of each step's samples", "reward",
            "run-reward-distribution");
    private final ValueHistogram lengths = new ValueHistogram("response lengths (characters)", "characters",
            "run-length-distribution");
    private final List<StackPane> slots = List.of(new StackPane(), new StackPane(), new StackPane(), new StackPane());

    RunOverviewView(LongConsumer openStep) {
        setId("run-overview");
        getStyleClass().add(Styles.VIEW);
        setHgap(8);
        setVgap(8);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).onStepClicked(openStep);
            add(slots.get(i), i % 2, i / 2);
        }
    }

    /** Draws the run, with the compared run's curves beside its own (null: none) and a small run's distributions. */
    void show(RunOverview overview, RunOverview compared, List<StepValues> distributions) {
        if (overview != null && overview.small()) {
            showSmall(overview, distributions);
            return;
        }
        List<StepSummary> steps = overview == null ? List.of() : overview.steps();
        String own = compared == null || overview == null ? "" : ": " + overview.name();
        List<StepChart.Curve> rewardCurves = new ArrayList<>(List.of(new StepChart.Curve("reward" + own,
                StepSummary::rewardMean, step -> new Range(step.rewardP10(), step.rewardP90()))));
        if (overview != null && !overview.validationSteps().isEmpty()) {
            rewardCurves.add(new StepChart.Curve("validation reward" + own, overview.validationSteps(),
                    StepSummary::rewardMean, null));
        }
        List<StepChart.Curve> partCurves = partCurves(overview, own);
        if (compared != null) {
            String theirs = ": " + compared.name();
            rewardCurves.add(new StepChart.Curve("reward" + theirs, compared.steps(), StepSummary::rewardMean, null));
            partCurves.addAll(partCurves(compared, theirs));
        }
        reward.show(steps, rewardCurves);
        parts.show(steps, partCurves);
        length.show(steps, List.of(new StepChart.Curve("response length", StepSummary::meanResponseLength, null)));
        samples.show(steps, List.of(new StepChart.Curve("samples", step -> (double) step.samples(), null)));
        boolean lengthsKnown = steps.stream().anyMatch(step -> Double.isFinite(step.meanResponseLength()));
        place(0, reward.node(), null);
        place(1, parts.node(), partCurves.isEmpty() && overview != null ? "This run logs no accuracy and no named reward "
                + "functions: verl writes them when its reward function returns extra keys, TRL one column per reward "
                + "function, inspect_ai one per scorer." : null);
        place(2, length.node(), !lengthsKnown && overview != null ? "The response lengths are not known yet: this "
                + "log's summaries hold no responses; a step's samples show theirs in the Step view." : null);
        place(3, samples.node(), null);
        spanBottomRow(false);
    }

    private static List<StepChart.Curve> partCurves(RunOverview overview, String suffix) {
        List<StepChart.Curve> curves = new ArrayList<>();
        if (overview == null) {
            return curves;
        }
        List<StepSummary> steps = overview.steps();
        if (overview.hasAccuracy()) {
            curves.add(new StepChart.Curve("accuracy" + suffix, steps, StepSummary::accuracy, null));
        }
        overview.namedRewards().forEach(name -> curves.add(new StepChart.Curve(name + suffix, steps,
                step -> step.namedRewards().get(name), null)));
        return curves;
    }

    private void showSmall(RunOverview overview, List<StepValues> distributions) {
        Map<String, double[]> rewardSeries = new LinkedHashMap<>();
        Map<String, double[]> lengthSeries = new LinkedHashMap<>();
        for (StepValues values : distributions) {
            rewardSeries.put("step " + values.step(), values.rewards());
            lengthSeries.put("step " + values.step(), values.lengths());
        }
        rewards.show(rewardSeries);
        lengths.show(lengthSeries);
        place(0, rewards.viewer(), null);
        place(1, lengths.viewer(), null);
        Label figures = new Label(figures(overview));
        figures.setId("run-small-figures");
        figures.setWrapText(true);
        figures.setMinHeight(Label.USE_PREF_SIZE);
        place(2, Scrolling.of(figures), null);
        spanBottomRow(true);
    }

    /** A small run's figures take the whole bottom row; the curves' two charts share it again. */
    private void spanBottomRow(boolean whole) {
        GridPane.setColumnSpan(slots.get(2), whole ? 2 : 1);
        slots.get(3).setVisible(!whole);
        slots.get(3).setManaged(!whole);
    }

    /** A small run's steps in words: why there are no curves, then each step's figures. */
    private static String figures(RunOverview overview) {
        if (overview.steps().isEmpty()) {
            return "This run holds no samples" + (overview.notes().isEmpty() ? "." : ": " + String.join("; ",
                    overview.notes()));
        }
        StringBuilder text = new StringBuilder(overview.steps().size() == 1 ? "One step" : overview.steps().size()
                + " steps").append(": too few for curves over the steps, so the distributions of the rewards and the "
                + "response lengths are drawn instead.");
        for (StepSummary step : overview.steps()) {
            text.append("\n\nstep ").append(step.step()).append(": ").append(Format.whole(step.samples()))
                    .append(" samples, reward mean ").append(Format.fixed(step.rewardMean(), 3)).append(" (p10 ")
                    .append(Format.fixed(step.rewardP10(), 3)).append(", p90 ").append(Format.fixed(step.rewardP90(), 3))
                    .append(')');
            if (step.accuracy() != null) {
                text.append(", accuracy ").append(Format.fixed(step.accuracy(), 3));
            }
            step.namedRewards().forEach((name, mean) -> text.append(", ").append(name).append(' ')
                    .append(Format.fixed(mean, 3)));
        }
        return text.toString();
    }

    /** Puts a chart in a slot, or in its place the sentence saying why it is not drawn. */
    private void place(int slot, Node chart, String lacks) {
        Node shown = chart;
        if (lacks != null) {
            Label sentence = Labels.subtitle(lacks);
            sentence.setWrapText(true);
            shown = sentence;
        }
        slots.get(slot).getChildren().setAll(shown);
    }

    void restyle(Palette palette, double scale) {
        charts.forEach(chart -> chart.restyle(palette, scale));
        rewards.restyle(palette, scale);
        lengths.restyle(palette, scale);
    }

    /** The charts, reward first. */
    List<StepChart> charts() {
        return charts;
    }

    /** The distributions drawn instead of the curves for a run of few steps. */
    List<ValueHistogram> distributions() {
        return List.of(rewards, lengths);
    }

    /** The reward chart, for export and tests. */
    StepChart rewardChart() {
        return reward;
    }
}
