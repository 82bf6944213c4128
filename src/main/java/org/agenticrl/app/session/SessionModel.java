package org.agenticrl.app.session;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.ModelRuntime;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.episode.EpisodeModel;
import org.agenticrl.app.episode.PlaybackModel;
import org.agenticrl.app.episode.SelectionModel;
import org.agenticrl.app.objective.ObjectiveModel;
import org.agenticrl.app.training.DriftModel;
import org.agenticrl.app.training.TrainingModel;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioException;
import org.agenticrl.engine.scenario.ScenarioLoader;

/**
 * The one observable model every view of a window reads: the episode, its playback, the selected token, the losses,
 * and the status line. Views bind to its properties and call its commands; they never compute. All mutation happens
 * on the thread that owns the model (the FX thread in the app); slow work goes through {@link BackgroundWork}.
 */
public final class SessionModel {
    private final BackgroundWork background;
    private final EpisodeModel episode;
    private final PlaybackModel playback;
    private final SelectionModel selection;
    private final ObjectiveModel objective;
    private final TrainingModel training;
    private final DriftModel drift;
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusMessage.info("Ready"));

    public SessionModel(Scenario scenario, ModelRuntime runtime) {
        this.background = runtime.background();
        this.episode = new EpisodeModel(scenario);
        this.playback = new PlaybackModel(episode, runtime.playback());
        this.selection = new SelectionModel(episode, playback);
        this.objective = new ObjectiveModel(episode);
        this.training = new TrainingModel(episode, this::report, runtime.trainingWorker(), runtime.frames());
        this.drift = new DriftModel(episode);
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

    public ObjectiveModel objective() {
        return objective;
    }

    public TrainingModel training() {
        return training;
    }

    public DriftModel drift() {
        return drift;
    }

    /** Installs the trained policy, if any, and plays a fresh live episode of it from the start. */
    public void watchFreshEpisode() {
        episode.reroll();
        playback.play();
    }

    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Shows a line in the status bar. */
    public void report(StatusMessage message) {
        status.set(message);
    }

    /** Switches to a built-in scenario. An unknown id is reported and changes nothing. */
    public void openBuiltIn(String id) {
        background.run(() -> ScenarioLoader.builtIn(id), this::install, this::refuse);
    }

    /**
     * Reads a scenario file off the model's thread and switches to it. A bad file is reported in the status line
     * (file, field path, reason) and the current scenario stays.
     *
     * @param onLoaded called with the path after a successful switch (e.g. to remember it as a recent file)
     */
    public void openFile(Path file, java.util.function.Consumer<Path> onLoaded) {
        background.run(() -> ScenarioLoader.load(file), scenario -> {
            install(scenario);
            onLoaded.accept(file);
        }, this::refuse);
    }

    private void install(Scenario scenario) {
        playback.pause();
        training.reset();
        episode.loadScenario(scenario);
        selection.select(0, 0);
        report(StatusMessage.info("Scenario: " + scenario.title()));
    }

    private void refuse(Exception problem) {
        String reason = problem instanceof ScenarioException ? problem.getMessage()
                : "could not open the scenario (" + problem.getClass().getSimpleName() + ")";
        report(StatusMessage.error(reason));
    }
}
