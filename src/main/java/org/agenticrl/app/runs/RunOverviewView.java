package org.agenticrl.app.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.runs.StepSummary;
import org.jfree.data.Range;

/**
 * The run at a glance, per training step: the reward's mean with its p10 to p90 band; the accuracy and each named
 * reward function (TRL) as curves of their own; the mean response length; the samples per step. Clicking any chart
 * opens the nearest step.
 */
final class RunOverviewView extends GridPane {
    private final StepChart reward = new StepChart("reward: mean, p10\u2013p90 band", "run-reward-chart", null);
    private final StepChart parts = new StepChart("accuracy and reward functions", "run-parts-chart", null);
    private final StepChart length = new StepChart("mean response length (characters)", "run-length-chart", null);
    private final StepChart samples = new StepChart("samples per step", "run-samples-chart", null);
    private final List<StepChart> charts = List.of(reward, parts, length, samples);

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
            add(charts.get(i).node(), i % 2, i / 2);
        }
    }

    void show(RunOverview overview) {
        List<StepSummary> steps = overview == null ? List.of() : overview.steps();
        reward.show(steps, List.of(new StepChart.Curve("reward", StepSummary::rewardMean,
                step -> new Range(step.rewardP10(), step.rewardP90()))));
        List<StepChart.Curve> partCurves = new ArrayList<>();
        if (overview != null && overview.hasAccuracy()) {
            partCurves.add(new StepChart.Curve("accuracy", StepSummary::accuracy, null));
        }
        if (overview != null) {
            overview.namedRewards().forEach(name -> partCurves.add(new StepChart.Curve(name,
                    step -> step.namedRewards().get(name), null)));
        }
        parts.show(steps, partCurves);
        length.show(steps, List.of(new StepChart.Curve("response length", StepSummary::meanResponseLength, null)));
        samples.show(steps, List.of(new StepChart.Curve("samples", step -> (double) step.samples(), null)));
    }

    void restyle(Palette palette, double scale) {
        charts.forEach(chart -> chart.restyle(palette, scale));
    }

    /** The charts, reward first. */
    List<StepChart> charts() {
        return charts;
    }

    /** The reward chart, for export and tests. */
    StepChart rewardChart() {
        return reward;
    }
}
