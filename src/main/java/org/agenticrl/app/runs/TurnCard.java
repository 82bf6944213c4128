package org.agenticrl.app.runs;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.engine.runs.Turn;

/**
 * One turn of a multi-step sample, drawn like the Episode tab's step cards: what the agent saw, thought and did, the
 * tool it called with the answer, and the turn's reward as a chip. Parts the format did not record are left out.
 */
final class TurnCard extends VBox {
    TurnCard(int number, Turn turn) {
        getStyleClass().add(Styles.STEP_CARD);
        Label title = new Label("Turn " + number);
        title.getStyleClass().add(Styles.STEP_TITLE);
        getChildren().add(title);
        if (turn.observation() != null) {
            Label observation = text(turn.observation());
            observation.getStyleClass().addAll(Styles.OBSERVATION, Styles.MONO);
            getChildren().add(observation);
        }
        if (turn.thought() != null) {
            getChildren().add(text(turn.thought()));
        }
        if (turn.action() != null) {
            Label action = text(turn.action());
            action.getStyleClass().add(Styles.MONO);
            getChildren().add(action);
        }
        if (turn.tool() != null || turn.toolOutput() != null) {
            Label tool = text((turn.tool() == null ? "" : "\u2192 " + turn.tool() + "   ")
                    + (turn.toolOutput() == null ? "" : "\u21d2   " + turn.toolOutput()));
            tool.getStyleClass().add(Styles.TOOL_CALL);
            getChildren().add(tool);
        }
        if (turn.reward() != null) {
            getChildren().add(new FlowPane(6, 4, chip("reward " + Format.signed(turn.reward(), 2), turn.reward())));
        }
    }

    private static Label text(String content) {
        Label label = new Label(content);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** A reward as a chip, green when positive, orange when zero or negative. */
    static Label chip(String text, double value) {
        Label chip = new Label(text);
        chip.getStyleClass().add(Styles.CHIP);
        Styles.sign(chip, value > 0);
        return chip;
    }
}
