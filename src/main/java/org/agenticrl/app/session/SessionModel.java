package org.agenticrl.app.session;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.agenticrl.app.common.ModelRuntime;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.distribution.StepPreviewModel;
import org.agenticrl.app.episode.EpisodeModel;
import org.agenticrl.app.episode.PlaybackModel;
import org.agenticrl.app.episode.SelectionModel;
import org.agenticrl.app.objective.ObjectiveModel;
import org.agenticrl.app.scenario.ScenarioModel;
import org.agenticrl.app.sweep.SweepModel;
import org.agenticrl.app.training.DriftModel;
import org.agenticrl.app.training.TrainingModel;
import org.agenticrl.engine.scenario.Scenario;

/**
 * The one observable model behind a window: the episode, its playback, the selected token, the objective, training,
 * drift, the scenario choice and the status line, wired together over one episode. Views bind to the feature models'
 * properties and call their commands; they never compute. All mutation happens on the thread that owns the model (the
 * FX thread in the app); slow work goes through the runtime's background work and training worker.
 */
public final class SessionModel {
    private final EpisodeModel episode;
    private final PlaybackModel playback;
    private final SelectionModel selection;
    private final ObjectiveModel objective;
    private final TrainingModel training;
    private final DriftModel drift;
    private final ScenarioModel scenarios;
    private final StepPreviewModel preview;
    private final SweepModel sweep;
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusMessage.info("Ready"));

    public SessionModel(Scenario scenario, ModelRuntime runtime) {
        this.episode = new EpisodeModel(scenario);
        this.playback = new PlaybackModel(episode, runtime.playback());
        this.selection = new SelectionModel(episode, playback);
        this.objective = new ObjectiveModel(episode);
        this.preview = new StepPreviewModel(episode, selection, objective);
        this.training = new TrainingModel(episode, this::report, runtime.trainingWorker(), runtime.frames());
        this.drift = new DriftModel(episode);
        this.sweep = new SweepModel(episode, training, this::report, runtime.sweepFrames(),
                Runtime.getRuntime().availableProcessors());
        this.scenarios = new ScenarioModel(episode.scenarioProperty(), runtime.background(), this::install, this::report);
    }

    public EpisodeModel episode() {
        return episode;
    }

    public PlaybackModel playback() {
        return playback;
    }

    public SelectionModel selection() {
        return selection;
    }

    /** The loss panel's L = L_RL + λ1 L_SFT + λ2 L_KL on the episode on screen. */
    public ObjectiveModel objective() {
        return objective;
    }

    /** What one update of the objective would do to the selected position's distribution. */
    public StepPreviewModel preview() {
        return preview;
    }

    public TrainingModel training() {
        return training;
    }

    public DriftModel drift() {
        return drift;
    }

    /** The landscape of two training settings: a grid of runs and the agents they make. */
    public SweepModel sweep() {
        return sweep;
    }

    public ScenarioModel scenarios() {
        return scenarios;
    }

    /** Installs the trained policy, if any, and plays a fresh live episode of it from the start. */
    public void watchFreshEpisode() {
        episode.reroll();
        playback.play();
    }

    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Shows a line in the status bar; an error also opens the problem banner. */
    public void report(StatusMessage message) {
        status.set(message);
    }

    /** Puts a scenario on screen: playback paused, training reset, its first task, the first token selected. */
    void install(Scenario scenario) {
        playback.pause();
        training.reset();
        episode.loadScenario(scenario);
        selection.select(0, 0);
    }
}
