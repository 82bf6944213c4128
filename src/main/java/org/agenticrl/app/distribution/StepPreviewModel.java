package org.agenticrl.app.distribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.agenticrl.app.common.Bar;
import org.agenticrl.app.common.ContextText;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.common.NumberInput;
import org.agenticrl.app.episode.EpisodeModel;
import org.agenticrl.app.episode.SelectedPosition;
import org.agenticrl.app.episode.SelectionModel;
import org.agenticrl.app.objective.ObjectiveModel;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.generation.TokenStep;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.text.Vocabulary;
import org.agenticrl.engine.training.UpdatePreview;

/**
 * The bars the token view draws and what one update of size η on the loss panel's objective would do to them: the
 * selection's bars with the probability of each after the update (in the bars' order), and for the {@value #TOP_TOKENS} tokens most probable before or after it,
 * how much of the change each term causes. Also the sentence that says what the notebook's proxies do to it. Follows
 * the selection, the objective's settings and η; everything is the engine's {@link UpdatePreview}.
 */
public final class StepPreviewModel {
    public static final int TOP_TOKENS = 6;
    static final String NOTEBOOK_KL = "The notebook's L_KL is the constant 0.5: its gradient is exactly zero, so "
            + "\u03bb2 exerts no force on the policy.";
    static final String NOTEBOOK_SFT = "The notebook's L_SFT (minus the mean log-probability of the agent's own steps) "
            + "pushes up whatever the agent wrote, expert or not.";

    private final EpisodeModel episode;
    private final SelectionModel selection;
    private final ObjectiveModel objective;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final ReadOnlyObjectWrapper<PreviewedBars> bars = new ReadOnlyObjectWrapper<>(this, "bars");
    private final ReadOnlyObjectWrapper<List<TermChange>> changes = new ReadOnlyObjectWrapper<>(this, "changes", List.of());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyObjectWrapper<UpdatePreview.GradientNorms> norms = new ReadOnlyObjectWrapper<>(this, "norms");

    public StepPreviewModel(EpisodeModel episode, SelectionModel selection, ObjectiveModel objective) {
        this.episode = episode;
        this.selection = selection;
        this.objective = objective;
        for (ObservableValue<?> input : new ObservableValue<?>[] {shown, selection.barsProperty(),
                objective.previewProperty()}) {
            input.addListener((o, before, now) -> refresh());
        }
        refresh();
    }

    private void refresh() {
        note.set(noteOn(objective.settings()));
        norms.set(objective.previewProperty().get().gradientNorm());
        List<Bar> current = selection.barsProperty().get();
        if (!shown.get()) {
            changes.set(List.of());
            bars.set(new PreviewedBars(current, List.of()));
            return;
        }
        UpdatePreview preview = objective.previewProperty().get();
        if (!describesTheSameEpisode(preview)) {
            return;
        }
        Context context = selection.positionProperty().get().position().context();
        Vocabulary vocabulary = episode.scenario().vocabulary();
        List<Double> after = new ArrayList<>(current.size());
        for (Bar bar : current) {
            after.add(preview.after(context).probability(vocabulary.idOf(bar.token())));
        }
        changes.set(topChanges(preview, context, vocabulary));
        bars.set(new PreviewedBars(current, after));
    }

    /**
     * Whether the preview, the selection and the episode agree. When the episode changes, the selection and the
     * objective follow it one after the other; between the two the preview may still be the old episode's (another
     * scenario's vocabulary even), and this model waits for the second to catch up.
     */
    private boolean describesTheSameEpisode(UpdatePreview preview) {
        Trajectory trajectory = episode.trajectory();
        SelectedPosition position = selection.positionProperty().get();
        if (preview.trajectory() != trajectory || position.step() >= trajectory.steps().size()) {
            return false;
        }
        List<TokenStep> tokens = trajectory.steps().get(position.step()).generation().steps();
        return position.token() < tokens.size() && tokens.get(position.token()) == position.position();
    }

    private static List<TermChange> topChanges(UpdatePreview preview, Context context, Vocabulary vocabulary) {
        double[] rl = preview.change(UpdatePreview.Term.RL, context);
        double[] sft = preview.change(UpdatePreview.Term.SFT, context);
        double[] kl = preview.change(UpdatePreview.Term.KL, context);
        List<TermChange> all = new ArrayList<>(vocabulary.size());
        for (int id = 0; id < vocabulary.size(); id++) {
            all.add(new TermChange(vocabulary.token(id), rl[id], sft[id], kl[id],
                    preview.before(context).probability(id), preview.after(context).probability(id)));
        }
        all.sort(Comparator.comparingDouble((TermChange change) -> Math.max(change.before(), change.after())).reversed());
        return List.copyOf(all.subList(0, Math.min(TOP_TOKENS, all.size())));
    }

    private static String noteOn(LossSettings settings) {
        List<String> sentences = new ArrayList<>(2);
        if (settings.sft() == SftVariant.NOTEBOOK) {
            sentences.add(NOTEBOOK_SFT);
        }
        if (settings.kl() == KlVariant.NOTEBOOK) {
            sentences.add(NOTEBOOK_KL);
        }
        return String.join(" ", sentences);
    }

    /**
     * The token chart's title on a slide: the distribution's context (and the temperature when it is not 1), and,
     * while an update is previewed, the weights and step size its ghost bars depend on, e.g.
     * "P(next | Action:, start) · λ1 0.1 · λ2 0.01 · η 3".
     */
    public String tokenChartTitle() {
        return shown.get() ? contextText() + " \u00b7 " + updateText() : contextText();
    }

    /** The per-term chart's title on a slide: "Which term moves which token at P(next | …) · λ1 0.1 · λ2 0.01 · η 3". */
    public String termChartTitle() {
        return "Which term moves which token at " + contextText() + " \u00b7 " + updateText();
    }

    private String contextText() {
        String context = ContextText.nextToken(selection.positionProperty().get().position().context(),
                episode.scenario().vocabulary());
        double temperature = episode.temperature().get();
        return temperature == 1 ? context : context + " \u00b7 T " + Format.compact(temperature);
    }

    private String updateText() {
        return objective.weightsText() + " \u00b7 \u03b7 " + Format.compact(objective.stepSize().get());
    }

    /** Whether the update is previewed; off, the bars have no values after it and there are no changes. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /**
     * The selection's bars and their probabilities after the update; replaced once per change of the selection, the
     * objective or η, after {@link #changesProperty()}, so that a listener of the bars finds the changes up to date.
     */
    public ReadOnlyObjectProperty<PreviewedBars> barsProperty() {
        return bars.getReadOnlyProperty();
    }

    /** The most probable tokens' changes, most probable (before or after) first; empty when not previewed. */
    public ReadOnlyObjectProperty<List<TermChange>> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** What the notebook's L_SFT and L_KL, when chosen, do to the update, in a sentence each; "" otherwise. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The gradient norms of the previewed update, per term and in total. */
    public ReadOnlyObjectProperty<UpdatePreview.GradientNorms> normsProperty() {
        return norms.getReadOnlyProperty();
    }

    /** The step size η of the update, the objective's. */
    public NumberInput stepSize() {
        return objective.stepSize();
    }
}
