package org.agenticrl.app.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.runs.PromptGroup;
import org.agenticrl.engine.runs.Sample;
import org.agenticrl.engine.runs.StepSummary;
import org.jfree.data.Range;

/**
 * One prompt followed across the run: its group's reward mean with a band of one standard deviation either side at
 * every step that has it (click a step to open it), and below, step by step, the group's mean and spread and every
 * completion with its reward and advantage.
 */
final class PromptView extends VBox {
    private static final int SHOWN = 400;

    private final StepChart chart = new StepChart("this prompt's group: reward mean, \u00b11 std band",
            "run-prompt-chart", null);
    private final ListView<PromptModel.Visit> steps = new ListView<>();

    PromptView(PromptModel prompts, LongConsumer openStep) {
        super(8);
        setId("run-prompt");
        getStyleClass().add(Styles.VIEW);
        Label prompt = Labels.subtitle("");
        prompt.setId("run-prompt-text");
        prompt.setWrapText(true);
        prompt.setMaxHeight(120);
        prompt.textProperty().bind(prompts.promptProperty().map(p -> "Prompt: " + abbreviate(p))
                .orElse("Open a sample: its prompt is followed here across every step of the run."));
        chart.onStepClicked(openStep);
        chart.node().setPrefHeight(260);
        steps.setId("run-prompt-steps");
        steps.setCellFactory(list -> new VisitCell());
        VBox.setVgrow(steps, Priority.ALWAYS);
        getChildren().addAll(Labels.title("Follow a prompt"), prompt, chart.node(), steps);
        prompts.visitsProperty().addListener((o, before, after) -> show(after));
    }

    private void show(List<PromptModel.Visit> visits) {
        Map<Long, PromptGroup> byStep = new LinkedHashMap<>();
        visits.forEach(visit -> byStep.put(visit.step(), visit.group()));
        List<StepSummary> summaries = visits.stream().map(visit -> new StepSummary(visit.step(),
                visit.group().samples().size(), visit.group().rewardMean(), Double.NaN, Double.NaN, null, Map.of(),
                Double.NaN)).toList();
        chart.show(summaries, List.of(new StepChart.Curve("group reward mean", StepSummary::rewardMean, step -> {
            PromptGroup group = byStep.get(step.step());
            return new Range(group.rewardMean() - group.rewardStd(), group.rewardMean() + group.rewardStd());
        })));
        steps.getItems().setAll(visits);
    }

    void restyle(Palette palette, double scale) {
        chart.restyle(palette, scale);
    }

    /** A step of the prompt: the group's figures, then each completion with its reward and advantage. */
    private static final class VisitCell extends ListCell<PromptModel.Visit> {
        @Override
        protected void updateItem(PromptModel.Visit visit, boolean empty) {
            super.updateItem(visit, empty);
            if (empty || visit == null) {
                setGraphic(null);
                return;
            }
            PromptGroup group = visit.group();
            VBox box = new VBox(4, Labels.title("Step " + visit.step()), Labels.subtitle(group.samples().size()
                    + (group.samples().size() == 1 ? " sample" : " samples") + ", reward mean "
                    + Format.fixed(group.rewardMean(), 3) + ", std " + Format.fixed(group.rewardStd(), 3)
                    + "; advantage " + group.source().label()));
            for (int i = 0; i < group.samples().size(); i++) {
                Sample sample = group.samples().get(i);
                double advantage = group.advantages().get(i);
                FlowPane chips = new FlowPane(6, 4);
                chips.getChildren().add(sample.reward() == null ? Labels.subtitle("no reward")
                        : TurnCard.chip("reward " + Format.fixed(sample.reward(), 3), sample.reward()));
                if (Double.isFinite(advantage)) {
                    chips.getChildren().add(TurnCard.chip("advantage " + Format.signed(advantage, 3), advantage));
                }
                Label completion = new Label(abbreviate(sample.response()));
                completion.setWrapText(true);
                completion.setMinHeight(Label.USE_PREF_SIZE);
                completion.getStyleClass().add(Styles.MONO);
                VBox card = new VBox(4, chips, completion);
                card.getStyleClass().add(Styles.STEP_CARD);
                box.getChildren().add(card);
            }
            box.setMaxWidth(getListView() == null ? Double.MAX_VALUE : getListView().getWidth() - 30);
            setGraphic(box);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "\u2026";
    }

    /** The group's chart across the steps. */
    StepChart chart() {
        return chart;
    }
}
