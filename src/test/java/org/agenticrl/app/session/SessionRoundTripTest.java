package org.agenticrl.app.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.sweep.SweepMetric;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Theme;
import org.agenticrl.app.training.TrainingStatus;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.SessionFiles;
import org.agenticrl.engine.sweep.Sweep;
import org.agenticrl.engine.sweep.SweepAxis;
import org.agenticrl.engine.sweep.SweepParameter;
import org.agenticrl.engine.sweep.SweepPlan;
import org.agenticrl.engine.sweep.SweepResult;
import org.agenticrl.engine.training.TrainingConfig;
import org.agenticrl.engine.training.advantage.AdvantageEstimator;
import org.agenticrl.engine.training.optimizer.OptimizerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session saved and opened again gives back every field, the trained policy to the bit, the pins and the sweep. */
class SessionRoundTripTest {
    @TempDir
    Path folder;

    /** A window's models without a window, over the test runtime. */
    static final class Window {
        final TestRuntime runtime = new TestRuntime();
        final SessionModel model;
        final AppearanceModel appearance;
        final WindowState layout = WindowState.detached();
        final SessionFileModel files;
        final List<Path> opened = new ArrayList<>();

        Window(Scenario scenario, Path recoveryFolder) {
            this(scenario, recoveryFolder, new AppearanceModel());
        }

        Window(Scenario scenario, Path recoveryFolder, AppearanceModel appearance) {
            this.appearance = appearance;
            model = new SessionModel(scenario, runtime.runtime);
            files = new SessionFileModel(model, appearance, runtime.runtime.background(), runtime.recoveryClock,
                    new RecoveryCopies(recoveryFolder), opened::add);
            files.attach(layout);
        }

        String state() {
            return SessionFiles.toJson(new SessionSnapshot(model, appearance, layout).capture());
        }
    }

    /** Changes every saved field away from its default and trains a few updates through the real TrainingModel. */
    static void changeEverything(Window window) {
        SessionModel model = window.model;
        model.training().settings().episodes().set(48);
        model.training().settings().seed().set(7);
        model.training().settings().optimizerProperty().set(OptimizerKind.ADAM);
        model.training().settings().learningRate().set(0.2);
        model.training().start();
        window.runtime.frames.tick(600);
        model.training().pin();
        model.training().reset();
        model.training().settings().learningRate().set(3);
        model.training().settings().optimizerProperty().set(OptimizerKind.SGD);
        model.training().settings().estimatorProperty().set(AdvantageEstimator.RLOO);
        model.training().settings().clip().set(0);
        model.training().settings().speedProperty().set(Double.POSITIVE_INFINITY);
        model.training().stepOnce();
        model.training().stepOnce();
        window.runtime.frames.tick(5);
        model.episode().modeProperty().set(EpisodeMode.LIVE);
        model.episode().seed().set(4242);
        model.episode().temperature().set(0.7);
        model.objective().gamma().set(0.9);
        model.objective().lambda1().set(0.5);
        model.objective().lambda2().set(0.2);
        model.objective().rewardModeProperty().set(RewardMode.OUTCOME_ONLY);
        model.objective().sftProperty().set(SftVariant.EXACT);
        model.objective().klProperty().set(KlVariant.K3);
        model.objective().stepSize().set(1.5);
        model.preview().shownProperty().set(false);
        model.playback().speedProperty().set(7);
        model.playback().seek(4);
        model.selection().sortByProbabilityProperty().set(true);
        model.selection().select(0, 1);
        window.appearance.themeProperty().set(Theme.DARK);
        window.appearance.textScaleProperty().set(1.4);
        window.layout.maximise("tokens");
        window.layout.showTab("training");
    }

    static void addSweep(Window window) throws InterruptedException {
        Scenario scenario = window.model.episode().scenario();
        SweepPlan plan = new SweepPlan(SweepAxis.of(SweepParameter.LAMBDA1, 0, 0.1), SweepAxis.of(SweepParameter.LAMBDA2,
                0.01), TrainingConfig.defaults(), 16, 2, 20);
        Sweep sweep = new Sweep(scenario, plan, 1);
        sweep.start(new org.agenticrl.engine.sweep.SweepListener() { });
        SweepResult result = sweep.await();
        window.model.sweep().restore(plan, result.cells(), SweepMetric.KL);
    }

    @Test
    void everyFieldComesBackAfterSaveAndOpen() throws Exception {
        Window before = new Window(ScenarioLoader.seed(), folder.resolve("a"));
        changeEverything(before);
        addSweep(before);
        assertEquals(2, before.model.training().curveProperty().get().size());
        assertEquals(1, before.model.training().pins().size());
        Policy trained = before.model.episode().policyProperty().get();
        assertFalse(trained.trainedContexts().isEmpty());
        assertTrue(before.files.dirtyProperty().get());
        Path file = folder.resolve("lecture.arl");
        before.files.saveAs(file, () -> { });
        assertFalse(before.files.dirtyProperty().get());
        assertEquals("lecture.arl \u2014 " + SessionFileModel.APP_TITLE, before.files.titleProperty().get());

        Window after = new Window(ScenarioLoader.builtIn("weather"), folder.resolve("b"));
        after.files.open(file);

        assertEquals(before.state(), after.state());
        Policy opened = after.model.episode().policyProperty().get();
        assertEquals(List.copyOf(trained.trainedContexts()), List.copyOf(opened.trainedContexts()));
        for (Context context : trained.trainedContexts()) {
            assertArrayEquals(bits(trained.logits(context)), bits(opened.logits(context)), context.toString());
        }
        assertEquals(before.model.training().pins(), after.model.training().pins());
        assertEquals(before.model.training().curveProperty().get(), after.model.training().curveProperty().get());
        assertEquals(TrainingStatus.RESTORED, after.model.training().statusProperty().get());
        assertEquals(before.model.episode().trajectory().steps().size(), after.model.episode().trajectory().steps().size());
        assertEquals(before.model.sweep().cellsProperty().get().size(), after.model.sweep().cellsProperty().get().size());
        assertEquals(before.model.sweep().cellsProperty().get().get(0).mean(),
                after.model.sweep().cellsProperty().get().get(0).mean());
        assertNull(after.model.sweep().cellsProperty().get().get(0).policy());
        assertEquals(Theme.DARK, after.appearance.themeProperty().get());
        assertEquals("tokens", after.layout.maximised());
        assertEquals("training", after.layout.tab());
        assertEquals(file, after.files.fileProperty().get());
        assertFalse(after.files.dirtyProperty().get());
        assertEquals(List.of(file), after.opened);
    }

    @Test
    void anEmbeddedScenarioTravelsInsideTheSession() throws Exception {
        Scenario own = ScenarioLoader.load(Path.of("src/test/resources/scenarios/hours-to-minutes.json"));
        Window before = new Window(own, folder.resolve("a"));
        before.model.episode().modeProperty().set(EpisodeMode.LIVE);
        Path file = folder.resolve("own.arl");
        before.files.saveAs(file, () -> { });
        Window after = new Window(ScenarioLoader.seed(), folder.resolve("b"));
        after.files.open(file);
        assertEquals("hours-to-minutes", after.model.episode().scenario().id());
        assertEquals(before.state(), after.state());
    }

    private static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }
}
