package org.agenticrl.app.episode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.common.Bar;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.History;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.generation.TokenStep;
import org.agenticrl.engine.policy.TokenDistribution;
import org.agenticrl.engine.text.Vocabulary;

/**
 * Which generated token is selected, and what the token-distribution view shows for it: the distribution the
 * policy had there, the reference's, the bars in vocabulary or probability order, and how the token came to be
 * written (the notebook's script, a draw from π, or greedy decoding). Following playback, each
 * newly revealed token becomes the selection; clicking a token selects it without moving the playback.
 */
public final class SelectionModel {
    private final EpisodeModel episode;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyIntegerWrapper token = new ReadOnlyIntegerWrapper(this, "token", 0);
    private final BooleanProperty sortByProbability = new SimpleBooleanProperty(this, "sortByProbability", false);
    private final ReadOnlyObjectWrapper<SelectedPosition> position = new ReadOnlyObjectWrapper<>(this, "position");
    private final ReadOnlyObjectWrapper<List<Bar>> bars = new ReadOnlyObjectWrapper<>(this, "bars", List.of());
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");
    private final ReadOnlyStringWrapper where = new ReadOnlyStringWrapper(this, "where", "");
    private final ReadOnlyStringWrapper chosen = new ReadOnlyStringWrapper(this, "chosen", "");
    private final ReadOnlyStringWrapper chosenExact = new ReadOnlyStringWrapper(this, "chosenExact", "");

    /** How every token of a notebook episode is chosen: the seed's script writes it, whatever π says. */
    public static final String SCRIPTED = "scripted by the notebook, not sampled";

    public SelectionModel(EpisodeModel episode, PlaybackModel playback) {
        this.episode = episode;
        episode.trajectoryProperty().addListener((observable, before, after) -> keepSelectionRevealed(playback));
        sortByProbability.addListener((observable, before, after) -> refreshBars());
        playback.cursorProperty().addListener((observable, before, after) -> {
            if (after.intValue() > before.intValue()) {
                int[] revealed = episode.scheduleProperty().get().tokenRevealedAt(after.intValue());
                if (revealed != null) {
                    select(revealed[0], revealed[1]);
                }
            }
        });
        select(0, 0);
    }

    /** After the episode changed: keep the selected position if playback shows it, else the last shown token. */
    private void keepSelectionRevealed(PlaybackModel playback) {
        BeatSchedule beats = episode.scheduleProperty().get();
        int cursor = playback.cursorProperty().get();
        int[] last = beats.lastTokenAt(cursor);
        boolean shown = step.get() < episode.trajectory().steps().size()
                && beats.tokensShown(step.get(), cursor) > token.get();
        if (shown || last == null) {
            select(step.get(), token.get());
        } else {
            select(last[0], last[1]);
        }
    }

    /**
     * Selects token t of step s, clamped to the episode: a step past the last selects the last, a token past the
     * end of its step selects the step's last token.
     */
    public void select(int s, int t) {
        Trajectory trajectory = episode.trajectory();
        int stepIndex = Math.max(0, Math.min(s, trajectory.steps().size() - 1));
        EpisodeStep selected = trajectory.steps().get(stepIndex);
        int tokenIndex = Math.max(0, Math.min(t, selected.generation().steps().size() - 1));
        TokenStep at = selected.generation().steps().get(tokenIndex);
        TokenDistribution reference = episode.currentReference().distribution(at.context());
        step.set(stepIndex);
        token.set(tokenIndex);
        origin.set(originOf(trajectory));
        describe(stepIndex, tokenIndex, at);
        position.set(new SelectedPosition(stepIndex, tokenIndex, at, reference,
                episode.policyProperty().get().isTrained(at.context())));
        refreshBars();
    }

    private void describe(int stepIndex, int tokenIndex, TokenStep at) {
        Vocabulary vocabulary = episode.scenario().vocabulary();
        double p = at.distribution().probability(at.token());
        where.set("Step " + (stepIndex + 1) + ", token " + (tokenIndex + 1) + ": after '"
                + vocabulary.token(at.context().previous()) + "' \u00b7 history: " + History.describe(at.context().history()));
        chosen.set("Chose '" + vocabulary.token(at.token()) + "':  \u03c0 = " + Format.percent(p) + "   log \u03c0 = "
                + Format.fixed(at.logProb(), 2));
        chosenExact.set("\u03c0 = " + Format.full(p) + "\nlog \u03c0 as scored = " + Format.full(at.logProb()));
    }

    private String originOf(Trajectory trajectory) {
        if (trajectory.mode() == EpisodeMode.NOTEBOOK) {
            return SCRIPTED;
        }
        return episode.greedyProperty().get() ? "the most probable token (greedy decoding)"
                : "drawn from \u03c0 (seed " + Format.whole(episode.seed().get()) + ")";
    }

    private void refreshBars() {
        SelectedPosition view = position.get();
        Vocabulary vocabulary = episode.scenario().vocabulary();
        TokenDistribution current = view.position().distribution();
        List<Bar> list = new ArrayList<>(vocabulary.size());
        for (int id = 0; id < vocabulary.size(); id++) {
            list.add(new Bar(vocabulary.token(id), current.probability(id), current.logProbability(id),
                    view.reference().probability(id), id == view.position().token()));
        }
        if (sortByProbability.get()) {
            list.sort(Comparator.comparingDouble(Bar::probability).reversed());
        }
        bars.set(List.copyOf(list));
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty tokenProperty() {
        return token.getReadOnlyProperty();
    }

    public BooleanProperty sortByProbabilityProperty() {
        return sortByProbability;
    }

    public ReadOnlyObjectProperty<SelectedPosition> positionProperty() {
        return position.getReadOnlyProperty();
    }

    /**
     * How the selected token came to be written: {@value #SCRIPTED}, drawn from π with the episode's seed, or the most
     * probable token; set before {@link #positionProperty()} changes.
     */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** Where the selected token is: "Step 1, token 7: after 'Action:' · history: start". */
    public ReadOnlyStringProperty whereProperty() {
        return where.getReadOnlyProperty();
    }

    /** The selected token and its π and log π, rounded: "Chose 'calculate(':  π = 40.0%   log π = −0.92". */
    public ReadOnlyStringProperty chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The same at full precision, two lines: the exact π and log π as scored. */
    public ReadOnlyStringProperty chosenExactProperty() {
        return chosenExact.getReadOnlyProperty();
    }

    /** The bars of the selected position, in the chosen order; replaced (never mutated) on every change. */
    public ReadOnlyObjectProperty<List<Bar>> barsProperty() {
        return bars.getReadOnlyProperty();
    }
}
