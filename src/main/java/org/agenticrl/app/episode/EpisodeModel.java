package org.agenticrl.app.episode;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.agenticrl.app.common.NumericRange;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.Task;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;

/**
 * The episode on screen: its settings (mode, seed, greedy or sampled, temperature, task) and the trajectory the engine
 * computes from them and the current policy. The trajectory is recomputed once per change of any input, on the
 * thread that made the change (the FX thread in the app); an episode of these tiny models takes microseconds.
 * The new {@link BeatSchedule} is published before the new trajectory, so listeners of the trajectory always find
 * the matching playback.
 */
public final class EpisodeModel {
    public static final NumericRange TEMPERATURE = new NumericRange("Temperature", Policy.MIN_TEMPERATURE, Policy.MAX_TEMPERATURE);
    public static final NumericRange SEED = new NumericRange("Seed", 0, 4294967295.0, true);

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Policy> policy = new ReadOnlyObjectWrapper<>(this, "policy");
    private final ReadOnlyObjectWrapper<Policy> reference = new ReadOnlyObjectWrapper<>(this, "reference");
    private final ObjectProperty<Task> task = new SimpleObjectProperty<>(this, "task");
    private final ObjectProperty<EpisodeMode> mode = new SimpleObjectProperty<>(this, "mode", EpisodeMode.NOTEBOOK);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 0);
    private final BooleanProperty greedy = new SimpleBooleanProperty(this, "greedy", false);
    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 1.0);
    private final ReadOnlyObjectWrapper<Trajectory> trajectory = new ReadOnlyObjectWrapper<>(this, "trajectory");
    private final ReadOnlyObjectWrapper<BeatSchedule> playback = new ReadOnlyObjectWrapper<>(this, "playback");
    private final ReadOnlyObjectWrapper<Optional<Trajectory>> contrast = new ReadOnlyObjectWrapper<>(this, "contrast",
            Optional.empty());
    private final SplittableRandom seeds = new SplittableRandom();
    private boolean batching;

    public EpisodeModel(Scenario initial) {
        scenario.set(initial);
        policy.set(initial.pretrainedPolicy());
        reference.set(initial.pretrainedPolicy());
        task.set(initial.tasks().get(0));
        for (ObservableValue<?> input : new ObservableValue<?>[] {task, mode, seed, greedy, temperature}) {
            input.addListener((observable, before, after) -> recompute());
        }
        recompute();
    }

    private void recompute() {
        if (batching) {
            return;
        }
        if (!TEMPERATURE.contains(temperature.get())) {
            return;
        }
        EpisodeSettings settings = new EpisodeSettings(mode.get(), seed.get(), greedy.get(), task.get(), null);
        Trajectory next = settings.run(scenario.get(), currentPolicy());
        contrast.set(settings.runContrast(scenario.get(), currentPolicy()));
        playback.set(new BeatSchedule(next));
        trajectory.set(next);
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
        batching = true;
        try {
            scenario.set(next);
            reference.set(next.pretrainedPolicy());
            policy.set(next.pretrainedPolicy());
            task.set(next.tasks().get(0));
        } finally {
            batching = false;
        }
        recompute();
    }

    /** Installs a trained policy (its reference is unchanged) and recomputes the episode with it. */
    public void setPolicy(Policy trained) {
        policy.set(trained);
        recompute();
    }

    /** Back to the pre-trained policy. */
    public void resetPolicy() {
        setPolicy(reference.get());
    }

    /** A fresh random seed; in notebook mode this also switches to live mode, where seeds matter. */
    public void reroll() {
        batching = true;
        try {
            mode.set(EpisodeMode.LIVE);
            seed.set(seeds.nextLong(1L << 32));
        } finally {
            batching = false;
        }
        recompute();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Policy> policyProperty() {
        return policy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Policy> referenceProperty() {
        return reference.getReadOnlyProperty();
    }

    public ObjectProperty<Task> taskProperty() {
        return task;
    }

    public ObjectProperty<EpisodeMode> modeProperty() {
        return mode;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public BooleanProperty greedyProperty() {
        return greedy;
    }

    /** Always within {@link #TEMPERATURE}; a value outside is ignored and leaves the episode as it was. */
    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    public ReadOnlyObjectProperty<Trajectory> trajectoryProperty() {
        return trajectory.getReadOnlyProperty();
    }

    public Trajectory trajectory() {
        return trajectory.get();
    }

    /**
     * The scenario's traditional single-turn model on the same task, mode and seed, when the scenario has one: the
     * episode to set beside the agent's. Published before the trajectory.
     */
    public ReadOnlyObjectProperty<Optional<Trajectory>> contrastProperty() {
        return contrast.getReadOnlyProperty();
    }

    /** The script's note for each step of the trajectory (null where none, and for live episodes). */
    public List<String> notes() {
        Trajectory current = trajectory.get();
        return current.mode() == EpisodeMode.NOTEBOOK ? scenario.get().scriptNotes(current.steps().size())
                : Collections.nCopies(current.steps().size(), null);
    }

    public ReadOnlyObjectProperty<BeatSchedule> playbackProperty() {
        return playback.getReadOnlyProperty();
    }

    public Scenario scenario() {
        return scenario.get();
    }
}
