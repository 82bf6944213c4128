package org.agenticrl.app.session;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.agenticrl.app.common.NumberInput;
import org.agenticrl.app.common.NumericRange;
import org.agenticrl.app.episode.EpisodeModel;
import org.agenticrl.app.episode.PlaybackModel;
import org.agenticrl.app.objective.ObjectiveModel;
import org.agenticrl.app.sweep.SweepMetric;
import org.agenticrl.app.sweep.SweepModel;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Theme;
import org.agenticrl.app.training.PinnedRun;
import org.agenticrl.app.training.TrainingModel;
import org.agenticrl.app.training.TrainingSettings;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.session.HideableControl;
import org.agenticrl.engine.session.Lesson;
import org.agenticrl.engine.session.SessionDocument;
import org.agenticrl.engine.session.SessionException;

/**
 * Between the window's models and a {@link SessionDocument}: {@link #capture} reads every saved field off the models,
 * {@link #check} refuses a document whose values the app's controls cannot take (with the field and the reason), and
 * {@link #apply} puts a checked document on screen. Use on the model's thread.
 */
final class SessionSnapshot {
    private static final String RUN_TAB = "run";
    private final SessionModel model;
    private final AppearanceModel appearance;
    private final WindowState window;

    SessionSnapshot(SessionModel model, AppearanceModel appearance, WindowState window) {
        this.model = model;
        this.appearance = appearance;
        this.window = window;
    }

    SessionDocument capture() {
        EpisodeModel episode = model.episode();
        ObjectiveModel objective = model.objective();
        TrainingModel training = model.training();
        TrainingSettings settings = training.settings();
        SweepModel sweep = model.sweep();
        return new SessionDocument(episode.scenario(),
                new SessionDocument.Episode(episode.scenario().tasks().indexOf(episode.taskProperty().get()),
                        episode.modeProperty().get(), (long) episode.seed().get(), episode.greedyProperty().get(),
                        episode.temperature().get()),
                new SessionDocument.Playback(model.playback().cursorProperty().get(),
                        model.playback().speedProperty().get()),
                selection(), lossPanel(),
                new SessionDocument.Training(new SessionDocument.TrainingInputs((long) settings.seed().get(),
                        (int) settings.groupSize().get(), settings.estimatorProperty().get(), settings.lambda1().get(),
                        settings.lambda2().get(), settings.rewardModeProperty().get(), settings.sftProperty().get(),
                        settings.klProperty().get(), settings.optimizerProperty().get(), settings.learningRate().get(),
                        settings.clip().get()), (int) settings.episodes().get(), settings.speedProperty().get(),
                        training.runConfig().map(config -> new SessionDocument.TrainedRun(config,
                                training.curveProperty().get()))),
                episode.policyProperty().get(),
                training.pins().stream().map(pin -> new SessionDocument.Pin(pin.label(), pin.curve())).toList(),
                Optional.ofNullable(sweep.planProperty().get()).map(plan -> new SessionDocument.SweepState(plan,
                        id(sweep.metricProperty().get()), sweep.cellsProperty().get())),
                new SessionDocument.Window(id(appearance.themeProperty().get()),
                        appearance.textScaleProperty().get(), window.maximised(), window.tab()), Optional.empty());
    }

    private SessionDocument.Selection selection() {
        return new SessionDocument.Selection(model.selection().stepProperty().get(),
                model.selection().tokenProperty().get(), model.selection().sortByProbabilityProperty().get());
    }

    private SessionDocument.LossPanel lossPanel() {
        ObjectiveModel objective = model.objective();
        return new SessionDocument.LossPanel(objective.loss().settings(objective.gamma().get()),
                objective.stepSize().get(), model.preview().shownProperty().get());
    }

    /** What the window shows now, as a lesson chapter's view with these controls hidden. */
    Lesson.View view(Set<HideableControl> hidden) {
        return new Lesson.View(window.tab(), window.shownView(), model.playback().cursorProperty().get(), selection(),
                lossPanel(), hidden, model.training().trainedUpdates(), window.tab().equals(RUN_TAB)
                ? model.runs().place() : Optional.empty());
    }

    /** Shows a checked chapter's view over the session on screen, through the view models. */
    void show(Lesson.View view) {
        view.trainedUpdates().ifPresent(model.training()::showTrained);
        applyLoss(view.loss());
        model.playback().pause();
        model.playback().seek(view.position());
        model.selection().sortByProbabilityProperty().set(view.selection().sortByProbability());
        model.selection().select(view.selection().step(), view.selection().token());
        view.run().ifPresent(model.runs()::show);
        window.maximise(view.maximised());
        window.showTab(view.tab());
    }

    private static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** Refuses a document with a value outside what the app's controls take, naming its field. */
    static void check(SessionDocument document, String source) throws SessionException {
        Checks checks = new Checks(source);
        checks.range(EpisodeModel.TEMPERATURE, document.episode().temperature(), "episode.temperature");
        checks.range(PlaybackModel.SPEED, document.playback().speed(), "playback.speed");
        checks.lossPanel(document.loss(), "loss");
        SessionDocument.TrainingInputs inputs = document.training().settings();
        checks.range(TrainingSettings.SEED, inputs.seed(), "training.settings.seed");
        checks.range(TrainingSettings.GROUP, inputs.groupSize(), "training.settings.groupSize");
        checks.range(ObjectiveModel.LAMBDA1, inputs.lambda1(), "training.settings.lambda1");
        checks.range(ObjectiveModel.LAMBDA2, inputs.lambda2(), "training.settings.lambda2");
        checks.range(TrainingSettings.LEARNING_RATE, inputs.learningRate(), "training.settings.learningRate");
        checks.range(TrainingSettings.CLIP, inputs.clip(), "training.settings.clip");
        checks.range(TrainingSettings.EPISODES, document.training().episodes(), "training.episodes");
        if (Arrays.stream(TrainingSettings.SPEEDS).noneMatch(speed -> speed == document.training().speed())) {
            throw new SessionException(source, "training.speed", "must be one of the Training tab's speeds: "
                    + Arrays.stream(TrainingSettings.SPEEDS).filter(Double::isFinite).mapToObj(s -> Long.toString((long) s))
                    .reduce((a, b) -> a + ", " + b).orElse("") + " updates a second, or absent for as fast as possible");
        }
        if (document.sweep().isPresent()) {
            SessionDocument.SweepState sweep = document.sweep().get();
            checks.range(SweepModel.EPISODES, sweep.plan().episodes(), "sweep.episodes");
            checks.range(SweepModel.SEEDS, sweep.plan().seeds(), "sweep.seeds");
            checks.range(SweepModel.EVALUATION, sweep.plan().evaluationEpisodes(), "sweep.evaluationEpisodes");
            checks.oneOf(Arrays.stream(SweepMetric.values()).map(SessionSnapshot::id).toList(), sweep.metric(),
                    "sweep.metric");
        }
        SessionDocument.Window shown = document.window();
        checks.oneOf(Arrays.stream(Theme.values()).map(SessionSnapshot::id).toList(), shown.theme(), "window.theme");
        checks.range(new NumericRange("Text scale", AppearanceModel.MIN_SCALE, AppearanceModel.MAX_SCALE),
                shown.textScale(), "window.textScale");
        checks.oneOf(WindowState.VIEWS, shown.maximised(), "window.maximised");
        checks.oneOf(WindowState.TABS, shown.tab(), "window.tab");
        if (document.lesson().isPresent()) {
            List<Lesson.Chapter> chapters = document.lesson().get().chapters();
            for (int i = 0; i < chapters.size(); i++) {
                String at = "lesson.chapters[" + i + "].";
                Lesson.View view = chapters.get(i).view();
                checks.oneOf(WindowState.TABS, view.tab(), at + "tab");
                checks.oneOf(WindowState.VIEWS, view.maximised(), at + "maximised");
                checks.lossPanel(view.loss(), at + "loss");
            }
        }
    }

    private record Checks(String source) {
        void lossPanel(SessionDocument.LossPanel panel, String at) throws SessionException {
            LossSettings loss = panel.objective();
            range(ObjectiveModel.GAMMA, loss.gamma(), at + ".objective.gamma");
            range(ObjectiveModel.LAMBDA1, loss.lambda1(), at + ".objective.lambda1");
            range(ObjectiveModel.LAMBDA2, loss.lambda2(), at + ".objective.lambda2");
            range(ObjectiveModel.STEP_SIZE, panel.previewStepSize(), at + ".previewStepSize");
        }

        void range(NumericRange range, double value, String path) throws SessionException {
            Optional<String> problem = range.problemWith(value);
            if (problem.isPresent()) {
                throw new SessionException(source, path, problem.get());
            }
        }

        void oneOf(List<String> ids, String value, String path) throws SessionException {
            if (!ids.contains(value)) {
                throw new SessionException(source, path, "unknown value '" + value + "'; use one of: "
                        + String.join(", ", ids));
            }
        }
    }

    /** Puts a document that passed {@link #check} on screen, replacing everything the window showed. */
    void apply(SessionDocument document) {
        model.sweep().cancel();
        model.install(document.scenario());
        document.lesson().flatMap(Lesson::run).ifPresent(model.runs()::showExtract);
        EpisodeModel episode = model.episode();
        SessionDocument.Episode saved = document.episode();
        episode.taskProperty().set(document.scenario().tasks().get(saved.task()));
        episode.modeProperty().set(saved.mode());
        episode.seed().set(saved.seed());
        episode.greedyProperty().set(saved.greedy());
        episode.temperature().set(saved.temperature());
        applyLoss(document.loss());
        applyTraining(document);
        if (document.policy().trainedContexts().isEmpty()) {
            episode.resetPolicy();
        } else {
            episode.setPolicy(document.policy());
        }
        document.sweep().ifPresent(sweep -> model.sweep().restore(sweep.plan(), sweep.cells(),
                SweepMetric.valueOf(sweep.metric().toUpperCase(Locale.ROOT))));
        model.playback().speedProperty().set(document.playback().speed());
        model.playback().seek(document.playback().position());
        model.selection().sortByProbabilityProperty().set(document.selection().sortByProbability());
        model.selection().select(document.selection().step(), document.selection().token());
        SessionDocument.Window shown = document.window();
        appearance.showSaved(Theme.valueOf(shown.theme().toUpperCase(Locale.ROOT)), shown.textScale());
        window.maximise(shown.maximised());
        window.showTab(shown.tab());
    }

    private void applyLoss(SessionDocument.LossPanel loss) {
        ObjectiveModel objective = model.objective();
        LossSettings settings = loss.objective();
        objective.gamma().set(settings.gamma());
        objective.loss().set(settings);
        objective.stepSize().set(loss.previewStepSize());
        model.preview().shownProperty().set(loss.previewShown());
    }

    private void applyTraining(SessionDocument document) {
        TrainingModel training = model.training();
        TrainingSettings settings = training.settings();
        SessionDocument.TrainingInputs inputs = document.training().settings();
        settings.seed().set(inputs.seed());
        settings.groupSize().set(inputs.groupSize());
        settings.estimatorProperty().set(inputs.estimator());
        settings.loss().set(new LossSettings(LossSettings.SEED_GAMMA, inputs.lambda1(), inputs.lambda2(), inputs.reward(),
                inputs.sft(), inputs.kl()));
        settings.optimizerProperty().set(inputs.optimizer());
        settings.learningRate().set(inputs.learningRate());
        settings.clip().set(inputs.clip());
        settings.episodes().set(document.training().episodes());
        settings.speedProperty().set(document.training().speed());
        document.training().run().ifPresent(run -> training.restoreRun(run.config(), run.curve()));
        training.pins().setAll(document.pins().stream().map(pin -> new PinnedRun(pin.label(), pin.curve())).toList());
    }

    /** The number inputs a document sets, for the dirty tracking of {@link SessionFileModel}. */
    static List<NumberInput> numberInputs(SessionModel model) {
        TrainingSettings settings = model.training().settings();
        return List.of(model.episode().seed(), model.episode().temperature(), model.objective().gamma(),
                model.objective().lambda1(), model.objective().lambda2(), model.objective().stepSize(), settings.seed(),
                settings.groupSize(), settings.lambda1(), settings.lambda2(), settings.learningRate(), settings.clip(),
                settings.episodes());
    }
}
