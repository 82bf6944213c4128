package org.agenticrl.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agenticrl.app.common.Bar;
import org.agenticrl.app.common.ManualClock;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.episode.BeatSchedule;
import org.agenticrl.app.episode.PlaybackModel;
import org.agenticrl.app.training.DriftModel;
import org.agenticrl.app.training.TrainingModel;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view-model on its own: no JavaFX toolkit is started. */
class SessionModelTest {
    private final TestRuntime runtime = new TestRuntime();
    private final ManualClock clock = runtime.clock;
    private final SessionModel model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);

    @Test
    void startsAtTheSeedsFigures() {
        LossBreakdown losses = model.objective().breakdownProperty().get();
        assertEquals("0.326 6.813 0.500 1.013", String.format("%.3f %.3f %.3f %.3f",
                losses.rl(), losses.sft(), losses.kl(), losses.total()));
        assertEquals(1.4, model.episode().trajectory().totalReward(), 0.0);
    }

    @Test
    void movingLambda1RecomputesTheTotalOnceWithTheEnginesNumbers() {
        List<LossBreakdown> seen = new ArrayList<>();
        model.objective().breakdownProperty().addListener((o, before, after) -> seen.add(after));
        model.objective().lambda1().set(0.5);
        assertEquals(1, seen.size());
        Scenario seed = model.episode().scenario();
        LossBreakdown expected = seed.lossCalculator().compute(model.episode().trajectory(), seed.pretrainedPolicy(),
                seed.pretrainedPolicy(), LossSettings.notebook().withLambda1(0.5));
        assertEquals(expected.total(), seen.get(0).total(), 0.0);
    }

    @Test
    void aLambdaOutsideItsRangeIsRefusedAndChangesNothing() {
        LossBreakdown before = model.objective().breakdownProperty().get();
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> model.objective().lambda1().set(-3));
        assertEquals("\u03bb1 must be between 0 and 10", refusal.getMessage());
        assertEquals(0.1, model.objective().lambda1().get(), 0.0);
        assertSame(before, model.objective().breakdownProperty().get());
    }

    @Test
    void steppingThroughTheNotebookEpisodeRevealsTokensToolsAndTheOutcome() {
        PlaybackModel playback = model.playback();
        BeatSchedule beats = model.episode().scheduleProperty().get();
        playback.reset();
        assertEquals(0, playback.cursorProperty().get());
        assertFalse(beats.stepStarted(0, 0));
        int steps = 0;
        while (playback.step()) {
            steps++;
        }
        assertEquals(11 + 1 + 4 + 1 + 1, steps, "11 tokens and a tool beat, 4 tokens and a tool beat, the outcome");
        int end = playback.cursorProperty().get();
        assertTrue(beats.toolShown(0, end) && beats.toolShown(1, end) && beats.outcomeShown(end));
        assertEquals(2, beats.stepsCompleted(end));
    }

    @Test
    void eachRevealedTokenBecomesTheSelection() {
        model.playback().reset();
        model.playback().step();
        model.playback().step();
        assertEquals(0, model.selection().stepProperty().get());
        assertEquals(1, model.selection().tokenProperty().get());
        assertEquals("need", model.selection().barsProperty().get().stream().filter(Bar::chosen).findFirst().orElseThrow().token());
    }

    @Test
    void clickingATokenChangesTheHighlightedBar() {
        model.selection().select(0, 3);
        Bar chosen = model.selection().barsProperty().get().stream().filter(Bar::chosen).findFirst().orElseThrow();
        assertEquals("calculate", chosen.token());
        assertEquals(0.8 / 1.01, chosen.probability(), 0.0);
    }

    @Test
    void playingTicksUntilTheEndThenStops() {
        model.playback().reset();
        model.playback().play();
        assertTrue(clock.running());
        assertEquals(1000.0 / 3.0, clock.interval(), 1e-9);
        clock.tick(100);
        assertFalse(model.playback().playingProperty().get());
        assertTrue(model.playback().atEnd().get());
    }

    @Test
    void temperatureReshapesTheBarsAndAnInvalidOneChangesNothing() {
        double need = model.selection().barsProperty().get().get(2).probability();
        model.episode().temperature().set(3.0);
        double hot = model.selection().barsProperty().get().get(2).probability();
        assertTrue(hot < need);
        var trajectory = model.episode().trajectory();
        assertThrows(IllegalArgumentException.class, () -> model.episode().temperature().set(0));
        assertEquals(3.0, model.episode().temperature().get(), 0.0);
        assertSame(trajectory, model.episode().trajectory());
    }

    @Test
    void rerollSwitchesToALiveEpisodeWithAFreshSeed() {
        double before = model.episode().seed().get();
        model.episode().reroll();
        assertEquals(EpisodeMode.LIVE, model.episode().modeProperty().get());
        assertNotEquals(before, model.episode().seed().get());
        assertEquals(EpisodeMode.LIVE, model.episode().trajectory().mode());
    }

    @Test
    void sortingOrdersBarsByProbability() {
        model.selection().sortByProbabilityProperty().set(true);
        List<Bar> bars = model.selection().barsProperty().get();
        assertEquals(model.episode().scenario().vocabulary().size(), bars.size(), "a bar per token");
        for (int i = 1; i < bars.size(); i++) {
            assertTrue(bars.get(i - 1).probability() >= bars.get(i).probability());
        }
    }

    @Test
    void aBadScenarioFileIsReportedAndTheScenarioStays(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        Scenario before = model.episode().scenario();
        model.scenarios().openFile(bad, path -> { });
        assertSame(before, model.episode().scenario());
        assertTrue(model.statusProperty().get().error());
        assertTrue(model.statusProperty().get().text().startsWith(bad.toString()), model.statusProperty().get().text());
    }

    @Test
    void backToTheNotebooksSettingsRecomputesOnce() {
        model.objective().lambda1().set(0.7);
        model.objective().gamma().set(0.5);
        model.objective().klProperty().set(org.agenticrl.engine.loss.KlVariant.EXACT);
        List<LossBreakdown> seen = new ArrayList<>();
        model.objective().breakdownProperty().addListener((o, before, after) -> seen.add(after));
        model.objective().resetToNotebook();
        assertEquals(1, seen.size());
        assertEquals(LossSettings.notebook(), seen.get(0).settings());
        assertEquals(1.01267419381674, seen.get(0).total(), 0.0);
    }

    @Test
    void theLegendCountsAreTheTrajectorysCapabilities() {
        model.scenarios().openBuiltIn("stock-pe");
        Map<Capability, Integer> counts = model.episode().capabilityCountsProperty().get();
        assertEquals(Capability.values().length, counts.size());
        for (Capability capability : Capability.values()) {
            long steps = model.episode().trajectory().steps().stream()
                    .filter(step -> step.capabilities().contains(capability)).count();
            assertEquals(steps, counts.get(capability).longValue(), capability.label());
        }
        assertTrue(counts.values().stream().mapToInt(Integer::intValue).sum() > 0, "stock-pe exercises capabilities");
    }

    @Test
    void theDriftIsMeasuredOnThePoliciesNotAtTheEpisodesTemperature() {
        TrainingModel training = model.training();
        training.settings().speedProperty().set(Double.POSITIVE_INFINITY);
        training.settings().episodes().set(64);
        training.start();
        runtime.frames.tick(30);
        List<DriftModel.Drift> atOne = model.drift().driftsProperty().get();
        assertFalse(atOne.isEmpty(), "training moved the policy");
        model.episode().temperature().set(0.02);
        List<DriftModel.Drift> atColdTemperature = model.drift().driftsProperty().get();
        assertEquals(atOne, atColdTemperature);
        Policy policy = model.episode().policyProperty().get();
        Policy reference = model.episode().referenceProperty().get();
        DriftModel.Drift top = atOne.get(0);
        assertEquals(policy.distribution(top.context()).klDivergenceFrom(reference.distribution(top.context())), top.kl(), 0.0);
    }
}
