package org.agenticrl.app.training;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.common.FrameTicker;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.episode.EpisodeModel;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.training.Divergence;
import org.agenticrl.engine.training.Trainer;
import org.agenticrl.engine.training.TrainingConfig;
import org.agenticrl.engine.training.TrainingDivergedException;
import org.agenticrl.engine.training.TrainingMetrics;
import org.agenticrl.engine.training.TrainingUpdate;

/**
 * Real training, watched live. The engine's {@link Trainer} runs on the training worker in small jobs; the jobs are
 * paced by screen frames (so many updates per second, or as many as fit in part of a frame at full speed) and
 * their results are shown at most once per frame: the curve grows, and every few frames the newest policy is
 * installed in the episode, so every view shows what the policy has become. Pause and reset take effect at once on the FX thread;
 * a job still running finishes its current update, and after a reset its results are dropped.
 *
 * <p>A divergence stops the run, keeps the last finite policy and says what went wrong and what to change.
 * Settings apply to a new run: while a run has updates they are locked; pin the run, reset, change, start.
 */
public final class TrainingModel {
    /** A frame's share of wall time a job at full speed may use, so that the worker leaves the FX thread room. */
    private static final long FULL_SPEED_BUDGET_NANOS = 12_000_000;
    private static final double FRAMES_PER_SECOND = 60;
    public static final int MAX_PINS = 4;
    /**
     * While training runs, the newest policy is installed in the episode (which every Episode-tab view redraws from)
     * at most once every this many frames, about six times a second; the curves still grow every frame.
     */
    static final int FRAMES_PER_POLICY_INSTALL = 10;

    private final EpisodeModel episode;
    private final Consumer<StatusMessage> report;
    private final Executor worker;
    private final FrameTicker frames;
    private final TrainingSettings settings = new TrainingSettings();
    private final ReadOnlyObjectWrapper<TrainingStatus> status = new ReadOnlyObjectWrapper<>(this, "status", TrainingStatus.READY);
    private final ReadOnlyObjectWrapper<List<TrainingMetrics>> curve = new ReadOnlyObjectWrapper<>(this, "curve", List.of());
    private final ReadOnlyObjectWrapper<Divergence> divergence = new ReadOnlyObjectWrapper<>(this, "divergence");
    private final ObservableList<PinnedRun> pins = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper episodesDone = new ReadOnlyIntegerWrapper(this, "episodesDone");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final BooleanBinding canStart = status.isEqualTo(TrainingStatus.READY).or(status.isEqualTo(TrainingStatus.PAUSED));
    private final BooleanBinding running = status.isEqualTo(TrainingStatus.RUNNING);
    private final BooleanBinding settingsLocked = status.isNotEqualTo(TrainingStatus.READY);
    private final BooleanBinding hasUpdates = Bindings.createBooleanBinding(() -> !curve.get().isEmpty(), curve);
    private final Queue<Result> results = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean jobRunning = new AtomicBoolean();
    private final List<TrainingMetrics> metrics = new ArrayList<>();
    private volatile int generation;
    private volatile boolean continuing;
    private Trainer trainer;
    private TrainingConfig config;
    private double owedUpdates;
    private boolean ticking;
    private Policy uninstalled;
    private int framesSinceInstall;

    /** What a job hands back: an update, or the reason the run ended. */
    private record Result(int generation, TrainingUpdate update, Divergence divergence, boolean finished, String failure) {
    }

    public TrainingModel(EpisodeModel episode, Consumer<StatusMessage> report, Executor worker, FrameTicker frames) {
        this.episode = episode;
        this.report = report;
        this.worker = worker;
        this.frames = frames;
        curve.addListener((o, before, after) -> showProgress());
        settings.episodes().valueProperty().addListener((o, before, after) -> showProgress());
    }

    private void showProgress() {
        List<TrainingMetrics> points = curve.get();
        episodesDone.set(points.isEmpty() ? 0 : points.get(points.size() - 1).episodes());
        progress.set(Math.min(1.0, episodesDone.get() / settings.episodes().get()));
    }

    // Commands (FX thread)

    /** Starts a new run with the settings, or continues a paused one. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        if (trainer == null && !createTrainer()) {
            return;
        }
        continuing = true;
        status.set(TrainingStatus.RUNNING);
        report.accept(StatusMessage.info("Training: " + TrainingSettings.describe(config)));
        startTicking();
    }

    /** Stops after the update in progress; the curve and policy stay. */
    public void pause() {
        if (status.get() == TrainingStatus.RUNNING) {
            continuing = false;
            status.set(TrainingStatus.PAUSED);
        }
    }

    /** One update, when not running. */
    public void stepOnce() {
        if (!canStart.get() || jobRunning.get()) {
            return;
        }
        if (trainer == null && !createTrainer()) {
            return;
        }
        status.set(TrainingStatus.PAUSED);
        submit(1, 0);
        startTicking();
    }

    /**
     * Makes up to this many updates with the settings now, on the calling thread, and shows them at once: the curve
     * grows and the newest policy is installed in the episode, as after as many presses of Step. For lessons and
     * scripts that need a trained policy on screen without waiting for frames; the seed's updates take about a
     * millisecond each. Refused (false, nothing changes) while a run is training or an update is in flight, and for
     * settings training refuses (the status line says why).
     *
     * @param updates at least 1
     * @return whether the updates were made (a divergence on the way stops them, and says so, as in a run)
     */
    public boolean trainNow(int updates) {
        if (updates < 1) {
            throw new IllegalArgumentException("at least one update, got " + updates);
        }
        if (!canStart.get() || jobRunning.get() || (trainer == null && !createTrainer())) {
            return false;
        }
        status.set(TrainingStatus.PAUSED);
        train(trainer, updates, 0, (int) settings.episodes().get(), generation, true);
        deliver();
        return true;
    }

    /**
     * How many updates of a run with the settings as they are now made the policy on screen, counted from the
     * pre-trained policy: 0 for the pre-trained policy itself with no run on the charts; empty while training is
     * under way and for a policy that came from elsewhere (a sweep's agent, a saved session) or from other settings.
     */
    public OptionalInt trainedUpdates() {
        if (status.get() == TrainingStatus.RUNNING || jobRunning.get() || uninstalled != null) {
            return OptionalInt.empty();
        }
        if (metrics.isEmpty()) {
            return episode.pretrained() ? OptionalInt.of(0) : OptionalInt.empty();
        }
        try {
            return trainer != null && config.equals(settings.config()) ? OptionalInt.of(metrics.size())
                    : OptionalInt.empty();
        } catch (IllegalArgumentException settingsTrainingRefuses) {
            return OptionalInt.empty();
        }
    }

    /**
     * Shows the policy this many updates with the settings make from the pre-trained one (0: the pre-trained policy
     * itself), unless it is the one on screen: a run on the charts is reset first, then the updates are made at once
     * ({@link #trainNow}). For a lesson's chapter, whose caption quotes that policy's numbers.
     */
    public void showTrained(int updates) {
        if (trainedUpdates().equals(OptionalInt.of(updates))) {
            return;
        }
        reset();
        if (updates > 0) {
            trainNow(updates);
        }
    }

    /** Back to the pre-trained policy and an empty curve; pinned runs stay. */
    public void reset() {
        generation++;
        continuing = false;
        trainer = null;
        config = null;
        metrics.clear();
        uninstalled = null;
        curve.set(List.of());
        divergence.set(null);
        owedUpdates = 0;
        status.set(TrainingStatus.READY);
        episode.resetPolicy();
    }

    /** Keeps the current run's curve on the charts for comparison (the oldest pin goes beyond {@value #MAX_PINS}). */
    public void pin() {
        if (metrics.isEmpty()) {
            return;
        }
        addPin(new PinnedRun(episode.scenario().id() + " \u00b7 " + TrainingSettings.describe(config), metrics));
    }

    private void addPin(PinnedRun run) {
        if (pins.size() == MAX_PINS) {
            pins.remove(0);
        }
        pins.add(run);
    }

    /**
     * Shows an agent trained elsewhere (a sweep's cell): the current run, if it has updates, is paused and pinned so
     * that nothing is lost; training goes back to the start; the agent's curve is pinned under the label and its
     * policy goes on screen, where the Episode tab can play it.
     *
     * @param policy trained from the scenario's pre-trained policy, the reference on screen
     */
    public void showAgent(String label, List<TrainingMetrics> agentCurve, Policy policy) {
        pause();
        pin();
        reset();
        addPin(new PinnedRun(label, agentCurve));
        episode.setPolicy(policy);
    }

    /**
     * Puts a saved run back on the charts (after {@link #reset()}, which the caller has done): its config and curve,
     * as {@link TrainingStatus#RESTORED}. The policy on screen is the caller's to install.
     */
    public void restoreRun(TrainingConfig savedConfig, List<TrainingMetrics> savedCurve) {
        reset();
        config = savedConfig;
        metrics.addAll(savedCurve);
        curve.set(List.copyOf(metrics));
        status.set(TrainingStatus.RESTORED);
    }

    /** The config of the run on the charts, when it has updates. */
    public java.util.Optional<TrainingConfig> runConfig() {
        return metrics.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(config);
    }

    public void clearPins() {
        pins.clear();
    }

    private boolean createTrainer() {
        try {
            config = settings.config();
        } catch (IllegalArgumentException e) {
            report.accept(StatusMessage.error("Cannot train: " + e.getMessage()));
            return false;
        }
        trainer = new Trainer(episode.scenario(), config, episode.referenceProperty().get());
        return true;
    }

    // Pacing and delivery (FX thread, once per frame)

    private void startTicking() {
        if (!ticking) {
            ticking = true;
            frames.start(this::onFrame);
        }
    }

    private void onFrame() {
        deliver();
        if (status.get() == TrainingStatus.RUNNING && !jobRunning.get()) {
            double speed = settings.speedProperty().get();
            if (Double.isInfinite(speed)) {
                submit(Integer.MAX_VALUE, FULL_SPEED_BUDGET_NANOS);
            } else {
                owedUpdates += speed / FRAMES_PER_SECOND;
                int count = (int) owedUpdates;
                if (count > 0) {
                    owedUpdates -= count;
                    submit(count, 0);
                }
            }
        }
        if (status.get() != TrainingStatus.RUNNING && !jobRunning.get() && results.isEmpty()) {
            frames.stop();
            ticking = false;
        }
    }

    private void deliver() {
        Policy newest = null;
        boolean changed = false;
        for (Result result = results.poll(); result != null; result = results.poll()) {
            if (result.generation() != generation) {
                continue;
            }
            if (result.update() != null) {
                metrics.add(result.update().metrics());
                newest = result.update().policy();
                changed = true;
            } else if (result.divergence() != null) {
                divergence.set(result.divergence());
                status.set(TrainingStatus.DIVERGED);
                continuing = false;
                report.accept(StatusMessage.error("Training stopped at " + result.divergence().message()));
            } else if (result.failure() != null) {
                status.set(TrainingStatus.PAUSED);
                continuing = false;
                report.accept(StatusMessage.error("Training stopped: " + result.failure()));
            } else if (result.finished()) {
                status.set(TrainingStatus.FINISHED);
                continuing = false;
                report.accept(StatusMessage.info("Training finished after " + episodes() + " episodes"));
            }
        }
        if (changed) {
            curve.set(List.copyOf(metrics));
            uninstalled = newest;
        }
        framesSinceInstall++;
        if (uninstalled != null && (status.get() != TrainingStatus.RUNNING
                || framesSinceInstall >= FRAMES_PER_POLICY_INSTALL)) {
            episode.setPolicy(uninstalled);
            uninstalled = null;
            framesSinceInstall = 0;
        }
    }

    /** Hands the worker a job of up to count updates, or of as many as fit in the time budget when it is positive. */
    private void submit(int count, long budgetNanos) {
        jobRunning.set(true);
        Trainer job = trainer;
        int target = (int) settings.episodes().get();
        int jobGeneration = generation;
        boolean single = count == 1 && budgetNanos == 0 && !continuing;
        worker.execute(() -> {
            try {
                train(job, count, budgetNanos, target, jobGeneration, single);
            } finally {
                jobRunning.set(false);
            }
        });
    }

    /**
     * Up to count updates of the job, each handed back as a result, until the run reaches its target, is paused or
     * reset, or the time budget (when positive) is spent; a divergence or a failure ends it as a result too.
     *
     * @param unpaced whether the updates run although the run is not continuing (Step, and training now)
     */
    private void train(Trainer job, int count, long budgetNanos, int target, int jobGeneration, boolean unpaced) {
        try {
            long deadline = budgetNanos > 0 ? System.nanoTime() + budgetNanos : Long.MAX_VALUE;
            for (int i = 0; i < count && jobGeneration == generation && (unpaced || continuing); i++) {
                if (job.episodes() >= target) {
                    results.add(new Result(jobGeneration, null, null, true, null));
                    break;
                }
                results.add(new Result(jobGeneration, job.step(), null, false, null));
                if (System.nanoTime() > deadline) {
                    break;
                }
            }
        } catch (TrainingDivergedException e) {
            results.add(new Result(jobGeneration, null, e.divergence(), false, null));
        } catch (RuntimeException e) {
            results.add(new Result(jobGeneration, null, null, false, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    // State

    public TrainingSettings settings() {
        return settings;
    }

    public ReadOnlyObjectProperty<TrainingStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The current run's updates, oldest first; replaced (never mutated) at most once per frame. */
    public ReadOnlyObjectProperty<List<TrainingMetrics>> curveProperty() {
        return curve.getReadOnlyProperty();
    }

    /** Why the run stopped, when it diverged; null otherwise. */
    public ReadOnlyObjectProperty<Divergence> divergenceProperty() {
        return divergence.getReadOnlyProperty();
    }

    public ObservableList<PinnedRun> pins() {
        return pins;
    }

    /** Training episodes shown so far in this run. */
    public int episodes() {
        return episodesDone.get();
    }

    /** Training episodes shown so far in this run. */
    public ReadOnlyIntegerProperty episodesDoneProperty() {
        return episodesDone.getReadOnlyProperty();
    }

    /** The run's share of its episodes done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether Train (or Step) would do something now: a new run, or a paused one. */
    public BooleanBinding canStart() {
        return canStart;
    }

    /** Whether a run is training (so that Pause applies). */
    public BooleanBinding running() {
        return running;
    }

    /** Settings apply to a new run: they are locked while a run has updates (until Reset). */
    public BooleanBinding settingsLocked() {
        return settingsLocked;
    }

    /**
     * A learning curve's title on a slide: the curve and the run's settings, e.g. "Success rate · process · λ1 0.1 ·
     * λ2 0.01 exact · grpo×8 · adam 0.05 · seed 7 · 2000 episodes"; "… · not trained yet" before the first update.
     */
    public String curveTitle(String curve) {
        return curve + " \u00b7 " + runConfig().map(run -> TrainingSettings.describe(run) + " \u00b7 seed "
                + Format.whole(run.seed()) + " \u00b7 " + Format.whole(episodes()) + " episodes").orElse("not trained yet");
    }

    /** Whether the run has at least one update, so that it can be pinned. */
    public BooleanBinding hasUpdates() {
        return hasUpdates;
    }
}
