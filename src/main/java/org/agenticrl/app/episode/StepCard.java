package org.agenticrl.app.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.FocusMarks;
import org.agenticrl.app.controls.GlossaryLinks;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.History;
import org.agenticrl.engine.generation.TokenStep;
import org.agenticrl.engine.reward.RewardRule;
import org.agenticrl.engine.reward.StepStatus;
import org.agenticrl.engine.session.Focus;
import org.agenticrl.engine.text.Vocabulary;

/**
 * One step of the timeline: the observation, the generated tokens (each clickable), the tool call and its output,
 * the process reward's chips with their reasons, and the running reward. Built once per episode; playback only
 * changes what is visible, and selection only which token is highlighted.
 */
final class StepCard extends VBox {
    private final List<Label> tokens = new ArrayList<>();
    private final Label toolLine = new Label();
    private final FlowPane rewards = new FlowPane(6, 4);
    private final Label logProb = new Label();

    /**
     * @param note what the scripted agent does in this step, in words (the seed table's "Agent Action"), or null
     * @param runningReward the sum of process rewards up to and including this step
     * @param onTokenClicked receives the token's index within the step
     */
    StepCard(EpisodeStep step, Vocabulary vocabulary, String note, double runningReward, IntConsumer onTokenClicked) {
        getStyleClass().add(Styles.STEP_CARD);
        Label title = new Label("Step " + step.number());
        title.getStyleClass().add(Styles.STEP_TITLE);
        HBox header = new HBox(8, title);
        header.setAlignment(Pos.CENTER_LEFT);
        for (Capability capability : step.capabilities()) {
            Label tag = new Label(capability.label());
            tag.getStyleClass().addAll(Styles.CHIP, Styles.CAPABILITY);
            tag.setTooltip(new Tooltip(capability.description()));
            GlossaryLinks.clickable(tag, CapabilityLegend.glossaryTerm(capability));
            header.getChildren().add(tag);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        logProb.getStyleClass().addAll(Styles.MUTED, Styles.MONO);
        logProb.setText("log \u03c0 = " + Format.fixed(step.logProb(), 2));
        logProb.setTooltip(new Tooltip("log \u03c0 of the whole action, the sum over its tokens: " + Format.full(step.logProb())));
        GlossaryLinks.explain(logProb, "log-pi");
        header.getChildren().addAll(spacer, logProb);

        Label observation = new Label(step.observation());
        observation.getStyleClass().addAll(Styles.OBSERVATION, Styles.MONO);
        observation.setWrapText(true);
        observation.setTooltip(new Tooltip("What the agent saw. The policy conditions on the previous token and on "
                + "the history: " + History.describe(step.history())));
        GlossaryLinks.explain(observation, "observation");

        FlowPane tokenFlow = new FlowPane(4, 4);
        List<TokenStep> positions = step.generation().steps();
        for (int i = 0; i < positions.size(); i++) {
            TokenStep position = positions.get(i);
            Label token = new Label(vocabulary.token(position.token()));
            token.getStyleClass().add(Styles.TOKEN);
            token.setOnMouseEntered(event -> {
                if (token.getTooltip() == null) {
                    token.setTooltip(new Tooltip(TokenSentences.context(vocabulary, position)));
                }
            });
            int index = i;
            token.setOnMouseClicked(event -> onTokenClicked.accept(index));
            tokens.add(token);
            tokenFlow.getChildren().add(token);
        }
        tokenFlow.getChildren().add(GlossaryLinks.badge("action"));

        toolLine.getStyleClass().add(Styles.TOOL_CALL);
        toolLine.setWrapText(true);
        toolLine.setText(toolText(step));
        GlossaryLinks.explain(toolLine, "tool-call");
        toolLine.pseudoClassStateChanged(Styles.FAILED, step.status() != StepStatus.OK);
        Styles.managedWhenVisible(toolLine);
        Styles.managedWhenVisible(rewards);
        for (RewardRule rule : step.processReward().fired()) {
            Label chip = new Label(rule.describe().replace('-', '\u2212'));
            chip.getStyleClass().add(Styles.CHIP);
            Styles.sign(chip, rule.reward() >= 0);
            rewards.getChildren().add(chip);
        }
        Label total = new Label("step reward " + Format.signed(step.processReward().reward(), 1)
                + "  \u00b7  process rewards so far " + Format.signed(runningReward, 1));
        total.getStyleClass().add(Styles.MUTED);
        total.setWrapText(true);
        GlossaryLinks.explain(total, "process-reward");
        rewards.getChildren().add(total);
        rewards.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(header);
        if (note != null) {
            Label noteLabel = new Label(note);
            noteLabel.getStyleClass().add(Styles.STEP_NOTE);
            noteLabel.setWrapText(true);
            getChildren().add(noteLabel);
        }
        getChildren().addAll(observation, tokenFlow, toolLine, rewards);
        String number = String.valueOf(step.number());
        FocusMarks.mark(this, Focus.Kind.STEP, number);
        FocusMarks.mark(observation, Focus.Kind.OBSERVATION, number);
        FocusMarks.markArea(this, Focus.Kind.ACTION, () -> List.of(number), name -> name.equals(number)
                ? FocusMarks.around(List.of(tokenFlow, toolLine)) : Optional.empty());
        FocusMarks.mark(rewards, Focus.Kind.CHIP, number);
    }

    /** The call and its output; a failure is marked; a step without a tool (a single-turn answer) shows its output. */
    private static String toolText(EpisodeStep step) {
        if (step.tool() != null) {
            return "\u2192 " + step.tool() + "(" + step.toolInput() + ")   \u21d2   " + step.toolOutput();
        }
        return step.status() == StepStatus.OK ? "\u21d2 " + step.toolOutput()
                : "\u2717 " + step.toolOutput().replaceFirst("^Error: ", "");
    }

    /**
     * Shows what playback has reached.
     *
     * @param shownTokens how many tokens are visible
     * @param started whether the step has begun (otherwise it is drawn faded)
     * @param toolShown whether the tool call, output and rewards are visible
     */
    void reveal(int shownTokens, boolean started, boolean toolShown) {
        // Hidden tokens keep their place, so that the line does not reflow while the episode plays.
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).setVisible(i < shownTokens);
        }
        pseudoClassStateChanged(Styles.PENDING, !started);
        toolLine.setVisible(toolShown);
        rewards.setVisible(toolShown);
        logProb.setVisible(shownTokens == tokens.size());
    }

    /** Highlights token i (none when i is negative). */
    void highlight(int index) {
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).pseudoClassStateChanged(Styles.SELECTED, i == index);
        }
    }
}
