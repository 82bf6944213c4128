package org.agenticrl.app.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.common.FrameTicker;
import org.agenticrl.app.common.NumberInput;
import org.agenticrl.app.common.NumericRange;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.episode.EpisodeModel;
import org.agenticrl.app.training.TrainingModel;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.sweep.Sweep;
import org.agenticrl.engine.sweep.SweepAxis;
import org.agenticrl.engine.sweep.SweepCell;
import org.agenticrl.engine.sweep.SweepListener;
import org.agenticrl.engine.sweep.SweepParameter;
import org.agenticrl.engine.sweep.SweepPlan;
import org.agenticrl.engine.sweep.SweepProgress;
import org.agenticrl.engine.sweep.SweepResult;
import org.agenticrl.engine.training.TrainingConfig;

/**
 * The landscape of two settings: a grid of real training runs (every other setting the Training tab's), run by the
 * engine's {@link Sweep} on worker threads of its own. Cells reach the model as they finish and are shown at most once
 * per frame, with the progress and the time left; cancel stops the sweep at once. A finished cell can be loaded: its
 * agent goes on screen and its curve onto the Training tab's charts. Switching scenarios ends the sweep and forgets
 * its cells, whose agents belong to the old scenario.
 */
public final class SweepModel {
    /** Where a sweep is. */
    public enum Status {
        READY("Ready"),
        RUNNING("Sweeping"),
        FINISHED("Finished"),
        CANCELLED("Cancelled"),
        FAILED("Stopped by an error");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final NumericRange EPISODES = new NumericRange("Episodes per run", 8, 20000, true);
    public static final NumericRange SEEDS = new NumericRange("Seeds per cell", 1, SweepPlan.MAX_SEEDS, true);
    public static final NumericRange EVALUATION = new NumericRange("Evaluation episodes", 10, 100000, true);
    public static final NumericRange THREADS = new NumericRange("Threads", 1, Sweep.MAX_THREADS, true);

    private final EpisodeModel episode;
    private final TrainingModel training;
    private final Consumer<StatusMessage> report;
    private final FrameTicker frames;
    private final AxisInput x = new AxisInput(SweepPlan.DEFAULT_X.parameter());
    private final AxisInput y = new AxisInput(SweepPlan.DEFAULT_Y.parameter());
    private final NumberInput episodes = new NumberInput(EPISODES, SweepPlan.DEFAULT_EPISODES, 0);
    private final NumberInput seeds = new NumberInput(SEEDS, SweepPlan.DEFAULT_SEEDS, 0);
    private final NumberInput evaluation = new NumberInput(EVALUATION, SweepPlan.DEFAULT_EVALUATION, 0);
    private final NumberInput threads;
    private final ObjectProperty<SweepMetric> metric = new SimpleObjectProperty<>(this, "metric", SweepMetric.SUCCESS);
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.READY);
    private final ReadOnlyObjectWrapper<SweepPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<List<SweepCell>> cells = new ReadOnlyObjectWrapper<>(this, "cells", List.of());
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final BooleanBinding running = status.isEqualTo(Status.RUNNING);
    private final Queue<SweepCell> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicReference<SweepResult> ended = new AtomicReference<>();
    private Sweep sweep;
    private Scenario swept;

    /** @param cores the threads a sweep runs on unless the user says otherwise */
    public SweepModel(EpisodeModel episode, TrainingModel training, Consumer<StatusMessage> report, FrameTicker frames,
                      int cores) {
        this.episode = episode;
        this.training = training;
        this.report = report;
        this.frames = frames;
        this.threads = new NumberInput(THREADS, Math.max(1, Math.min(cores, Sweep.MAX_THREADS)), 0);
        episode.scenarioProperty().addListener((o, before, after) -> forget());
    }

    // Commands (FX thread)

    /** Starts a sweep of the axes with the Training tab's other settings; says why when the settings do not make one. */
    public void start() {
        if (running.get()) {
            return;
        }
        Optional<SweepPlan> next = plan();
        if (next.isEmpty()) {
            return;
        }
        forget();
        plan.set(next.get());
        swept = episode.scenario();
        arrived.clear();
        ended.set(null);
        sweep = new Sweep(swept, next.get(), (int) threads.get());
        status.set(Status.RUNNING);
        showProgress(new SweepProgress(0, next.get().runs(), 0, next.get().totalEpisodes(), 0));
        sweep.start(new SweepListener() {
            @Override
            public void cellFinished(SweepCell cell) {
                arrived.add(cell);
            }

            @Override
            public void ended(SweepResult result) {
                ended.set(result);
            }
        });
        frames.start(this::onFrame);
        report.accept(StatusMessage.info("Sweeping " + next.get().runs() + " training runs on "
                + Format.whole(threads.get()) + " threads"));
    }

    private Optional<SweepPlan> plan() {
        TrainingConfig base;
        try {
            base = training.settings().config();
        } catch (IllegalArgumentException e) {
            report.accept(StatusMessage.error("Cannot sweep: " + e.getMessage()));
            return Optional.empty();
        }
        Optional<SweepAxis> xAxis = x.axis(base);
        Optional<SweepAxis> yAxis = y.axis(base);
        if (xAxis.isEmpty() || yAxis.isEmpty()) {
            report.accept(StatusMessage.error("Cannot sweep: " + (xAxis.isEmpty() ? "x: " + x.problemProperty().get()
                    : "y: " + y.problemProperty().get())));
            return Optional.empty();
        }
        try {
            return Optional.of(new SweepPlan(xAxis.get(), yAxis.get(), base, (int) episodes.get(), (int) seeds.get(),
                    (int) evaluation.get()));
        } catch (IllegalArgumentException e) {
            report.accept(StatusMessage.error("Cannot sweep: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Stops the sweep at once; the cells that finished stay. */
    public void cancel() {
        if (running.get()) {
            sweep.cancel();
            status.set(Status.CANCELLED);
            report.accept(StatusMessage.info("Sweep cancelled: " + cells.get().size() + " of " + plan.get().cells()
                    + " cells finished"));
        }
    }

    /** Puts the first seed's agent of a finished cell on screen and its curve on the Training tab's charts. */
    public void load(SweepCell cell) {
        if (swept != episode.scenario() || !cells.get().contains(cell)) {
            return;
        }
        if (cell.policy() == null) {
            report.accept(StatusMessage.error("This cell was opened from a session file, which keeps the sweep's "
                    + "figures but not its agents; sweep again to watch them"));
            return;
        }
        SweepPlan shown = plan.get();
        training.showAgent("sweep \u00b7 " + shown.x().parameter().id() + " " + Format.compact(cell.x()) + " \u00b7 "
                + shown.y().parameter().id() + " " + Format.compact(cell.y()) + " \u00b7 seed "
                + cell.seeds().get(0).seed(), cell.curve(), cell.policy());
        report.accept(StatusMessage.info("On screen: the agent of " + shown.x().parameter().id() + " = "
                + Format.compact(cell.x()) + ", " + shown.y().parameter().id() + " = " + Format.compact(cell.y())
                + " (its first seed)"));
    }

    /**
     * Shows a saved sweep's plan and finished cells (after the scenario they belong to is on screen): finished when
     * every cell is there, cancelled otherwise. Its axes and sizes become the form's, and the cells can be hovered but
     * not loaded (their agents are not saved).
     */
    public void restore(SweepPlan saved, List<SweepCell> savedCells, SweepMetric shownMetric) {
        forget();
        plan.set(saved);
        swept = episode.scenario();
        x.restore(saved.x());
        y.restore(saved.y());
        episodes.set(saved.episodes());
        seeds.set(saved.seeds());
        evaluation.set(saved.evaluationEpisodes());
        metric.set(shownMetric);
        cells.set(List.copyOf(savedCells));
        progress.set((double) savedCells.size() / saved.cells());
        progressText.set(savedCells.size() + " / " + saved.cells() + " cells, opened from a session");
        status.set(savedCells.size() == saved.cells() ? Status.FINISHED : Status.CANCELLED);
    }

    private void forget() {
        if (sweep != null) {
            sweep.cancel();
        }
        frames.stop();
        sweep = null;
        swept = null;
        cells.set(List.of());
        plan.set(null);
        progress.set(0);
        progressText.set("");
        status.set(Status.READY);
    }

    // Delivery (FX thread, once per frame)

    private void onFrame() {
        if (sweep == null) {
            frames.stop();
            return;
        }
        // Read the end before draining: every cell is queued before the end is set, so none can slip between the two.
        SweepResult result = ended.get();
        List<SweepCell> finished = new ArrayList<>(cells.get());
        boolean changed = false;
        for (SweepCell cell = arrived.poll(); cell != null; cell = arrived.poll()) {
            finished.add(cell);
            changed = true;
        }
        if (changed) {
            finished.sort(Comparator.comparingInt((SweepCell cell) -> plan.get().cell(cell.xIndex(), cell.yIndex())));
            cells.set(List.copyOf(finished));
        }
        if (result == null) {
            showProgress(sweep.progress());
            return;
        }
        frames.stop();
        showProgress(sweep.progress());
        if (result.outcome() == SweepResult.Outcome.COMPLETED) {
            status.set(Status.FINISHED);
            report.accept(StatusMessage.info("Sweep finished: " + result.cells().size() + " cells in "
                    + Format.fixed(result.seconds(), 1) + " s on " + result.threads() + " threads"));
        } else if (result.outcome() == SweepResult.Outcome.FAILED) {
            status.set(Status.FAILED);
            report.accept(StatusMessage.error("The sweep stopped: " + result.failure().map(Throwable::getMessage)
                    .orElse("an error")));
        }
    }

    private void showProgress(SweepProgress now) {
        progress.set(now.runs() == 0 ? 0 : (double) now.runsDone() / now.runs());
        String left = now.complete() || status.get() != Status.RUNNING ? ""
                : now.secondsLeft().stream().mapToObj(seconds -> " \u00b7 about " + Format.fixed(seconds, 0) + " s left")
                        .findFirst().orElse("");
        progressText.set(now.runsDone() + " / " + now.runs() + " runs \u00b7 " + Format.fixed(now.seconds(), 1) + " s"
                + left);
    }

    // State

    /** The setting along the heat map's columns, and its values. */
    public AxisInput x() {
        return x;
    }

    /** The setting along the heat map's rows, and its values. */
    public AxisInput y() {
        return y;
    }

    /** Training episodes per run (rounded up to whole groups, as training rounds them). */
    public NumberInput episodes() {
        return episodes;
    }

    public NumberInput seeds() {
        return seeds;
    }

    /** Fresh live episodes each trained agent is measured on. */
    public NumberInput evaluation() {
        return evaluation;
    }

    /** Worker threads; the cells are the same whatever their number. */
    public NumberInput threads() {
        return threads;
    }

    /** What the cells are coloured by; changing it recolours without training again. */
    public ObjectProperty<SweepMetric> metricProperty() {
        return metric;
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding running() {
        return running;
    }

    /** The plan of the sweep shown (running or ended); null before the first and after a scenario switch. */
    public ReadOnlyObjectProperty<SweepPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The finished cells in cell order; replaced (never mutated) at most once per frame. */
    public ReadOnlyObjectProperty<List<SweepCell>> cellsProperty() {
        return cells.getReadOnlyProperty();
    }

    /**
     * The heat map's title on a slide: the metric, the axes and the runs behind each cell, e.g. "Success rate by
     * lambda1 (across) and lambda2 (down) · mean of 3 seeds · 2000 episodes per run · evaluated on 1000 episodes";
     * while cells are missing, how many are in.
     */
    public String heatmapTitle() {
        SweepPlan shown = plan.get();
        String what = metric.get().label();
        String title = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        if (shown == null) {
            return title + " \u00b7 no sweep yet";
        }
        title += " by " + shown.x().parameter().id() + " (across) and " + shown.y().parameter().id()
                + " (down) \u00b7 mean of " + shown.seeds() + (shown.seeds() == 1 ? " seed" : " seeds") + " \u00b7 "
                + Format.whole(shown.episodes()) + " episodes per run \u00b7 evaluated on "
                + Format.whole(shown.evaluationEpisodes()) + " episodes";
        int done = cells.get().size();
        return done < shown.cells() ? title + " \u00b7 " + done + " of " + shown.cells() + " cells" : title;
    }

    /** The share of runs finished, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "12 / 126 runs · 1.4 s · about 6 s left". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The value of the Training tab's defaults for a setting, which the heat map marks as the seed's own setting. */
    public static double seedSetting(SweepParameter parameter) {
        TrainingConfig defaults = TrainingConfig.defaults();
        return switch (parameter) {
            case LAMBDA1 -> defaults.loss().lambda1();
            case LAMBDA2 -> defaults.loss().lambda2();
            case LR -> defaults.learningRate();
            case GROUP -> defaults.groupSize();
            case GAMMA -> defaults.loss().gamma();
        };
    }

    /** Waits for the sweep's workers to end (tests only: the app never blocks its thread). */
    SweepResult awaitWorkers() throws InterruptedException {
        return sweep.await();
    }
}
