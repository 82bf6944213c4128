package org.agenticrl.app.runs;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.agenticrl.engine.runs.AdvantageSource;
import org.agenticrl.engine.runs.PromptGroup;
import org.agenticrl.engine.runs.Sample;
import org.agenticrl.engine.runs.StepSummary;

/**
 * "What did training change?": one prompt's group at an early and a late step, side by side. The steps default to
 * the run's first and last; the prompt is the last sample opened. Both steps are read on the worker.
 */
public final class CompareModel {
    /** One side: the step and the prompt's group there, null when the step has no sample of the prompt. */
    public record Side(long step, PromptGroup group) {
    }

    private final RunModel runs;
    private final ObjectProperty<Long> early = new SimpleObjectProperty<>(this, "early");
    private final ObjectProperty<Long> late = new SimpleObjectProperty<>(this, "late");
    private final ReadOnlyObjectWrapper<String> group = new ReadOnlyObjectWrapper<>(this, "group");
    private final ReadOnlyObjectWrapper<String> prompt = new ReadOnlyObjectWrapper<>(this, "prompt");
    private final ReadOnlyObjectWrapper<List<Side>> sides = new ReadOnlyObjectWrapper<>(this, "sides", List.of());
    private final ReadOnlyObjectWrapper<List<Long>> steps = new ReadOnlyObjectWrapper<>(this, "steps", List.of());

    CompareModel(RunModel runs) {
        this.runs = runs;
        early.addListener((o, before, after) -> load());
        late.addListener((o, before, after) -> load());
    }

    /** A new run: its first and last steps, no prompt yet. */
    void reset(RunOverview overview) {
        group.set(null);
        prompt.set(null);
        sides.set(List.of());
        steps.set(overview.steps().stream().map(StepSummary::step).toList());
        early.set(steps.get().isEmpty() ? null : steps.get().get(0));
        late.set(steps.get().isEmpty() ? null : steps.get().get(steps.get().size() - 1));
    }

    /** The same run, read again with more steps: the choices grow, the steps compared stay. */
    void grew(RunOverview overview) {
        steps.set(overview.steps().stream().map(StepSummary::step).toList());
    }

    /** Compares the sample's prompt. */
    void compare(Sample sample) {
        group.set(sample.group());
        prompt.set(sample.prompt());
        load();
    }

    private void load() {
        String key = group.get();
        Long first = early.get();
        Long second = late.get();
        if (key == null || first == null || second == null) {
            return;
        }
        runs.read(run -> List.of(side(first, run.samples(first), key), side(second, run.samples(second), key)),
                read -> {
                    if (key.equals(group.get()) && first.equals(early.get()) && second.equals(late.get())) {
                        sides.set(read);
                    }
                });
    }

    private static Side side(long step, List<Sample> samples, String key) {
        List<Sample> same = samples.stream().filter(sample -> sample.group().equals(key)).toList();
        return new Side(step, same.isEmpty() ? null : PromptGroup.of(same, AdvantageSource.LOGGED).get(0));
    }

    /** The early step compared. */
    public ObjectProperty<Long> earlyProperty() {
        return early;
    }

    /** The late step compared. */
    public ObjectProperty<Long> lateProperty() {
        return late;
    }

    /** The run's steps, to choose from. */
    public ReadOnlyObjectProperty<List<Long>> stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    /** The prompt compared; null before a sample is opened. */
    public ReadOnlyObjectProperty<String> promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** The early side and the late side; empty until a prompt is compared. */
    public ReadOnlyObjectProperty<List<Side>> sidesProperty() {
        return sides.getReadOnlyProperty();
    }
}
