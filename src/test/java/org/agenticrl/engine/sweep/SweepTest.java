package org.agenticrl.engine.sweep;

import static org.agenticrl.engine.sweep.SweepParameter.GROUP;
import static org.agenticrl.engine.sweep.SweepParameter.LAMBDA1;
import static org.agenticrl.engine.sweep.SweepParameter.LAMBDA2;
import static org.agenticrl.engine.sweep.SweepParameter.LR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.sweep.SweepResult.Outcome;
import org.agenticrl.engine.training.EpisodeStats;
import org.agenticrl.engine.training.Evaluation;
import org.agenticrl.engine.training.Trainer;
import org.agenticrl.engine.training.TrainingConfig;
import org.agenticrl.engine.training.TrainingMetrics;
import org.junit.jupiter.api.Test;

class SweepTest {
    private static final Scenario SEED = ScenarioLoader.seed();
    private static final SweepListener NOTHING = new SweepListener() {
    };

    /** Three by two cells, two seeds each, short runs: cells that differ from each other within a second. */
    private static SweepPlan smallPlan() {
        return new SweepPlan(SweepAxis.of(LAMBDA1, 0, 0.1, 1), SweepAxis.of(LAMBDA2, 0.01, 2),
                TrainingConfig.defaults().withSeed(11), 96, 2, 100);
    }

    private static SweepResult run(SweepPlan plan, int threads, SweepListener listener) throws InterruptedException {
        Sweep sweep = new Sweep(SEED, plan, threads);
        sweep.start(listener);
        return sweep.await();
    }

    /** Everything a cell holds; its policy as the logits of every context training gave a row of its own. */
    private static List<Object> contents(SweepCell cell) {
        Policy policy = cell.policy();
        List<Object> logits = policy.trainedContexts().stream()
                .map(context -> List.of(context, Arrays.stream(policy.logits(context)).boxed().toList()))
                .map(Object.class::cast).toList();
        return List.of(cell.xIndex(), cell.yIndex(), cell.x(), cell.y(), cell.episodes(), cell.seeds(), cell.mean(),
                cell.min(), cell.max(), cell.curve(), logits);
    }

    @Test
    void theCellsAreBitIdenticalOnOneTwoThreeOrFourThreads() throws Exception {
        SweepPlan plan = smallPlan();
        SweepResult one = run(plan, 1, NOTHING);
        assertEquals(Outcome.COMPLETED, one.outcome());
        List<List<Object>> cells = one.cells().stream().map(SweepTest::contents).toList();
        assertEquals(plan.cells(), cells.stream().map(cell -> cell.get(6)).distinct().count(),
                "every cell's mean differs from the others', so a mix-up of cells would show");
        for (int threads = 2; threads <= 4; threads++) {
            SweepResult parallel = run(plan, threads, NOTHING);
            assertEquals(threads, parallel.threads());
            assertEquals(cells, parallel.cells().stream().map(SweepTest::contents).toList(), threads + " threads");
        }
    }

    @Test
    void eachRunIsATrainerWithItsCellsSettingsAndSeedEvaluatedAsTrainEvaluates() throws Exception {
        TrainingConfig base = TrainingConfig.defaults().withSeed(4_294_967_294L);
        SweepPlan plan = new SweepPlan(SweepAxis.of(LR, 1, 3), SweepAxis.of(GROUP, 4, 6), base, 30, 3, 120);
        SweepResult result = run(plan, 2, NOTHING);
        assertEquals(plan.cells(), result.cells().size());
        for (SweepCell cell : result.cells()) {
            assertEquals(List.of(4_294_967_294L, 4_294_967_295L, 0L), cell.seeds().stream().map(SeedResult::seed)
                    .toList(), "seed s trains from the base seed + s, wrapping at 2^32");
            for (SeedResult seed : cell.seeds()) {
                TrainingConfig config = base.withLearningRate(cell.x()).withGroupSize((int) cell.y()).withSeed(seed.seed());
                Trainer trainer = new Trainer(SEED, config);
                while (trainer.episodes() < 30) {
                    trainer.step();
                }
                assertEquals(trainer.episodes(), seed.episodes(), "30 episodes are 32 in groups of 4, 30 in groups of 6");
                assertEquals(trainer.episodes(), cell.episodes());
                EpisodeStats after = Evaluation.run(SEED, trainer.policy(), 120, Evaluation.seedAfter(seed.seed()),
                        config.loss().rewardMode());
                TrainingMetrics last = trainer.history().get(trainer.history().size() - 1);
                assertEquals(new SweepMetrics(after.successRate(), after.calculatorRate(), after.meanReturn(),
                        after.meanSteps(), last.loss().klToReference(), last.loss().total()), seed.metrics());
                assertTrue(seed.divergence().isEmpty());
                if (seed.seedIndex() == 0) {
                    assertEquals(trainer.history(), cell.curve());
                    for (var context : trainer.policy().trainedContexts()) {
                        assertTrue(Arrays.equals(trainer.policy().logits(context), cell.policy().logits(context)));
                    }
                    assertEquals(trainer.policy().trainedContexts(), cell.policy().trainedContexts());
                }
            }
        }
    }

    @Test
    void aCellSummarisesItsSeedsAndKeepsAtMost200PointsOfItsFirstSeedsCurve() throws Exception {
        SweepPlan plan = new SweepPlan(SweepAxis.of(LAMBDA1, 0.1), SweepAxis.of(LAMBDA2, 0.01),
                TrainingConfig.defaults(), 2000, 2, 50);
        SweepCell cell = run(plan, 2, NOTHING).cells().get(0);
        List<Integer> updates = cell.curve().stream().map(TrainingMetrics::update).toList();
        assertEquals(SweepCell.CURVE_POINTS, updates.size(), "250 updates kept as 200");
        assertEquals(1, updates.get(0));
        assertEquals(250, updates.get(updates.size() - 1));
        assertTrue(IntStream.range(1, updates.size()).allMatch(i -> updates.get(i) > updates.get(i - 1)));
        SweepMetrics first = cell.seeds().get(0).metrics();
        SweepMetrics second = cell.seeds().get(1).metrics();
        assertEquals((first.successRate() + second.successRate()) / 2, cell.mean().successRate());
        assertEquals((first.finalLoss() + second.finalLoss()) / 2, cell.mean().finalLoss());
        assertEquals(Math.min(first.klToReference(), second.klToReference()), cell.min().klToReference());
        assertEquals(Math.max(first.meanSteps(), second.meanSteps()), cell.max().meanSteps());
    }

    @Test
    void resultsArriveAsCellsFinishAndProgressReachesTheTotalExactlyOnce() throws Exception {
        SweepPlan plan = smallPlan();
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        List<SweepProgress> progress = Collections.synchronizedList(new ArrayList<>());
        List<SweepCell> delivered = Collections.synchronizedList(new ArrayList<>());
        SweepListener listener = new SweepListener() {
            @Override
            public void runFinished(int cell, SeedResult seed, SweepProgress now) {
                events.add("run " + cell + "/" + seed.seedIndex());
                progress.add(now);
            }

            @Override
            public void cellFinished(SweepCell cell) {
                events.add("cell " + plan.cell(cell.xIndex(), cell.yIndex()));
                delivered.add(cell);
            }

            @Override
            public void ended(SweepResult result) {
                events.add("ended " + result.outcome());
            }
        };
        SweepResult one = run(plan, 1, listener);
        List<String> expected = new ArrayList<>();
        for (int cell = 0; cell < plan.cells(); cell++) {
            expected.addAll(List.of("run " + cell + "/0", "run " + cell + "/1", "cell " + cell));
        }
        expected.add("ended COMPLETED");
        assertEquals(expected, events, "on one thread each cell arrives right after its last seed, long before the end");
        assertEquals(one.cells(), delivered);
        assertProgressCountsEveryRunOnce(plan, progress);

        events.clear();
        progress.clear();
        delivered.clear();
        SweepResult two = run(plan, 2, listener);
        assertEquals("ended COMPLETED", events.get(events.size() - 1));
        for (int cell = 0; cell < plan.cells(); cell++) {
            int at = events.indexOf("cell " + cell);
            assertTrue(at == events.lastIndexOf("cell " + cell), "each cell once");
            assertTrue(events.indexOf("run " + cell + "/0") < at && events.indexOf("run " + cell + "/1") < at);
            assertTrue(events.get(at - 1).startsWith("run " + cell + "/"), "right after its last seed: " + events);
        }
        assertEquals(two.cells(), delivered.stream().sorted((a, b) -> Integer.compare(plan.cell(a.xIndex(), a.yIndex()),
                plan.cell(b.xIndex(), b.yIndex()))).toList());
        assertProgressCountsEveryRunOnce(plan, progress);
    }

    private static void assertProgressCountsEveryRunOnce(SweepPlan plan, List<SweepProgress> progress) {
        assertEquals(IntStream.rangeClosed(1, plan.runs()).boxed().toList(),
                progress.stream().map(SweepProgress::runsDone).toList());
        assertEquals(1, progress.stream().filter(SweepProgress::complete).count());
        SweepProgress last = progress.get(progress.size() - 1);
        assertTrue(last.complete());
        assertEquals(plan.totalEpisodes(), last.episodesDone());
        assertEquals(last.episodes(), last.episodesDone());
        assertEquals(0.0, last.secondsLeft().orElseThrow());
    }

    @Test
    void cancelStopsEveryRunningJobWithinOneUpdate() throws Exception {
        SweepPlan plan = new SweepPlan(SweepAxis.of(LAMBDA1, 0, 0.1), SweepAxis.of(LAMBDA2, 0.01),
                TrainingConfig.defaults(), 1_000_000, 1, 10);
        Sweep sweep = new Sweep(SEED, plan, 2);
        AtomicIntegerArray updates = new AtomicIntegerArray(plan.cells());
        CountDownLatch bothTraining = new CountDownLatch(plan.cells());
        List<String> deliveries = Collections.synchronizedList(new ArrayList<>());
        sweep.start(new SweepListener() {
            @Override
            public void updated(int cell, int seedIndex, TrainingMetrics metrics) {
                if (updates.incrementAndGet(cell) == 1) {
                    bothTraining.countDown();
                }
            }

            @Override
            public void runFinished(int cell, SeedResult seed, SweepProgress progress) {
                deliveries.add("run " + cell);
            }
        });
        assertTrue(bothTraining.await(1, TimeUnit.MINUTES), "both runs train at once");
        sweep.cancel();
        int[] atCancel = {updates.get(0), updates.get(1)};
        SweepResult result = sweep.await();
        for (int cell = 0; cell < plan.cells(); cell++) {
            assertTrue(updates.get(cell) - atCancel[cell] <= 1,
                    "cell " + cell + ": " + atCancel[cell] + " updates at the cancel, " + updates.get(cell) + " at the end");
        }
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertTrue(result.cells().isEmpty() && deliveries.isEmpty(), "nothing half-trained is delivered");
        assertFalse(sweep.progress().complete());
    }

    @Test
    void aCancelFromAnUpdateStopsItsRunBeforeTheNextUpdateAndStartsNoOtherRun() throws Exception {
        SweepPlan plan = smallPlan();
        Sweep sweep = new Sweep(SEED, plan, 1);
        AtomicInteger updates = new AtomicInteger();
        List<SweepCell> delivered = Collections.synchronizedList(new ArrayList<>());
        sweep.start(new SweepListener() {
            @Override
            public void updated(int cell, int seedIndex, TrainingMetrics metrics) {
                if (updates.incrementAndGet() == 2 * 12 + 5) {
                    sweep.cancel();
                }
            }

            @Override
            public void cellFinished(SweepCell cell) {
                delivered.add(cell);
            }
        });
        SweepResult result = sweep.await();
        assertEquals(29, updates.get(), "12 updates for each run of cell 0, 5 of cell 1's first, then none");
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals(1, result.cells().size());
        assertEquals(delivered, result.cells(), "the cell finished before the cancel stays");
        assertEquals(0, plan.cell(result.cells().get(0).xIndex(), result.cells().get(0).yIndex()));
        assertEquals(2, sweep.progress().runsDone());
    }

    @Test
    void aListenerThatThrowsFailsTheSweepWhichStillEnds() throws Exception {
        IllegalStateException problem = new IllegalStateException("the view broke");
        SweepResult result = run(smallPlan(), 2, new SweepListener() {
            @Override
            public void cellFinished(SweepCell cell) {
                throw problem;
            }
        });
        assertEquals(Outcome.FAILED, result.outcome());
        assertSame(problem, result.failure().orElseThrow());
        assertEquals(1, result.cells().size(), "nothing is delivered after the failure");
    }

    @Test
    void progressBeforeTheStartAndAfterTheEnd() throws Exception {
        SweepPlan plan = smallPlan();
        Sweep sweep = new Sweep(SEED, plan, 2);
        SweepProgress before = sweep.progress();
        assertEquals(List.of(0, plan.runs(), 0L, plan.totalEpisodes(), 0.0), List.of(before.runsDone(), before.runs(),
                before.episodesDone(), before.episodes(), before.seconds()));
        assertTrue(before.secondsLeft().isEmpty());
        assertThrows(IllegalStateException.class, sweep::await);
        sweep.start(NOTHING);
        assertThrows(IllegalStateException.class, () -> sweep.start(NOTHING));
        SweepResult result = sweep.await();
        SweepProgress after = sweep.progress();
        assertTrue(after.complete());
        assertEquals(result.seconds(), after.seconds(), "the clock stops at the end");
        assertEquals(result.seconds(), sweep.progress().seconds());
    }

    @Test
    void aSweepCancelledBeforeItStartsEndsAtOnceWithNothing() throws Exception {
        Sweep sweep = new Sweep(SEED, smallPlan(), 2);
        sweep.cancel();
        AtomicInteger updates = new AtomicInteger();
        sweep.start(new SweepListener() {
            @Override
            public void updated(int cell, int seedIndex, TrainingMetrics metrics) {
                updates.incrementAndGet();
            }
        });
        SweepResult result = sweep.await();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals(0, updates.get());
        assertTrue(result.cells().isEmpty());
    }

    @Test
    void threadsAreOneTo256AndNoMoreThanRunsStart() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> new Sweep(SEED, smallPlan(), 0));
        assertThrows(IllegalArgumentException.class, () -> new Sweep(SEED, smallPlan(), Sweep.MAX_THREADS + 1));
        SweepPlan oneRun = new SweepPlan(SweepAxis.of(LAMBDA1, 0.1), SweepAxis.of(LAMBDA2, 0.01),
                TrainingConfig.defaults(), 8, 1, 5);
        assertEquals(1, run(oneRun, 8, NOTHING).threads());
    }
}
