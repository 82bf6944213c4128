package org.agenticrl.app.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.Bar;
import org.agenticrl.app.common.ModelRuntime;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.training.Trainer;
import org.agenticrl.engine.training.TrainingDivergedException;
import org.agenticrl.engine.training.TrainingMetrics;
import org.junit.jupiter.api.Test;

/** Training as the app drives it, on the test thread: frames and worker jobs run when the test says so. */
class TrainingModelTest {
    private final TestRuntime runtime = new TestRuntime();
    private final SessionModel model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
    private final TrainingModel training = model.training();

    @Test
    void runningFillsTheCurveAndInstallsTheTrainedPolicy() {
        training.settings().speedProperty().set(60);
        training.start();
        assertEquals(TrainingStatus.RUNNING, training.statusProperty().get());
        runtime.frames.tick(11);
        assertEquals(10, training.curveProperty().get().size(), "one update a frame at 60/s, shown a frame later");
        assertNotSame(model.episode().referenceProperty().get(), model.episode().policyProperty().get());
        assertFalse(model.episode().policyProperty().get().trainedContexts().isEmpty());
        assertFalse(model.drift().driftsProperty().get().isEmpty());
    }

    @Test
    void theCurveIsTheEnginesRunUpdateForUpdate() throws TrainingDivergedException {
        training.settings().speedProperty().set(Double.POSITIVE_INFINITY);
        training.settings().episodes().set(160);
        training.start();
        runtime.frames.tick(50);
        Trainer engine = new Trainer(model.episode().scenario(), training.settings().config());
        List<TrainingMetrics> shown = training.curveProperty().get();
        assertEquals(20, shown.size());
        for (TrainingMetrics expected : shown) {
            assertEquals(engine.step().metrics(), expected);
        }
        assertEquals(TrainingStatus.FINISHED, training.statusProperty().get());
        assertFalse(runtime.frames.running(), "the frame ticker stops when nothing is left to show");
    }

    @Test
    void pauseIsImmediateAndStepMakesOneUpdate() {
        training.start();
        runtime.frames.tick(10);
        training.pause();
        assertEquals(TrainingStatus.PAUSED, training.statusProperty().get());
        runtime.frames.tick(1);
        int points = training.curveProperty().get().size();
        assertFalse(runtime.frames.running(), "updates computed before the pause are shown, then the ticker stops");
        runtime.frames.tick(30);
        assertEquals(points, training.curveProperty().get().size());
        training.stepOnce();
        runtime.frames.tick(1);
        assertEquals(points + 1, training.curveProperty().get().size());
    }

    @Test
    void resetReturnsToThePretrainedPolicyAndDropsWorkStillInFlight() {
        Deque<Runnable> pending = new ArrayDeque<>();
        TestRuntime deferred = new TestRuntime();
        SessionModel session = new SessionModel(ScenarioLoader.seed(),
                new ModelRuntime(deferred.clock, BackgroundWork.immediate(), pending::add, deferred.frames,
                        deferred.sweepFrames, deferred.recoveryClock, deferred.runPolling));
        TrainingModel trainer = session.training();
        trainer.settings().speedProperty().set(Double.POSITIVE_INFINITY);
        trainer.start();
        deferred.frames.tick(1);
        assertEquals(1, pending.size(), "a job was handed to the worker");
        trainer.reset();
        pending.poll().run();
        deferred.frames.tick(1);
        assertTrue(trainer.curveProperty().get().isEmpty(), "the stale job's updates are dropped");
        assertSame(session.episode().referenceProperty().get(), session.episode().policyProperty().get());
        assertEquals(TrainingStatus.READY, trainer.statusProperty().get());
    }

    /** The window's learning-rate field stops at 1000; the model must still cope with what the engine accepts. */
    @Test
    void aDivergenceStopsTrainingAndSaysWhatToChange() {
        training.settings().learningRate().set(1e308);
        training.settings().clip().set(0);
        training.settings().speedProperty().set(Double.POSITIVE_INFINITY);
        training.start();
        runtime.frames.tick(20);
        assertEquals(TrainingStatus.DIVERGED, training.statusProperty().get());
        assertNotNull(training.divergenceProperty().get());
        assertTrue(model.statusProperty().get().error());
        assertTrue(model.statusProperty().get().text().contains("lower the learning rate"), model.statusProperty().get().text());
        assertFalse(model.selection().barsProperty().get().isEmpty());
        for (Double logProb : model.selection().barsProperty().get().stream().map(Bar::logProbability).toList()) {
            assertTrue(Double.isFinite(logProb), "the installed policy is the last finite one");
        }
        assertFalse(training.curveProperty().get().isEmpty(), "updates before the overflow are kept");
        for (TrainingMetrics point : training.curveProperty().get()) {
            assertTrue(Double.isFinite(point.loss().total()) && Double.isFinite(point.batch().meanReturn()));
        }
    }

    @Test
    void settingsTheEngineRefusesAreReportedAndNothingStarts() {
        training.settings().groupSize().set(1);
        training.start();
        assertEquals(TrainingStatus.READY, training.statusProperty().get());
        assertTrue(model.statusProperty().get().error());
        assertTrue(model.statusProperty().get().text().contains("group"), model.statusProperty().get().text());
    }

    @Test
    void pinnedRunsKeepTheirCurvesAcrossAReset() {
        training.settings().episodes().set(40);
        training.settings().speedProperty().set(Double.POSITIVE_INFINITY);
        training.start();
        runtime.frames.tick(20);
        training.pin();
        training.reset();
        assertEquals(1, training.pins().size());
        assertEquals(5, training.pins().get(0).curve().size());
        assertTrue(training.pins().get(0).label().startsWith("seed-calculator \u00b7 process"), training.pins().get(0).label());
    }

    @Test
    void theModelSaysWhatCanBeDoneAndHowFarTheRunIs() {
        assertTrue(training.canStart().get());
        assertFalse(training.running().get());
        assertFalse(training.settingsLocked().get());
        assertFalse(training.hasUpdates().get());
        training.settings().episodes().set(80);
        training.settings().speedProperty().set(Double.POSITIVE_INFINITY);
        training.stepOnce();
        runtime.frames.tick(1);
        assertEquals(8, training.episodesDoneProperty().get(), "one update of a group of 8");
        assertEquals(0.1, training.progressProperty().get(), 1e-12);
        assertTrue(training.settingsLocked().get());
        assertTrue(training.hasUpdates().get());
        assertTrue(training.canStart().get(), "a paused run can go on");
        training.start();
        assertTrue(training.running().get());
        assertFalse(training.canStart().get());
        runtime.frames.tick(30);
        assertEquals(TrainingStatus.FINISHED, training.statusProperty().get());
        assertEquals(1.0, training.progressProperty().get(), 0.0);
        assertFalse(training.canStart().get(), "a finished run needs a reset");
        training.reset();
        assertEquals(0.0, training.progressProperty().get(), 0.0);
        assertTrue(training.canStart().get());
    }

    @Test
    void trainNowMakesTheUpdatesAtOnceAndInstallsTheEnginesPolicy() throws TrainingDivergedException {
        assertTrue(training.trainNow(5));
        assertEquals(5, training.curveProperty().get().size(), "no frame was needed");
        assertEquals(TrainingStatus.PAUSED, training.statusProperty().get(), "a run that can go on, as after Step");
        Trainer engine = new Trainer(model.episode().scenario(), training.settings().config());
        for (int i = 0; i < 5; i++) {
            engine.step();
        }
        for (var context : engine.policy().trainedContexts()) {
            assertArrayEquals(engine.policy().distribution(context).probabilities(),
                    model.episode().policyProperty().get().distribution(context).probabilities(), 0.0, context.toString());
        }
        training.start();
        assertFalse(training.trainNow(1), "refused while a run trains");
        assertEquals(5, training.curveProperty().get().size());
    }

    @Test
    void theUpdatesBehindThePolicyOnScreenAreKnownOnlyWhileTheSettingsStillMakeIt() {
        assertEquals(OptionalInt.of(0), training.trainedUpdates(), "the pre-trained policy, no run");
        training.trainNow(3);
        assertEquals(OptionalInt.of(3), training.trainedUpdates());
        training.settings().learningRate().set(0.5);
        assertEquals(OptionalInt.empty(), training.trainedUpdates(), "other settings would not make it");
        training.settings().learningRate().set(3);
        assertEquals(OptionalInt.of(3), training.trainedUpdates());
        training.start();
        assertEquals(OptionalInt.empty(), training.trainedUpdates(), "under way");
        training.pause();
        training.reset();
        model.episode().setPolicy(model.episode().referenceProperty().get().withTemperature(2));
        assertEquals(OptionalInt.empty(), training.trainedUpdates(), "a policy from elsewhere");
    }

    @Test
    void showTrainedPutsThePolicyOfThatManyUpdatesOnScreenOnceAndTheResetOneForZero() {
        training.trainNow(7);
        training.showTrained(4);
        assertEquals(4, training.curveProperty().get().size(), "the run of 7 was reset, then 4 updates made");
        var fourUpdates = model.episode().policyProperty().get();
        training.showTrained(4);
        assertSame(fourUpdates, model.episode().policyProperty().get(), "already on screen: nothing is redone");
        training.showTrained(0);
        assertTrue(model.episode().pretrained());
        assertTrue(training.curveProperty().get().isEmpty());
    }

    @Test
    void theLabelOfAPinnedRunKeepsALargeLearningRateWhole() {
        training.settings().learningRate().set(1000);
        training.stepOnce();
        runtime.frames.tick(1);
        training.pin();
        assertTrue(training.pins().get(0).label().endsWith("sgd 1000"), training.pins().get(0).label());
    }
}
