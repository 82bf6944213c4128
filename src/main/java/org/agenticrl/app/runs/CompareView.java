package org.agenticrl.app.runs;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.ColumnConstraints;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.engine.runs.PromptGroup;
import org.agenticrl.engine.runs.Sample;

/**
 * The same prompt at an early and a late step side by side: each side's group mean and standard deviation, and
 * every response with its reward.
 */
final class CompareView extends VBox {
    private final GridPane columns = new GridPane();

    CompareView(CompareModel compare) {
        super(8);
        setId("run-compare");
        getStyleClass().add(Styles.VIEW);
        Label prompt = Labels.subtitle("");
        prompt.textProperty().bind(compare.promptProperty().map(p -> "Prompt: " + p)
                .orElse("Open a sample: its prompt is compared here at an early and a late step."));
        HBox choices = new HBox(8, new Label("Early step"), chooser(compare, compare.earlyProperty(), "run-compare-early"),
                new Label("Late step"), chooser(compare, compare.lateProperty(), "run-compare-late"));
        choices.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            columns.getColumnConstraints().add(column);
        }
        columns.setHgap(12);
        getChildren().addAll(Labels.title("What did training change?"), prompt, choices, columns);
        compare.sidesProperty().addListener((o, before, after) -> show(after));
    }

    private static ComboBox<Long> chooser(CompareModel compare, javafx.beans.property.ObjectProperty<Long> step,
                                          String id) {
        ComboBox<Long> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(compare.stepsProperty().get());
        compare.stepsProperty().addListener((o, before, after) -> {
            Long chosen = step.get();
            box.getItems().setAll(after);
            step.set(chosen);
        });
        box.valueProperty().bindBidirectional(step);
        return box;
    }

    private void show(List<CompareModel.Side> sides) {
        columns.getChildren().clear();
        for (int i = 0; i < sides.size(); i++) {
            columns.add(side(sides.get(i)), i, 0);
        }
    }

    private static VBox side(CompareModel.Side side) {
        VBox column = new VBox(6, Labels.title("Step " + side.step()));
        PromptGroup group = side.group();
        if (group == null) {
            column.getChildren().add(Labels.subtitle("This prompt has no sample at step " + side.step() + "."));
            return column;
        }
        column.getChildren().add(Labels.subtitle(group.samples().size() + " samples, reward mean "
                + Format.fixed(group.rewardMean(), 3) + ", std " + Format.fixed(group.rewardStd(), 3)));
        for (Sample sample : group.samples()) {
            Label response = new Label(sample.response());
            response.setWrapText(true);
            response.setMinHeight(Label.USE_PREF_SIZE);
            response.getStyleClass().add(Styles.MONO);
            VBox card = new VBox(4, sample.reward() == null ? Labels.subtitle("no reward")
                    : TurnCard.chip("reward " + Format.fixed(sample.reward(), 3), sample.reward()), response);
            card.getStyleClass().add(Styles.STEP_CARD);
            column.getChildren().add(card);
        }
        VBox.setVgrow(column, Priority.ALWAYS);
        return column;
    }
}
