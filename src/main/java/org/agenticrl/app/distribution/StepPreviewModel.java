package org.agenticrl.app.distribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.beans.Observable;
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
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.text.Vocabulary;
import org.agenticrl.engine.training.UpdatePreview;

/**
 * The bars the token view draws and what one update of size η on the loss panel's objective would do to them: the
 * selection's bars with the probability of each after the update (in the bars' order), and for the
 * {@value #TOP_TOKENS} tokens most probable now, after the update or under the reference, how much of the change each
 * term causes. With {@link #topOnlyProperty()} the bars are those of them that stand out (larger than every token
 * left out) and the chosen one, so that a projector's large text still shows them whole. Also, in sentences for the view to bind: what the ghost and reference bars are,
 * why a term whose gradient is zero moves nothing, what the notebook's L_SFT does, and which tokens are left out.
 * Follows the selection, the objective's settings and η; every number is the engine's {@link UpdatePreview}.
 */
public final class StepPreviewModel {
    public static final int TOP_TOKENS = 6;
    static final String NOTEBOOK_SFT = "The notebook's L_SFT (minus the mean log-probability of the agent's own steps) "
            + "pushes up whatever the agent wrote, expert or not.";
    static final String KL_HAS_NO_GRADIENT = "\u03bb2 \u00b7 L_KL has no gradient: ";
    static final String NOTEBOOK_KL = KL_HAS_NO_GRADIENT + "the notebook's KL is the constant 0.5.";
    static final String REFERENCE_BARS = "\u03c0_ref bars: the reference policy, the pre-trained one that training "
            + "started from and L_KL measures the drift from.";

    private final EpisodeModel episode;
    private final SelectionModel selection;
    private final ObjectiveModel objective;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final BooleanProperty topOnly = new SimpleBooleanProperty(this, "topOnly", false);
    private final ReadOnlyObjectWrapper<PreviewedBars> bars = new ReadOnlyObjectWrapper<>(this, "bars");
    private final ReadOnlyObjectWrapper<List<TermChange>> changes = new ReadOnlyObjectWrapper<>(this, "changes", List.of());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper silentTerms = new ReadOnlyStringWrapper(this, "silentTerms", "");
    private final ReadOnlyStringWrapper key = new ReadOnlyStringWrapper(this, "key", "");
    private final ReadOnlyStringWrapper leftOut = new ReadOnlyStringWrapper(this, "leftOut", "");
    private final ReadOnlyObjectWrapper<UpdatePreview.GradientNorms> norms = new ReadOnlyObjectWrapper<>(this, "norms");
    private final ReadOnlyStringWrapper normsText = new ReadOnlyStringWrapper(this, "normsText", "");

    public StepPreviewModel(EpisodeModel episode, SelectionModel selection, ObjectiveModel objective) {
        this.episode = episode;
        this.selection = selection;
        this.objective = objective;
        // Invalidation, not change: a recomputed episode may give bars equal to the last ones while the preview, made
        // for the previous trajectory, waits for them; a change listener would not hear them and the ghosts would stay
        // those of the old position.
        for (Observable input : new Observable[] {shown, topOnly, selection.barsProperty(),
                objective.previewProperty()}) {
            input.addListener(invalidated -> refresh());
        }
        refresh();
    }

    private void refresh() {
        UpdatePreview preview = objective.previewProperty().get();
        note.set(objective.settings().sft() == SftVariant.NOTEBOOK ? NOTEBOOK_SFT : "");
        UpdatePreview.GradientNorms gradient = preview.gradientNorm();
        norms.set(gradient);
        normsText.set("\u2016\u2207\u2016 = " + Format.fixed(gradient.total(), 3) + ":  L_RL " + Format.fixed(gradient.rl(), 3)
                + " \u00b7 \u03bb1\u00b7L_SFT " + Format.fixed(gradient.sft(), 3) + " \u00b7 \u03bb2\u00b7L_KL "
                + Format.fixed(gradient.kl(), 3));
        silentTerms.set(String.join("\n", silentTerms(objective.settings(), preview)));
        List<Bar> current = selection.barsProperty().get();
        boolean trained = selection.positionProperty().get().trained();
        if (!shown.get()) {
            changes.set(List.of());
            publish(current, List.of(), trained);
            return;
        }
        if (!describesTheSameEpisode(preview)) {
            return;
        }
        Context context = selection.positionProperty().get().position().context();
        Vocabulary vocabulary = episode.scenario().vocabulary();
        List<Double> after = new ArrayList<>(current.size());
        for (Bar bar : current) {
            after.add(preview.after(context).probability(vocabulary.idOf(bar.token())));
        }
        changes.set(topChanges(preview, context, vocabulary, selection.positionProperty().get()));
        publish(current, after, trained);
    }

    /** The bars (all, or the top ones), the key to them and what was left out; the bars last, for their listeners. */
    private void publish(List<Bar> all, List<Double> after, boolean trained) {
        List<String> keys = new ArrayList<>(2);
        if (!after.isEmpty()) {
            keys.add("Outlined ghost bars: \u03c0 after one update of size \u03b7 = " + Format.compact(stepSize().get())
                    + " on this episode's loss L = L_RL + \u03bb1 L_SFT + \u03bb2 L_KL.");
        }
        if (trained) {
            keys.add(REFERENCE_BARS);
        }
        key.set(String.join(" ", keys));
        if (!topOnly.get() || all.size() <= TOP_TOKENS + 1) {
            leftOut.set("");
            bars.set(new PreviewedBars(all, after));
            return;
        }
        double[] weight = IntStream.range(0, all.size()).mapToDouble(i -> weight(all.get(i),
                after.isEmpty() ? 0 : after.get(i))).toArray();
        List<Integer> ranked = IntStream.range(0, all.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> weight[i]).reversed()).toList();
        double largestLeftOut = weight[ranked.get(TOP_TOKENS)];
        Set<Integer> kept = new HashSet<>(ranked.subList(0, TOP_TOKENS).stream()
                .filter(i -> weight[i] > largestLeftOut).toList());
        int largest = kept.size();
        IntStream.range(0, all.size()).filter(i -> all.get(i).chosen()).forEach(kept::add);
        List<Bar> top = new ArrayList<>(kept.size());
        List<Double> topAfter = new ArrayList<>(after.isEmpty() ? 0 : kept.size());
        for (int i : IntStream.range(0, all.size()).filter(kept::contains).toArray()) {
            top.add(all.get(i));
            if (!after.isEmpty()) {
                topAfter.add(after.get(i));
            }
        }
        String shown = largest == 0 ? "the chosen" : (largest == 1 ? "the largest" : "the " + largest + " largest")
                + (top.size() > largest ? " and the chosen one" : "");
        leftOut.set("Only " + shown + " of " + all.size() + " tokens; the other " + (all.size() - top.size())
                + " are each at most " + Format.percent(largestLeftOut) + ".");
        bars.set(new PreviewedBars(top, topAfter));
    }

    /** How much a token matters on the chart: its largest bar, now, after the update or under the reference. */
    private static double weight(Bar bar, double after) {
        return Math.max(Math.max(bar.probability(), after), bar.referenceProbability());
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

    private static List<TermChange> topChanges(UpdatePreview preview, Context context, Vocabulary vocabulary,
                                               SelectedPosition position) {
        double[] rl = preview.change(UpdatePreview.Term.RL, context);
        double[] sft = preview.change(UpdatePreview.Term.SFT, context);
        double[] kl = preview.change(UpdatePreview.Term.KL, context);
        List<TermChange> all = new ArrayList<>(vocabulary.size());
        for (int id = 0; id < vocabulary.size(); id++) {
            all.add(new TermChange(vocabulary.token(id), rl[id], sft[id], kl[id],
                    preview.before(context).probability(id), preview.after(context).probability(id)));
        }
        all.sort(Comparator.comparingDouble((TermChange change) -> Math.max(Math.max(change.before(), change.after()),
                position.reference().probability(vocabulary.idOf(change.token())))).reversed());
        return List.copyOf(all.subList(0, Math.min(TOP_TOKENS, all.size())));
    }

    /** One sentence for each term whose gradient on this episode is exactly zero, saying why it moves nothing. */
    private List<String> silentTerms(LossSettings settings, UpdatePreview preview) {
        UpdatePreview.GradientNorms gradient = preview.gradientNorm();
        List<String> sentences = new ArrayList<>(3);
        if (gradient.rl() == 0) {
            sentences.add("L_RL has no gradient: every step's advantage G \u2212 b is 0 (each step's return equals the "
                    + "episode's mean return, its baseline).");
        }
        if (gradient.sft() == 0) {
            String why = settings.lambda1() == 0 ? "\u03bb1 is 0."
                    : settings.sft() == SftVariant.EXACT && episode.scenario().lossCalculator().demonstrations().isEmpty()
                    ? "this scenario has no expert demonstration, so the exact L_SFT is 0." : "it is flat on this episode.";
            sentences.add("\u03bb1 \u00b7 L_SFT has no gradient: " + why);
        }
        if (gradient.kl() == 0) {
            sentences.add(settings.kl() == KlVariant.NOTEBOOK ? NOTEBOOK_KL
                    : KL_HAS_NO_GRADIENT + (settings.lambda2() == 0 ? "\u03bb2 is 0." : equalToReference(settings, preview)));
        }
        return sentences;
    }

    /** Why a real KL has no gradient although λ2 is not 0: the policy is its reference wherever the episode went. */
    private String equalToReference(LossSettings settings, UpdatePreview preview) {
        Policy policy = episode.policyProperty().get();
        if (preview.visited().stream().anyMatch(policy::isTrained)) {
            return "it is flat on this episode.";
        }
        String kl = settings.kl() == KlVariant.EXACT ? "the exact KL" : settings.kl().id();
        return policy.trainedContexts().isEmpty()
                ? "the policy equals its reference, so " + kl + " and its gradient are 0 (train first, or load a sweep cell)."
                : "training has not moved the contexts of this episode, so there the policy equals its reference and "
                + kl + " and its gradient are 0.";
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
     * Whether the bars are only the tokens with the largest bars (now, after the update or under the reference), at
     * most {@value #TOP_TOKENS} and none tied with a token left out, and the chosen one, in the selection's order: for
     * a chart that must fit a projector's screen. Off, every token of the vocabulary.
     */
    public BooleanProperty topOnlyProperty() {
        return topOnly;
    }

    /**
     * The selection's bars (all, or the top ones) and their probabilities after the update; replaced once per change
     * of the selection, the objective, η or the choice of bars, after every sentence and {@link #changesProperty()},
     * so that a listener of the bars finds them up to date.
     */
    public ReadOnlyObjectProperty<PreviewedBars> barsProperty() {
        return bars.getReadOnlyProperty();
    }

    /**
     * The changes of the {@value #TOP_TOKENS} tokens most probable now, after the update or under the reference, in
     * that order; empty when not previewed.
     */
    public ReadOnlyObjectProperty<List<TermChange>> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** What the notebook's L_SFT, when chosen, does to the update, in a sentence; "" otherwise. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /**
     * For each term whose gradient is exactly zero, a sentence (one a line) saying why: the notebook's constant KL, a
     * weight of 0, a policy equal to its reference, advantages of 0; "" when every term pulls.
     */
    public ReadOnlyStringProperty silentTermsProperty() {
        return silentTerms.getReadOnlyProperty();
    }

    /** What the ghost bars (when previewed) and the reference's bars (when drawn) are; "" when neither is drawn. */
    public ReadOnlyStringProperty keyProperty() {
        return key.getReadOnlyProperty();
    }

    /** Which tokens the top bars leave out and how probable they are at most; "" when every token is drawn. */
    public ReadOnlyStringProperty leftOutProperty() {
        return leftOut.getReadOnlyProperty();
    }

    /** The gradient norms in a line: "‖∇‖ = 1.234:  L_RL 1.200 · λ1·L_SFT 0.034 · λ2·L_KL 0.000". */
    public ReadOnlyStringProperty normsTextProperty() {
        return normsText.getReadOnlyProperty();
    }

    /** The gradient norms of the previewed update, per term and in total. */
    public ReadOnlyObjectProperty<UpdatePreview.GradientNorms> normsProperty() {
        return norms.getReadOnlyProperty();
    }

    /** The step size η of the update, the objective's. */
    public NumberInput stepSize() {
        return objective.stepSize();
    }

    /** The weight λ1 of L_SFT, the loss panel's own: a slider of either moves both. */
    public NumberInput lambda1() {
        return objective.lambda1();
    }

    /** The weight λ2 of L_KL, the loss panel's own: a slider of either moves both. */
    public NumberInput lambda2() {
        return objective.lambda2();
    }
}
