package org.agenticrl.engine.session;

import java.util.List;
import java.util.Locale;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.sweep.SeedResult;
import org.agenticrl.engine.sweep.SweepAxis;
import org.agenticrl.engine.sweep.SweepCell;
import org.agenticrl.engine.sweep.SweepMetrics;
import org.agenticrl.engine.sweep.SweepPlan;
import org.agenticrl.engine.training.TrainingConfig;
import org.agenticrl.engine.training.TrainingMetrics;

/** A {@link SessionDocument} as the {@link SessionFile} that holds it. Stateless. */
final class SessionWriter {
    private SessionWriter() {
    }

    static SessionFile toFile(SessionDocument document) {
        SessionDocument.Episode episode = document.episode();
        SessionDocument.Training training = document.training();
        SessionDocument.TrainingInputs inputs = training.settings();
        SessionDocument.Window window = document.window();
        return new SessionFile(document.lesson().isPresent() ? SessionFile.SCHEMA_VERSION
                : SessionFile.WITHOUT_LESSON_VERSION, SessionFile.FORMAT,
                ScenarioLoader.BUILT_IN.contains(document.scenario().id()) ? new SessionFile.ScenarioSpec(document.scenario().id(), null)
                        : new SessionFile.ScenarioSpec(null, document.scenario().source()),
                new SessionFile.EpisodeSpec(episode.task(), episode.mode().name().toLowerCase(Locale.ROOT),
                        episode.seed(), episode.greedy(), episode.temperature()),
                new SessionFile.PlaybackSpec(document.playback().position(), document.playback().speed()),
                selection(document.selection()), loss(document.loss()),
                new SessionFile.TrainingSpec(new SessionFile.SettingsSpec(inputs.seed(), inputs.groupSize(),
                        inputs.estimator().id(), inputs.lambda1(), inputs.lambda2(), inputs.reward().id(),
                        inputs.sft().id(), inputs.kl().id(), inputs.optimizer().id(), inputs.learningRate(),
                        inputs.clip()), training.episodes(),
                        Double.isInfinite(training.speed()) ? null : training.speed(),
                        training.run().map(run -> new SessionFile.RunSpec(config(run.config()), curve(run.curve())))
                                .orElse(null)),
                PolicyRows.toSpec(document.scenario(), document.policy()),
                document.pins().stream().map(pin -> new SessionFile.PinSpec(pin.label(), curve(pin.curve()))).toList(),
                document.sweep().map(sweep -> sweep(sweep.plan(), sweep.metric(), sweep.cells())).orElse(null),
                new SessionFile.WindowSpec(window.theme(), window.textScale(), window.maximised(), window.tab()),
                document.lesson().map(SessionWriter::lesson).orElse(null));
    }

    private static SessionFile.SelectionSpec selection(SessionDocument.Selection selection) {
        return new SessionFile.SelectionSpec(selection.step(), selection.token(), selection.sortByProbability());
    }

    private static SessionFile.LossPanelSpec loss(SessionDocument.LossPanel loss) {
        return new SessionFile.LossPanelSpec(objective(loss.objective()), loss.previewStepSize(), loss.previewShown());
    }

    private static SessionFile.LessonSpec lesson(Lesson lesson) {
        return new SessionFile.LessonSpec(lesson.title(), lesson.chapters().stream().map(chapter -> {
            Lesson.View view = chapter.view();
            List<String> hidden = view.hidden().stream().sorted().map(HideableControl::id).toList();
            return new SessionFile.ChapterSpec(chapter.title(), chapter.caption(), view.tab(), view.maximised(),
                    view.position(), selection(view.selection()), loss(view.loss()), hidden.isEmpty() ? null : hidden,
                    chapter.focus().map(focus -> new SessionFile.FocusSpec(focus.kind().id(),
                            focus.name().isEmpty() ? null : focus.name())).orElse(null),
                    view.trainedUpdates().isPresent() ? view.trainedUpdates().getAsInt() : null,
                    chapter.notes().isBlank() ? null : chapter.notes(), view.run().map(place ->
                            new SessionFile.RunPlaceSpec(place.view(), place.view().equals("overview") ? null
                                    : place.step(), place.sample() == 0 ? null : place.sample())).orElse(null));
        }).toList(), lesson.run().map(run -> new SessionFile.RunExtractSpec(run.name(), run.trees())).orElse(null));
    }

    private static SessionFile.ObjectiveSpec objective(LossSettings loss) {
        return new SessionFile.ObjectiveSpec(loss.gamma(), loss.lambda1(), loss.lambda2(), loss.rewardMode().id(),
                loss.sft().id(), loss.kl().id());
    }

    private static SessionFile.ConfigSpec config(TrainingConfig config) {
        return new SessionFile.ConfigSpec(config.seed(), config.groupSize(), config.estimator().id(),
                objective(config.loss()), config.optimizer().id(), config.learningRate(),
                config.clips() ? config.maxGradientNorm() : null);
    }

    private static List<SessionFile.MetricsSpec> curve(List<TrainingMetrics> curve) {
        return curve.stream().map(point -> new SessionFile.MetricsSpec(point.update(), point.episodes(),
                new SessionFile.BatchSpec(point.batch().episodes(), point.batch().successRate(),
                        point.batch().calculatorRate(), point.batch().meanReturn(), point.batch().meanSteps()),
                new SessionFile.LossValueSpec(point.loss().rl(), point.loss().weightedSft(), point.loss().weightedKl(),
                        point.loss().klToReference()), point.gradientNorm())).toList();
    }

    private static SessionFile.SweepSpec sweep(SweepPlan plan, String metric, List<SweepCell> cells) {
        return new SessionFile.SweepSpec(axis(plan.x()), axis(plan.y()), config(plan.base()), plan.episodes(),
                plan.seeds(), plan.evaluationEpisodes(), metric, cells.stream().map(cell -> new SessionFile.CellSpec(
                        cell.xIndex(), cell.yIndex(), cell.x(), cell.y(), cell.episodes(),
                        cell.seeds().stream().map(SessionWriter::seed).toList(), metrics(cell.mean()),
                        metrics(cell.min()), metrics(cell.max()))).toList());
    }

    private static SessionFile.AxisSpec axis(SweepAxis axis) {
        return new SessionFile.AxisSpec(axis.parameter().id(), axis.values());
    }

    private static SessionFile.SeedSpec seed(SeedResult seed) {
        return new SessionFile.SeedSpec(seed.seedIndex(), seed.seed(), seed.episodes(), metrics(seed.metrics()),
                seed.divergence().map(d -> new SessionFile.DivergenceSpec(d.update(), d.problem(), d.advice()))
                        .orElse(null));
    }

    private static SessionFile.SweepMetricsSpec metrics(SweepMetrics metrics) {
        return new SessionFile.SweepMetricsSpec(metrics.successRate(), metrics.calculatorRate(), metrics.meanReturn(),
                metrics.meanSteps(), orAbsent(metrics.klToReference()), orAbsent(metrics.finalLoss()));
    }

    private static Double orAbsent(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
