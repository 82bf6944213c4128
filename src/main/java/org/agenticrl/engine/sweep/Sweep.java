package org.agenticrl.engine.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.sweep.SweepResult.Outcome;
import org.agenticrl.engine.training.Divergence;
import org.agenticrl.engine.training.EpisodeStats;
import org.agenticrl.engine.training.Evaluation;
import org.agenticrl.engine.training.Trainer;
import org.agenticrl.engine.training.TrainingConfig;
import org.agenticrl.engine.training.TrainingMetrics;

/**
 * Trains every run of a {@link SweepPlan} on worker threads of its own and reports each cell as it finishes.
 *
 * <pre>{@code
 * Sweep sweep = new Sweep(scenario, SweepPlan.defaults(), Runtime.getRuntime().availableProcessors());
 * sweep.start(new SweepListener() {
 *     public void cellFinished(SweepCell cell) { finishedCells.add(cell); }   // a queue drained once a frame
 * });
 * SweepProgress progress = sweep.progress();                                 // at any time, from any thread
 * sweep.cancel();                                                            // stops every run within one update
 * SweepResult result = sweep.await();                                        // the cells finished, and how it ended
 * }</pre>
 *
 * <p><b>Runs.</b> Each run (one seed of one cell) is a {@link Trainer} of its own with the plan's config for it,
 * trained for the plan's episodes with {@link Trainer#trainFor} and measured with {@link Evaluation#run} on
 * {@link Evaluation#seedAfter} its seed: exactly what {@code train} does with the same settings and seed. Workers
 * take runs in order (cell 0's seeds, then cell 1's, ...), so cells finish roughly in order while the seeds of a cell
 * run side by side. A run's numbers depend only on the scenario and its config, never on the number of threads or
 * on scheduling: a sweep gives the same cells, bit for bit, on 1 thread or 8.
 *
 * <p><b>Cancel.</b> {@link #cancel()} takes effect at once: every running job stops before its next update (so
 * within one update of the cancel), skips its evaluation and delivers nothing, and no run starts after it. A run
 * already evaluating its policy (the plan's evaluation episodes, a few milliseconds at the default 1,000) finishes the
 * evaluation but is not delivered. Cells finished before the cancel stay in the result.
 *
 * <p><b>Memory.</b> A cell keeps its runs' metrics, and of its first seed the trained policy and at most
 * {@value SweepCell#CURVE_POINTS} points of the curve; nothing else outlives a run.
 *
 * <p>Thread-safe: start once, then cancel, progress and await from any thread.
 */
public final class Sweep {
    public static final int MAX_THREADS = 256;

    private final Scenario scenario;
    private final SweepPlan plan;
    /** The numbers of the cells this sweep trains: all of the plan's, or a shard's. */
    private final List<Integer> cells;
    private final int runs;
    private final int threads;
    private final long episodes;
    private final AtomicInteger nextRun = new AtomicInteger();
    private final AtomicInteger runsDone = new AtomicInteger();
    private final AtomicLong episodesDone = new AtomicLong();
    private final AtomicInteger workersRunning = new AtomicInteger();
    private final CountDownLatch ended = new CountDownLatch(1);
    /** Serialises deliveries; guards openCells, finishedCells and failure. */
    private final Object delivery = new Object();
    private final Map<Integer, CellAssembly> openCells = new HashMap<>();
    private final List<SweepCell> finishedCells = new ArrayList<>();
    private Throwable failure;
    private volatile boolean stopping;
    /** Written once by start, before started; read after reading started. */
    private SweepListener listener;
    private long startNanos;
    private volatile boolean started;
    private volatile SweepResult result;

    /**
     * A sweep ready to start; nothing runs yet.
     *
     * @param threads worker threads, 1 to {@value #MAX_THREADS}; more than the plan's runs start only as many as runs
     */
    public Sweep(Scenario scenario, SweepPlan plan, int threads) {
        this(scenario, plan, SweepShard.WHOLE, threads);
    }

    /**
     * A sweep of one shard of the plan's cells, ready to start: it trains and delivers only that shard's cells, each
     * exactly as the whole sweep would; {@link SweepMerge} joins the shards' cells into the whole sweep's.
     *
     * @param threads worker threads, 1 to {@value #MAX_THREADS}; more than the shard's runs start only as many as runs
     */
    public Sweep(Scenario scenario, SweepPlan plan, SweepShard shard, int threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("a sweep runs on 1 to " + MAX_THREADS + " threads, got " + threads);
        }
        this.scenario = scenario;
        this.plan = plan;
        this.cells = shard.cells(plan);
        this.runs = cells.size() * plan.seeds();
        this.threads = Math.max(1, Math.min(threads, runs));
        this.episodes = cells.stream().mapToLong(cell -> (long) plan.episodesOf(cell) * plan.seeds()).sum();
    }

    /**
     * Starts the worker threads (daemon threads) and returns at once; the listener hears of every update, run and
     * cell, and of the end.
     *
     * @throws IllegalStateException if the sweep has started before
     */
    public synchronized void start(SweepListener sweepListener) {
        if (started) {
            throw new IllegalStateException("a sweep starts only once");
        }
        listener = Objects.requireNonNull(sweepListener, "listener");
        startNanos = System.nanoTime();
        started = true;
        workersRunning.set(threads);
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(this::work, "sweep-worker-" + i);
            worker.setDaemon(true);
            worker.start();
        }
    }

    /**
     * Stops the sweep: see the class comment. Any thread, any time, as often as wanted; before {@link #start} it makes
     * the sweep end at once, cancelled. A delivery already under way completes; after it only
     * {@link SweepListener#ended} is called.
     */
    public void cancel() {
        stopping = true;
    }

    /** How far the sweep has got: before the start nothing is done; after the end the time stands still. */
    public SweepProgress progress() {
        return progress(runsDone.get());
    }

    /**
     * Waits until the sweep has ended (completed, cancelled or failed) and {@link SweepListener#ended} has returned.
     *
     * @throws IllegalStateException if the sweep has not started
     */
    public SweepResult await() throws InterruptedException {
        if (!started) {
            throw new IllegalStateException("the sweep has not started");
        }
        ended.await();
        return result;
    }

    private void work() {
        try {
            for (int run = nextRun.getAndIncrement(); run < runs && !stopping; run = nextRun.getAndIncrement()) {
                train(cells.get(run / plan.seeds()), run % plan.seeds());
            }
        } catch (RuntimeException | Error e) {
            fail(e);
        } finally {
            if (workersRunning.decrementAndGet() == 0) {
                end();
            }
        }
    }

    /** Trains and evaluates one run and delivers it, unless the sweep is stopping. */
    private void train(int cell, int seedIndex) {
        TrainingConfig config = plan.config(cell, seedIndex);
        Trainer trainer = new Trainer(scenario, config);
        Optional<Divergence> divergence = trainer.trainFor(plan.episodes(), () -> stopping, update -> {
            episodesDone.addAndGet(config.groupSize());
            listener.updated(cell, seedIndex, update.metrics());
        });
        if (stopping) {
            return;
        }
        EpisodeStats evaluation = Evaluation.run(scenario, trainer.policy(), plan.evaluationEpisodes(),
                Evaluation.seedAfter(config.seed()), config.loss().rewardMode());
        episodesDone.addAndGet(config.episodesInWholeGroups(plan.episodes()) - trainer.episodes());
        List<TrainingMetrics> history = trainer.history();
        deliver(cell, new SeedResult(seedIndex, config.seed(), trainer.episodes(), SweepMetrics.of(evaluation, history),
                divergence), trainer.policy(), history);
    }

    /** Hands a run, and its cell if it completes it, to the listener; a listener that throws fails the sweep. */
    private void deliver(int cell, SeedResult seed, Policy policy, List<TrainingMetrics> history) {
        synchronized (delivery) {
            if (stopping) {
                return;
            }
            try {
                CellAssembly assembly = openCells.computeIfAbsent(cell, number -> new CellAssembly(plan, number));
                assembly.add(seed, policy, history);
                listener.runFinished(cell, seed, progress(runsDone.incrementAndGet()));
                if (assembly.complete()) {
                    openCells.remove(cell);
                    SweepCell finished = assembly.build();
                    finishedCells.add(finished);
                    listener.cellFinished(finished);
                }
            } catch (RuntimeException | Error e) {
                fail(e);
            }
        }
    }

    /** Stops the sweep because of a problem; the first is the failure, later ones are suppressed by it. */
    private void fail(Throwable problem) {
        synchronized (delivery) {
            stopping = true;
            if (failure == null) {
                failure = problem;
            } else if (failure != problem) {
                failure.addSuppressed(problem);
            }
        }
    }

    /** Called by the last worker to stop. */
    private void end() {
        SweepResult last;
        synchronized (delivery) {
            finishedCells.sort(Comparator.comparingInt(cell -> plan.cell(cell.xIndex(), cell.yIndex())));
            Outcome outcome = failure != null ? Outcome.FAILED
                    : runsDone.get() == runs ? Outcome.COMPLETED : Outcome.CANCELLED;
            last = new SweepResult(plan, finishedCells, outcome, Optional.ofNullable(failure), threads,
                    (System.nanoTime() - startNanos) / 1e9);
        }
        result = last;
        try {
            listener.ended(last);
        } finally {
            ended.countDown();
        }
    }

    private SweepProgress progress(int done) {
        SweepResult last = result;
        double seconds = last != null ? last.seconds() : started ? (System.nanoTime() - startNanos) / 1e9 : 0;
        return new SweepProgress(done, runs, episodesDone.get(), episodes, seconds);
    }
}
