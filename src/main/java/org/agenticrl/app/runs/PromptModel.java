package org.agenticrl.app.runs;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.agenticrl.engine.runs.AdvantageSource;
import org.agenticrl.engine.runs.PromptGroup;
import org.agenticrl.engine.runs.Run;
import org.agenticrl.engine.runs.RunException;
import org.agenticrl.engine.runs.Sample;
import org.agenticrl.engine.runs.StepSummary;

/**
 * "What did training do to this prompt?": one prompt's group (GRPO's: the samples that answer it) at every step of
 * the run that has it, each with its reward mean and spread, every sample's advantage (logged, or GRPO's where none is
 * logged) and completion. The prompt followed is the last sample opened; its steps are read on the worker, one after
 * another (each step's first {@value StepModel#SHOWN_SAMPLES} samples, as the step view shows them), when the view is
 * shown ({@link #shownProperty()}), which for a dump of gigabytes takes a while: opening samples while the view is
 * hidden reads nothing.
 */
public final class PromptModel {
    /** The prompt's group at one step. */
    public record Visit(long step, PromptGroup group) {
    }

    private final RunModel runs;
    private final ReadOnlyObjectWrapper<String> prompt = new ReadOnlyObjectWrapper<>(this, "prompt");
    private final ReadOnlyObjectWrapper<List<Visit>> visits = new ReadOnlyObjectWrapper<>(this, "visits", List.of());
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private String group;
    private boolean stale;

    PromptModel(RunModel runs) {
        this.runs = runs;
        shown.addListener((o, before, after) -> loadIfShown());
    }

    /** A new run: no prompt followed. */
    void reset() {
        group = null;
        prompt.set(null);
        visits.set(List.of());
    }

    /** The same run read again (more steps): the prompt followed is read again at every step. */
    void grew() {
        stale = group != null;
        loadIfShown();
    }

    /** Follows the sample's prompt (its group) across the steps. */
    void follow(Sample sample) {
        stale = !sample.group().equals(group) || visits.get().isEmpty();
        group = sample.group();
        prompt.set(sample.prompt());
        loadIfShown();
    }

    private void loadIfShown() {
        if (!shown.get() || !stale || group == null) {
            return;
        }
        stale = false;
        String key = group;
        runs.read(run -> visits(run, key), read -> {
            if (key.equals(group)) {
                visits.set(read);
            }
        });
    }

    private static List<Visit> visits(Run run, String key) throws RunException {
        List<Visit> found = new ArrayList<>();
        for (StepSummary step : run.steps()) {
            int count = Math.min(run.sampleCount(step.step()), StepModel.SHOWN_SAMPLES);
            List<Sample> same = run.samples(step.step(), 0, count).stream().filter(s -> s.group().equals(key))
                    .toList();
            if (!same.isEmpty()) {
                found.add(new Visit(step.step(), PromptGroup.of(same, AdvantageSource.LOGGED).get(0)));
            }
        }
        return List.copyOf(found);
    }

    /** Whether the view is on screen: the prompt's steps are read only then. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The prompt followed; null before a sample is opened. */
    public ReadOnlyObjectProperty<String> promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** The prompt's group at each step that has it, in step order; empty until a prompt is followed. */
    public ReadOnlyObjectProperty<List<Visit>> visitsProperty() {
        return visits.getReadOnlyProperty();
    }
}
