package org.agenticrl.app.episode;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.FocusMarks;
import org.agenticrl.app.controls.GlossaryLinks;
import org.agenticrl.app.controls.ReadingStops;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.session.Focus;
import org.agenticrl.engine.text.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * A trajectory as a column of cards: one {@link StepCard} per step, then the final answer with the outcome reward.
 * Built once per trajectory; playback only reveals, selection only highlights.
 */
final class TrajectoryCards extends VBox {
    /** Receives a clicked token's step and index. */
    interface TokenClicks {
        void clicked(int step, int token);
    }

    private final String idPrefix;
    private final List<StepCard> cards = new ArrayList<>();
    private final Label outcome = new Label();
    private final Label outcomeValue = new Label();
    private final VBox outcomeCard = new VBox(4, outcome, outcomeValue);
    private BeatSchedule shown;

    /** @param idPrefix prefixes the ids of the cards ("" for the main timeline: step-1, ..., outcome) */
    TrajectoryCards(String idPrefix) {
        super(8);
        setFillWidth(true);
        outcomeCard.getStyleClass().add(Styles.OUTCOME_CARD);
        outcomeCard.setId(idPrefix + "outcome");
        FocusMarks.mark(outcomeCard, Focus.Kind.OUTCOME, "");
        outcomeValue.getStyleClass().add(Styles.OUTCOME_VALUE);
        GlossaryLinks.explain(outcome, "outcome-reward");
        outcomeValue.setId(idPrefix + "outcome-value");
        this.idPrefix = idPrefix;
    }

    /**
     * Builds the cards of a trajectory.
     *
     * @param schedule the trajectory and how it unfolds beat by beat
     * @param notes the script's note per step
     */
    void show(BeatSchedule schedule, Vocabulary vocabulary, List<@Nullable String> notes, TokenClicks clicks) {
        shown = schedule;
        Trajectory trajectory = schedule.trajectory();
        cards.clear();
        getChildren().clear();
        for (EpisodeStep step : trajectory.steps()) {
            int stepIndex = step.number() - 1;
            StepCard card = new StepCard(step, vocabulary, notes.get(stepIndex),
                    trajectory.processRewardsThrough(stepIndex),
                    token -> clicks.clicked(stepIndex, token));
            card.setId(idPrefix + "step-" + step.number());
            cards.add(card);
            getChildren().add(card);
        }
        outcome.setText("Final answer: " + (trajectory.finalAnswer() == null ? "none" : trajectory.finalAnswer())
                + "  \u2192  " + trajectory.outcome().message());
        outcomeValue.setText("outcome " + Format.signed(trajectory.outcome().reward(), 1) + "   \u00b7   total reward "
                + Format.signed(trajectory.totalReward(), 1));
        Styles.sign(outcomeValue, trajectory.outcome().correct());
        ReadingStops.read(outcomeCard, outcome.getText() + ". " + outcomeValue.getText());
        getChildren().add(outcomeCard);
        reveal(shown.beatCount());
    }

    /**
     * Shows what playback has reached in the trajectory the cards were built from (the cursor may run ahead of a
     * newer trajectory; it is clamped).
     *
     * @return the card playback is in (or the outcome card at the end), to scroll to
     */
    Node reveal(int cursor) {
        int at = Math.min(cursor, shown.beatCount());
        Node current = null;
        for (int s = 0; s < cards.size(); s++) {
            cards.get(s).reveal(shown.tokensShown(s, at), shown.stepStarted(s, at), shown.toolShown(s, at));
            if (shown.stepStarted(s, at)) {
                current = cards.get(s);
            }
        }
        boolean done = shown.outcomeShown(at);
        outcomeCard.setVisible(done);
        return done ? outcomeCard : current;
    }

    /** Highlights one token (none when step is negative). */
    void highlight(int step, int token) {
        for (int s = 0; s < cards.size(); s++) {
            cards.get(s).highlight(s == step ? token : -1);
        }
    }

    List<StepCard> cards() {
        return List.copyOf(cards);
    }
}
