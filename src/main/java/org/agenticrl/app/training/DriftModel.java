package org.agenticrl.app.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.agenticrl.app.common.Bar;
import org.agenticrl.app.common.ContextText;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.episode.EpisodeModel;
import org.agenticrl.engine.episode.History;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.policy.TokenDistribution;
import org.agenticrl.engine.text.Vocabulary;

/**
 * Where training moved the policy: every context the policy has its own row for, ordered by KL(π ‖ π_ref) there, and
 * the current and reference bars of the chosen context, so that the drift λ2 restrains can be seen. Follows the most
 * changed context until the user picks one. The bars are the {@value #BARS} tokens most probable under either policy,
 * most probable first, so that they stay readable in a small chart.
 */
public final class DriftModel {
    public static final int BARS = 10;

    /**
     * A context and how far the policy has moved there.
     *
     * @param kl KL(π ‖ π_ref) over the full vocabulary at this context, between the policies themselves (at their
     *           own temperature, not the one the Episode tab samples at)
     */
    public record Drift(Context context, String label, double kl) {
    }

    private final EpisodeModel episode;
    private final ReadOnlyObjectWrapper<List<Drift>> drifts = new ReadOnlyObjectWrapper<>(this, "drifts", List.of());
    private final ObjectProperty<Context> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyObjectWrapper<Drift> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<List<Bar>> bars = new ReadOnlyObjectWrapper<>(this, "bars", List.of());
    private Object scenarioOfChoice;
    private boolean forgetting;

    /**
     * Follows the episode's trajectory, which is republished after every change of scenario or policy once both are
     * consistent; a context chosen in another scenario is forgotten.
     */
    public DriftModel(EpisodeModel episode) {
        this.episode = episode;
        episode.trajectoryProperty().addListener((o, before, after) -> refresh());
        chosen.addListener((o, before, after) -> {
            if (!forgetting) {
                refresh();
            }
        });
        refresh();
    }

    private void refresh() {
        if (episode.scenario() != scenarioOfChoice) {
            scenarioOfChoice = episode.scenario();
            forgetting = true;
            chosen.set(null);
            forgetting = false;
        }
        Policy current = episode.policyProperty().get();
        Policy reference = episode.referenceProperty().get();
        Vocabulary vocabulary = episode.scenario().vocabulary();
        List<Drift> list = new ArrayList<>();
        for (Context context : current.trainedContexts()) {
            list.add(new Drift(context, label(context, vocabulary),
                    current.distribution(context).klDivergenceFrom(reference.distribution(context))));
        }
        list.sort(Comparator.comparingDouble(Drift::kl).reversed());
        Context start = new Context(History.START, episode.scenario().generator().startToken());
        Context context = chosen.get() != null ? chosen.get() : list.isEmpty() ? start : list.get(0).context();
        TokenDistribution now = current.distribution(context);
        TokenDistribution before = reference.distribution(context);
        shown.set(new Drift(context, label(context, vocabulary), now.klDivergenceFrom(before)));
        List<Bar> row = new ArrayList<>(vocabulary.size());
        for (int id = 0; id < vocabulary.size(); id++) {
            row.add(new Bar(vocabulary.token(id), now.probability(id), now.logProbability(id), before.probability(id), false));
        }
        row.sort(Comparator.comparingDouble((Bar bar) -> Math.max(bar.probability(), bar.referenceProbability())).reversed());
        bars.set(List.copyOf(row.subList(0, Math.min(BARS, row.size()))));
        drifts.set(List.copyOf(list));
    }

    /** "after 'Action:' · history: calculate:ok". */
    public static String label(Context context, Vocabulary vocabulary) {
        return "after '" + vocabulary.token(context.previous()) + "' \u00b7 history: " + History.describe(context.history());
    }

    /**
     * The drift chart's title on a slide: the context shown and how far the policy moved there, e.g.
     * "π beside π_ref at P(next | Action:, start) · KL(π ‖ π_ref) 0.412 nats".
     */
    public String chartTitle() {
        Drift drift = shown.get();
        return "\u03c0 beside \u03c0_ref at " + ContextText.nextToken(drift.context(), episode.scenario().vocabulary())
                + " \u00b7 KL(\u03c0 \u2016 \u03c0_ref) " + Format.fixed(drift.kl(), 3) + " nats";
    }

    /**
     * The trained contexts, most changed first; replaced on every policy change, after {@link #shownProperty()} and
     * {@link #barsProperty()}, so that a listener of this list finds them up to date.
     */
    public ReadOnlyObjectProperty<List<Drift>> driftsProperty() {
        return drifts.getReadOnlyProperty();
    }

    /** The context the user picked; null follows the most changed one. */
    public ObjectProperty<Context> chosenProperty() {
        return chosen;
    }

    /** The context whose bars are shown, with its drift. */
    public ReadOnlyObjectProperty<Drift> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Current and reference probabilities at the shown context: the {@value #BARS} most probable tokens. */
    public ReadOnlyObjectProperty<List<Bar>> barsProperty() {
        return bars.getReadOnlyProperty();
    }
}
