package org.agenticrl.app.runs;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.engine.runs.ToolCall;
import org.agenticrl.engine.runs.Turn;

/**
 * One turn of a real sample, drawn as the Episode tab draws a step: the turn's number and who spoke, what it observed,
 * what it wrote, each tool call as a line of its own (name and arguments; a call whose JSON was broken is marked and
 * kept as written), the tools' answer, and the turn's reward as a process-reward chip. Parts the format did not record
 * are left out. A system prompt longer than {@value #SYSTEM_SHOWN} characters is cut, the whole in its tooltip.
 */
final class TurnCard extends VBox {
    private static final int SYSTEM_SHOWN = 600;

    TurnCard(int number, Turn turn) {
        super(4);
        getStyleClass().add(Styles.STEP_CARD);
        setId("run-turn-" + number);
        Label title = new Label("Turn " + number);
        title.getStyleClass().add(Styles.STEP_TITLE);
        Label role = new Label(turn.role());
        role.getStyleClass().addAll(Styles.CHIP, Styles.CAPABILITY);
        HBox header = new HBox(8, title, role);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(header);
        if (turn.observation() != null && !turn.observation().isBlank()) {
            Label observation = text(turn.observation());
            observation.getStyleClass().addAll(Styles.OBSERVATION, Styles.MONO);
            getChildren().add(observation);
        }
        if (turn.text() != null && !turn.text().isBlank()) {
            getChildren().add(said(turn));
        }
        for (ToolCall call : turn.toolCalls()) {
            getChildren().add(callLine(call));
        }
        if (turn.toolResult() != null) {
            Label result = text("\u21d2   " + turn.toolResult());
            result.getStyleClass().addAll(Styles.TOOL_CALL, Styles.MONO);
            result.setId("run-tool-result");
            getChildren().add(result);
        }
        if (turn.reward() != null) {
            Label chip = chip("process reward " + Format.signed(turn.reward(), 2), turn.reward());
            chip.setId("run-turn-reward");
            getChildren().add(new FlowPane(6, 4, chip));
        }
    }

    private static Label said(Turn turn) {
        String text = turn.text();
        boolean cut = turn.role().equals("system") && text.length() > SYSTEM_SHOWN;
        Label said = text(cut ? text.substring(0, SYSTEM_SHOWN) + "\u2026 (" + Format.whole(text.length()
                - SYSTEM_SHOWN) + " more characters)" : text);
        if (cut) {
            said.setTooltip(new Tooltip(text));
        }
        if (!turn.role().equals("assistant")) {
            said.getStyleClass().add(Styles.MONO);
        }
        return said;
    }

    /** A tool call's line: "→ name(arguments)", or, for one whose JSON was broken, marked with the problem. */
    static Label callLine(ToolCall call) {
        Label line = text((call.parsed() ? "\u2192 " : "\u2717 ") + call.name() + "(" + call.arguments() + ")"
                + (call.parsed() ? "" : "   \u2014 " + call.problem()));
        line.getStyleClass().add(Styles.TOOL_CALL);
        line.pseudoClassStateChanged(Styles.FAILED, !call.parsed());
        return line;
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
