package org.agenticrl.app.episode;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.agenticrl.app.common.NumberInput;
import org.agenticrl.app.common.NumericRange;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Task;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.jspecify.annotations.Nullable;

/**
 * The episode on screen: its settings (mode, seed, greedy or sampled, temperature, task) and what the engine computes
 * from them and the current policy: the trajectory, its beat schedule, the capability counts, and the scenario's
 * traditional single-turn episode beside it. Everything is recomputed once per change of any input, on the thread
 * that made the change (the FX thread in the app); an episode of these tiny models takes microseconds. The new
 * schedule is published before the new trajectory, so listeners of the trajectory always find the matching schedule.
 */
public final class EpisodeModel {
    public static final NumericRange TEMPERATURE = new NumericRange("Temperature", Policy.MIN_TEMPERATURE, Policy.MAX_TEMPERATURE);
    public static final NumericRange SEED = new NumericRange("Seed", 0, 4294967295.0, true);

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Policy> policy = new ReadOnlyObjectWrapper<>(this, "policy");
    private final ReadOnlyObjectWrapper<Policy> reference = new ReadOnlyObjectWrapper<>(this, "reference");
    private final ObjectProperty<Task> task = new SimpleObjectProperty<>(this, "task");
    private final ObjectProperty<EpisodeMode> mode = new SimpleObjectProperty<>(this, "mode", EpisodeMode.NOTEBOOK);
    private final NumberInput seed = new NumberInput(SEED, 0, 0);
    private final BooleanProperty greedy = new SimpleBooleanProperty(this, "greedy", false);
    private final NumberInput temperature = new NumberInput(TEMPERATURE, 1.0, 2);
    private final ReadOnlyObjectWrapper<Trajectory> trajectory = new ReadOnlyObjectWrapper<>(this, "trajectory");
    private final ReadOnlyObjectWrapper<BeatSchedule> schedule = new ReadOnlyObjectWrapper<>(this, "schedule");
    private final ReadOnlyObjectWrapper<Optional<BeatSchedule>> contrast = new ReadOnlyObjectWrapper<>(this, "contrast",
            Optional.empty());
    private final ReadOnlyObjectWrapper<Map<Capability, Integer>> capabilityCounts =
            new ReadOnlyObjectWrapper<>(this, "capabilityCounts", Map.of());
    private final BooleanBinding severalTasks = Bindings.createBooleanBinding(
            () -> scenario.get().tasks().size() > 1, scenario);
    private final SplittableRandom seeds = new SplittableRandom();
    private boolean batching;

    public EpisodeModel(Scenario initial) {
        scenario.set(initial);
        reference.set(initial.pretrainedPolicy());
        policy.set(reference.get());
        task.set(initial.tasks().get(0));
        for (ObservableValue<?> input : new ObservableValue<?>[] {task, mode, seed.valueProperty(), greedy,
                temperature.valueProperty()}) {
            input.addListener((observable, before, after) -> recompute());
        }
        recompute();
    }

    private void recompute() {
        if (batching) {
            return;
        }
        EpisodeSettings settings = new EpisodeSettings(mode.get(), (long) seed.get(), greedy.get(), task.get(), null);
        Trajectory next = settings.run(scenario.get(), currentPolicy());
        contrast.set(settings.runContrast(scenario.get(), currentPolicy()).map(BeatSchedule::new));
        capabilityCounts.set(countCapabilities(next));
        schedule.set(new BeatSchedule(next));
        trajectory.set(next);
    }

    private static Map<Capability, Integer> countCapabilities(Trajectory trajectory) {
        Map<Capability, Integer> counts = new EnumMap<>(Capability.class);
        for (Capability capability : Capability.values()) {
            counts.put(capability, 0);
        }
        for (EpisodeStep step : trajectory.steps()) {
            step.capabilities().forEach(capability -> counts.merge(capability, 1, Integer::sum));
        }
        return Collections.unmodifiableMap(counts);
    }

    private void batch(Runnable changes) {
        batching = true;
        try {
            changes.run();
        } finally {
            batching = false;
        }
        recompute();
    }

    /** The policy at the chosen temperature: what the episode samples from. */
    public Policy currentPolicy() {
        return policy.get().withTemperature(temperature.get());
    }

    /** The reference policy at the chosen temperature. */
    public Policy currentReference() {
        return reference.get().withTemperature(temperature.get());
    }

    /** Replaces the scenario: its first task, its pre-trained policy as both current and reference. */
    public void loadScenario(Scenario next) {
        batch(() -> {
            Policy pretrained = next.pretrainedPolicy();
            scenario.set(next);
            reference.set(pretrained);
            policy.set(pretrained);
            task.set(next.tasks().get(0));
        });
    }

    /** Installs a trained policy (its reference is unchanged) and recomputes the episode with it. */
    public void setPolicy(Policy trained) {
        policy.set(trained);
        recompute();
    }

    /** Whether the policy on screen is the pre-trained one, its reference. */
    public boolean pretrained() {
        return policy.get() == reference.get();
    }

    /** Back to the pre-trained policy. */
    public void resetPolicy() {
        setPolicy(reference.get());
    }

    /** A fresh random seed; in notebook mode this also switches to live mode, where seeds matter. */
    public void reroll() {
        batch(() -> {
            mode.set(EpisodeMode.LIVE);
            seed.set(seeds.nextLong(1L << 32));
        });
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario scenario() {
        return scenario.get();
    }

    /** The policy at its own temperature (1 unless trained otherwise); the episode uses {@link #currentPolicy()}. */
    public ReadOnlyObjectProperty<Policy> policyProperty() {
        return policy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Policy> referenceProperty() {
        return reference.getReadOnlyProperty();
    }

    public ObjectProperty<Task> taskProperty() {
        return task;
    }

    /** Whether the scenario has more than one task to choose from. */
    public BooleanBinding severalTasks() {
        return severalTasks;
    }

    public ObjectProperty<EpisodeMode> modeProperty() {
        return mode;
    }

    /** The numpy seed of live sampling, a whole number from 0 to 4294967295. */
    public NumberInput seed() {
        return seed;
    }

    public BooleanProperty greedyProperty() {
        return greedy;
    }

    /** The softmax temperature of the episode and of every distribution shown, within {@link #TEMPERATURE}. */
    public NumberInput temperature() {
        return temperature;
    }

    public ReadOnlyObjectProperty<Trajectory> trajectoryProperty() {
        return trajectory.getReadOnlyProperty();
    }

    public Trajectory trajectory() {
        return trajectory.get();
    }

    /** How the trajectory unfolds beat by beat; published before the trajectory. */
    public ReadOnlyObjectProperty<BeatSchedule> scheduleProperty() {
        return schedule.getReadOnlyProperty();
    }

    /**
     * The scenario's traditional single-turn model on the same task, mode and seed, when the scenario has one: the
     * episode to set beside the agent's. Published before the trajectory.
     */
    public ReadOnlyObjectProperty<Optional<BeatSchedule>> contrastProperty() {
        return contrast.getReadOnlyProperty();
    }

    /** How many steps of the trajectory exercise each capability (every capability present, zero included). */
    public ReadOnlyObjectProperty<Map<Capability, Integer>> capabilityCountsProperty() {
        return capabilityCounts.getReadOnlyProperty();
    }

    /** The script's note for each step of the trajectory (none for live episodes). */
    public List<@Nullable String> notes() {
        Trajectory current = trajectory.get();
        return current.mode() == EpisodeMode.NOTEBOOK ? scenario.get().scriptNotes(current.steps().size())
                : Collections.nCopies(current.steps().size(), null);
    }
}
