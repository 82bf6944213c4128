package org.agenticrl.engine.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.agenticrl.engine.FieldCheck;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.runs.Run;
import org.agenticrl.engine.runs.RunExtract;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioException;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.scenario.ScenarioValidator;
import org.agenticrl.engine.sweep.SeedResult;
import org.agenticrl.engine.sweep.SweepAxis;
import org.agenticrl.engine.sweep.SweepCell;
import org.agenticrl.engine.sweep.SweepMetrics;
import org.agenticrl.engine.sweep.SweepParameter;
import org.agenticrl.engine.sweep.SweepPlan;
import org.agenticrl.engine.training.Divergence;
import org.agenticrl.engine.training.EpisodeStats;
import org.agenticrl.engine.training.TrainingConfig;
import org.agenticrl.engine.training.TrainingMetrics;
import org.agenticrl.engine.training.advantage.AdvantageEstimator;
import org.agenticrl.engine.training.gradient.ObjectiveValue;
import org.agenticrl.engine.training.optimizer.OptimizerKind;

/**
 * A {@link SessionFile} checked field by field and turned into a {@link SessionDocument}; the first bad field is
 * refused with its path and the reason. One reader per file.
 */
final class SessionReader {
    /** The Run tab's id, the only tab whose chapters show the lesson's run. */
    static final String RUN_TAB = "run";
    private final FieldCheck<SessionException> fields;

    SessionReader(String source) {
        this.fields = new FieldCheck<>(source, SessionException::new);
    }

    SessionDocument read(SessionFile file) throws SessionException {
        Integer version = fields.required(file.schemaVersion(), "schemaVersion");
        if (version != SessionFile.SCHEMA_VERSION && version != SessionFile.WITHOUT_LESSON_VERSION) {
            throw fields.refuse("schemaVersion", "version " + version + " is not one this program reads (it reads "
                    + SessionFile.WITHOUT_LESSON_VERSION + " and " + SessionFile.SCHEMA_VERSION + ")" + (version > SessionFile.SCHEMA_VERSION
                    ? "; the file was written by a newer version" : ""));
        }
        if (!SessionFile.FORMAT.equals(fields.required(file.format(), "format"))) {
            throw fields.refuse("format", "must be \"" + SessionFile.FORMAT + "\", got \"" + file.format() + "\"");
        }
        Scenario scenario = scenario(fields.required(file.scenario(), "scenario"));
        return new SessionDocument(scenario, episode(scenario, fields.required(file.episode(), "episode")),
                playback(fields.required(file.playback(), "playback")),
                selection(fields.required(file.selection(), "selection"), "selection"),
                loss(fields.required(file.loss(), "loss"), "loss"),
                training(fields.required(file.training(), "training")),
                PolicyRows.fromSpec(scenario, fields.required(file.policy(), "policy"), fields),
                pins(fields.required(file.pins(), "pins")),
                file.sweep() == null ? Optional.empty() : Optional.of(sweep(file.sweep())),
                window(fields.required(file.window(), "window")), lesson(file.lesson(), version));
    }

    private Optional<Lesson> lesson(SessionFile.LessonSpec spec, int version) throws SessionException {
        if (spec == null) {
            return Optional.empty();
        }
        if (version < SessionFile.SCHEMA_VERSION) {
            throw fields.refuse("lesson", "a lesson needs schemaVersion " + SessionFile.SCHEMA_VERSION
                    + "; this file says " + version);
        }
        String title = text(spec.title(), "lesson.title", Lesson.titleProblem(spec.title()));
        List<SessionFile.ChapterSpec> specs = fields.required(spec.chapters(), "lesson.chapters");
        if (specs.isEmpty()) {
            throw fields.refuse("lesson.chapters", "a lesson has at least one chapter");
        }
        List<Lesson.Chapter> chapters = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            chapters.add(chapter(fields.required(specs.get(i), "lesson.chapters[" + i + "]"), "lesson.chapters[" + i + "]"));
        }
        Optional<RunExtract> run = spec.run() == null ? Optional.empty() : Optional.of(extract(spec.run()));
        for (int i = 0; i < chapters.size(); i++) {
            placed(chapters.get(i).view(), run, "lesson.chapters[" + i + "].run");
        }
        return Optional.of(new Lesson(title, chapters, run));
    }

    private RunExtract extract(SessionFile.RunExtractSpec spec) throws SessionException {
        List<JsonNode> samples = fields.required(spec.samples(), "lesson.run.samples");
        return fields.engine(() -> new RunExtract(fields.required(spec.name(), "lesson.run.name"), samples.stream()
                .map(sample -> sample == null ? "null" : sample.toString()).toList()), "lesson.run");
    }

    /** Refuses a Run-tab chapter without a place in the lesson's run, or a place the run does not have. */
    private void placed(Lesson.View view, Optional<RunExtract> run, String at) throws SessionException {
        if (view.run().isEmpty()) {
            if (view.tab().equals(RUN_TAB)) {
                throw fields.refuse(at, "a chapter on the run tab says what of the lesson's run it shows");
            }
            return;
        }
        if (!view.tab().equals(RUN_TAB)) {
            throw fields.refuse(at, "only a chapter on the run tab shows the lesson's run");
        }
        if (run.isEmpty()) {
            throw fields.refuse(at, "the lesson carries no run (lesson.run) to show");
        }
        Lesson.RunPlace place = view.run().get();
        if (place.view().equals("overview")) {
            return;
        }
        try (Run opened = run.get().open()) {
            int samples = opened.sampleCount(place.step());
            if (samples == 0) {
                throw fields.refuse(at + ".step", "the lesson's run has no step " + place.step());
            }
            if (place.sample() > samples) {
                throw fields.refuse(at + ".sample", "step " + place.step() + " of the lesson's run has " + samples
                        + (samples == 1 ? " sample" : " samples") + ", not " + place.sample());
            }
        }
    }

    private Lesson.Chapter chapter(SessionFile.ChapterSpec spec, String at) throws SessionException {
        String title = text(spec.title(), at + ".title", Lesson.titleProblem(spec.title()));
        String caption = text(spec.caption(), at + ".caption", Lesson.captionProblem(spec.caption()));
        Set<HideableControl> hidden = EnumSet.noneOf(HideableControl.class);
        List<String> ids = spec.hidden() == null ? List.of() : spec.hidden();
        for (int i = 0; i < ids.size(); i++) {
            String path = at + ".hidden[" + i + "]";
            if (!hidden.add(fields.choice(HideableControl.class, ids.get(i), path, "control"))) {
                throw fields.refuse(path, "'" + ids.get(i) + "' is listed twice");
            }
        }
        String notes = spec.notes() == null || spec.notes().isBlank() ? ""
                : text(spec.notes(), at + ".notes", Lesson.notesProblem(spec.notes()));
        return new Lesson.Chapter(title, caption, new Lesson.View(fields.required(spec.tab(), at + ".tab"),
                fields.required(spec.maximised(), at + ".maximised"), fields.atLeast(spec.position(), at + ".position", 0),
                selection(fields.required(spec.selection(), at + ".selection"), at + ".selection"),
                loss(fields.required(spec.loss(), at + ".loss"), at + ".loss"), hidden, trainedUpdates(spec.trainedUpdates(),
                at + ".trainedUpdates"), spec.run() == null ? Optional.empty() : Optional.of(place(spec.run(),
                at + ".run"))),
                spec.focus() == null ? Optional.empty() : Optional.of(focus(spec.focus(), at + ".focus")), notes);
    }

    private Lesson.RunPlace place(SessionFile.RunPlaceSpec spec, String at) throws SessionException {
        String view = fields.required(spec.view(), at + ".view");
        return fields.engine(() -> new Lesson.RunPlace(view, spec.step() == null ? 0 : spec.step(),
                spec.sample() == null ? 0 : spec.sample()), at);
    }

    private OptionalInt trainedUpdates(Integer updates, String at) throws SessionException {
        if (updates == null) {
            return OptionalInt.empty();
        }
        if (updates < 0 || updates > Lesson.View.MAX_TRAINED_UPDATES) {
            throw fields.refuse(at, "must be between 0 and " + Lesson.View.MAX_TRAINED_UPDATES + ", got " + updates);
        }
        return OptionalInt.of(updates);
    }

    private Focus focus(SessionFile.FocusSpec spec, String at) throws SessionException {
        Focus.Kind kind = fields.choice(Focus.Kind.class, spec.kind(), at + ".kind", "focus kind");
        return fields.engine(() -> new Focus(kind, spec.name()), at + ".name");
    }

    private String text(String value, String path, Optional<String> problem) throws SessionException {
        fields.required(value, path);
        if (problem.isPresent()) {
            throw fields.refuse(path, problem.get());
        }
        return value;
    }

    private Scenario scenario(SessionFile.ScenarioSpec spec) throws SessionException {
        if ((spec.builtIn() == null) == (spec.file() == null)) {
            throw fields.refuse("scenario", "give either builtIn (a built-in scenario's id) or file (a scenario "
                    + "file's contents), not " + (spec.builtIn() == null ? "neither" : "both"));
        }
        String path = spec.builtIn() != null ? "scenario.builtIn" : "scenario.file";
        try {
            if (spec.builtIn() != null) {
                return ScenarioLoader.builtIn(spec.builtIn());
            }
            Scenario scenario = ScenarioValidator.validate(spec.file(), "");
            if (ScenarioLoader.BUILT_IN.contains(scenario.id())) {
                throw fields.refuse(path + ".id", "'" + scenario.id() + "' is a built-in scenario's id; save the "
                        + "built-in by its id (builtIn) instead");
            }
            return scenario;
        } catch (ScenarioException e) {
            throw fields.refuse(e.path().isEmpty() ? path : path + "." + e.path(),
                    "the scenario no longer validates: " + e.reason());
        }
    }

    private SessionDocument.Episode episode(Scenario scenario, SessionFile.EpisodeSpec spec) throws SessionException {
        int task = fields.atLeast(spec.task(), "episode.task", 0);
        if (task >= scenario.tasks().size()) {
            throw fields.refuse("episode.task", "the scenario has " + scenario.tasks().size() + " task(s); there is no "
                    + "task " + task + " (counting from 0)");
        }
        String mode = fields.required(spec.mode(), "episode.mode");
        EpisodeMode episodeMode = switch (mode) {
            case "notebook" -> EpisodeMode.NOTEBOOK;
            case "live" -> EpisodeMode.LIVE;
            default -> throw fields.refuse("episode.mode", "unknown mode '" + mode + "'; use notebook or live");
        };
        long seed = fields.required(spec.seed(), "episode.seed");
        if (seed < 0 || seed > 0xffffffffL) {
            throw fields.refuse("episode.seed", "must be between 0 and 4294967295, got " + seed);
        }
        return new SessionDocument.Episode(task, episodeMode, seed, fields.required(spec.greedy(), "episode.greedy"),
                fields.finite(spec.temperature(), "episode.temperature"));
    }

    private SessionDocument.Playback playback(SessionFile.PlaybackSpec spec) throws SessionException {
        return new SessionDocument.Playback(fields.atLeast(spec.position(), "playback.position", 0),
                fields.finite(spec.speed(), "playback.speed"));
    }

    private SessionDocument.Selection selection(SessionFile.SelectionSpec spec, String at) throws SessionException {
        return new SessionDocument.Selection(fields.atLeast(spec.step(), at + ".step", 0),
                fields.atLeast(spec.token(), at + ".token", 0),
                fields.required(spec.sortByProbability(), at + ".sortByProbability"));
    }

    private SessionDocument.LossPanel loss(SessionFile.LossPanelSpec spec, String at) throws SessionException {
        return new SessionDocument.LossPanel(objective(fields.required(spec.objective(), at + ".objective"),
                at + ".objective"), fields.finite(spec.previewStepSize(), at + ".previewStepSize"),
                fields.required(spec.previewShown(), at + ".previewShown"));
    }

    private LossSettings objective(SessionFile.ObjectiveSpec spec, String at) throws SessionException {
        double gamma = fields.finite(spec.gamma(), at + ".gamma");
        double lambda1 = fields.finite(spec.lambda1(), at + ".lambda1");
        double lambda2 = fields.finite(spec.lambda2(), at + ".lambda2");
        RewardMode reward = fields.choice(RewardMode.class, spec.reward(), at + ".reward", "reward mode");
        SftVariant sft = fields.choice(SftVariant.class, spec.sft(), at + ".sft", "SFT variant");
        KlVariant kl = fields.choice(KlVariant.class, spec.kl(), at + ".kl", "KL variant");
        return fields.engine(() -> new LossSettings(gamma, lambda1, lambda2, reward, sft, kl), at);
    }

    private SessionDocument.Training training(SessionFile.TrainingSpec spec) throws SessionException {
        SessionFile.SettingsSpec settings = fields.required(spec.settings(), "training.settings");
        String at = "training.settings.";
        SessionDocument.TrainingInputs inputs = new SessionDocument.TrainingInputs(
                fields.required(settings.seed(), at + "seed"), fields.required(settings.groupSize(), at + "groupSize"),
                fields.choice(AdvantageEstimator.class, settings.advantage(), at + "advantage", "advantage estimator"),
                fields.finite(settings.lambda1(), at + "lambda1"), fields.finite(settings.lambda2(), at + "lambda2"),
                fields.choice(RewardMode.class, settings.reward(), at + "reward", "reward mode"),
                fields.choice(SftVariant.class, settings.sft(), at + "sft", "SFT variant"),
                fields.choice(KlVariant.class, settings.kl(), at + "kl", "KL variant"),
                fields.choice(OptimizerKind.class, settings.optimizer(), at + "optimizer", "optimizer"),
                fields.finite(settings.learningRate(), at + "learningRate"), fields.finite(settings.clip(), at + "clip"));
        double speed = spec.speed() == null ? Double.POSITIVE_INFINITY : fields.finite(spec.speed(), "training.speed");
        Optional<SessionDocument.TrainedRun> run = Optional.empty();
        if (spec.run() != null) {
            TrainingConfig config = config(fields.required(spec.run().config(), "training.run.config"), "training.run.config");
            List<TrainingMetrics> curve = curve(spec.run().curve(), "training.run.curve");
            if (curve.isEmpty()) {
                throw fields.refuse("training.run.curve", "a run is saved only with its updates; this one has none");
            }
            run = Optional.of(new SessionDocument.TrainedRun(config, curve));
        }
        return new SessionDocument.Training(inputs, fields.required(spec.episodes(), "training.episodes"), speed, run);
    }

    private TrainingConfig config(SessionFile.ConfigSpec spec, String at) throws SessionException {
        long seed = fields.required(spec.seed(), at + ".seed");
        int group = fields.required(spec.groupSize(), at + ".groupSize");
        AdvantageEstimator estimator = fields.choice(AdvantageEstimator.class, spec.advantage(), at + ".advantage",
                "advantage estimator");
        LossSettings loss = objective(fields.required(spec.loss(), at + ".loss"), at + ".loss");
        OptimizerKind optimizer = fields.choice(OptimizerKind.class, spec.optimizer(), at + ".optimizer", "optimizer");
        double rate = fields.finite(spec.learningRate(), at + ".learningRate");
        double clip = spec.clip() == null ? Double.POSITIVE_INFINITY : fields.finite(spec.clip(), at + ".clip");
        return fields.engine(() -> new TrainingConfig(seed, group, estimator, loss, optimizer, rate, clip), at);
    }

    private List<TrainingMetrics> curve(List<SessionFile.MetricsSpec> specs, String at) throws SessionException {
        List<TrainingMetrics> curve = new ArrayList<>(fields.required(specs, at).size());
        for (int i = 0; i < specs.size(); i++) {
            String point = at + "[" + i + "]";
            SessionFile.MetricsSpec spec = fields.required(specs.get(i), point);
            SessionFile.BatchSpec batch = fields.required(spec.batch(), point + ".batch");
            SessionFile.LossValueSpec loss = fields.required(spec.loss(), point + ".loss");
            curve.add(new TrainingMetrics(fields.atLeast(spec.update(), point + ".update", 1),
                    fields.atLeast(spec.episodes(), point + ".episodes", 1),
                    new EpisodeStats(fields.atLeast(batch.episodes(), point + ".batch.episodes", 1),
                            fields.finite(batch.successRate(), point + ".batch.successRate"),
                            fields.finite(batch.calculatorRate(), point + ".batch.calculatorRate"),
                            fields.finite(batch.meanReturn(), point + ".batch.meanReturn"),
                            fields.finite(batch.meanSteps(), point + ".batch.meanSteps")),
                    new ObjectiveValue(fields.finite(loss.rl(), point + ".loss.rl"),
                            fields.finite(loss.weightedSft(), point + ".loss.weightedSft"),
                            fields.finite(loss.weightedKl(), point + ".loss.weightedKl"),
                            fields.finite(loss.klToReference(), point + ".loss.klToReference")),
                    fields.finite(spec.gradientNorm(), point + ".gradientNorm")));
        }
        return curve;
    }

    private List<SessionDocument.Pin> pins(List<SessionFile.PinSpec> specs) throws SessionException {
        List<SessionDocument.Pin> pins = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            String at = "pins[" + i + "]";
            SessionFile.PinSpec pin = fields.required(specs.get(i), at);
            String label = fields.required(pin.label(), at + ".label");
            if (label.isBlank()) {
                throw fields.refuse(at + ".label", "a pinned run needs a label for the legend");
            }
            pins.add(new SessionDocument.Pin(label, curve(pin.curve(), at + ".curve")));
        }
        return pins;
    }

    private SessionDocument.SweepState sweep(SessionFile.SweepSpec spec) throws SessionException {
        SweepAxis x = axis(fields.required(spec.x(), "sweep.x"), "sweep.x");
        SweepAxis y = axis(fields.required(spec.y(), "sweep.y"), "sweep.y");
        TrainingConfig base = config(fields.required(spec.base(), "sweep.base"), "sweep.base");
        int episodes = fields.required(spec.episodes(), "sweep.episodes");
        int seeds = fields.required(spec.seeds(), "sweep.seeds");
        int evaluation = fields.required(spec.evaluationEpisodes(), "sweep.evaluationEpisodes");
        SweepPlan plan = fields.engine(() -> new SweepPlan(x, y, base, episodes, seeds, evaluation), "sweep");
        List<SessionFile.CellSpec> specs = fields.required(spec.cells(), "sweep.cells");
        List<SweepCell> cells = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            cells.add(cell(plan, fields.required(specs.get(i), "sweep.cells[" + i + "]"), "sweep.cells[" + i + "]"));
        }
        return new SessionDocument.SweepState(plan, fields.required(spec.metric(), "sweep.metric"), cells);
    }

    private SweepAxis axis(SessionFile.AxisSpec spec, String at) throws SessionException {
        SweepParameter parameter = fields.choice(SweepParameter.class, spec.parameter(), at + ".parameter",
                "sweep setting");
        List<Double> values = fields.required(spec.values(), at + ".values");
        for (int i = 0; i < values.size(); i++) {
            fields.finite(values.get(i), at + ".values[" + i + "]");
        }
        return fields.engine(() -> new SweepAxis(parameter, values), at);
    }

    private SweepCell cell(SweepPlan plan, SessionFile.CellSpec spec, String at) throws SessionException {
        int xIndex = fields.atLeast(spec.xIndex(), at + ".xIndex", 0);
        int yIndex = fields.atLeast(spec.yIndex(), at + ".yIndex", 0);
        if (xIndex >= plan.x().size() || yIndex >= plan.y().size()) {
            throw fields.refuse(at, "cell (" + xIndex + ", " + yIndex + ") is outside the plan's " + plan.x().size()
                    + " x " + plan.y().size() + " grid");
        }
        List<SessionFile.SeedSpec> seedSpecs = fields.required(spec.seeds(), at + ".seeds");
        List<SeedResult> seeds = new ArrayList<>(seedSpecs.size());
        for (int i = 0; i < seedSpecs.size(); i++) {
            String seedAt = at + ".seeds[" + i + "]";
            SessionFile.SeedSpec seed = fields.required(seedSpecs.get(i), seedAt);
            Optional<Divergence> divergence = Optional.empty();
            if (seed.divergence() != null) {
                divergence = Optional.of(new Divergence(fields.atLeast(seed.divergence().update(), seedAt
                        + ".divergence.update", 1), fields.required(seed.divergence().problem(), seedAt
                        + ".divergence.problem"), fields.required(seed.divergence().advice(), seedAt + ".divergence.advice")));
            }
            seeds.add(new SeedResult(fields.atLeast(seed.seedIndex(), seedAt + ".seedIndex", 0),
                    fields.required(seed.seed(), seedAt + ".seed"), fields.atLeast(seed.episodes(), seedAt + ".episodes", 0),
                    metrics(seed.metrics(), seedAt + ".metrics"), divergence));
        }
        if (seeds.isEmpty()) {
            throw fields.refuse(at + ".seeds", "a finished cell has at least one seed's result");
        }
        return new SweepCell(xIndex, yIndex, fields.finite(spec.x(), at + ".x"), fields.finite(spec.y(), at + ".y"),
                fields.atLeast(spec.episodes(), at + ".episodes", 1), seeds, metrics(spec.mean(), at + ".mean"),
                metrics(spec.min(), at + ".min"), metrics(spec.max(), at + ".max"), null, List.of());
    }

    private SweepMetrics metrics(SessionFile.SweepMetricsSpec spec, String at) throws SessionException {
        fields.required(spec, at);
        return new SweepMetrics(fields.finite(spec.successRate(), at + ".successRate"),
                fields.finite(spec.calculatorRate(), at + ".calculatorRate"),
                fields.finite(spec.meanReturn(), at + ".meanReturn"), fields.finite(spec.meanSteps(), at + ".meanSteps"),
                fields.finiteOrNaN(spec.klToReference(), at + ".klToReference"),
                fields.finiteOrNaN(spec.finalLoss(), at + ".finalLoss"));
    }

    private SessionDocument.Window window(SessionFile.WindowSpec spec) throws SessionException {
        return new SessionDocument.Window(fields.required(spec.theme(), "window.theme"),
                fields.finite(spec.textScale(), "window.textScale"), fields.required(spec.maximised(), "window.maximised"),
                fields.required(spec.tab(), "window.tab"));
    }
}
