package org.agenticrl.app.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.common.PlaybackClock;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.engine.runs.OpenProgress;
import org.agenticrl.engine.runs.Run;
import org.agenticrl.engine.runs.RunException;
import org.agenticrl.engine.runs.RunOpener;
import org.agenticrl.engine.runs.Sample;
import org.agenticrl.engine.runs.StepSummary;

/**
 * The real run on the Run tab. {@link #open} reads it on the worker thread with its progress and a Cancel; a run that
 * cannot be opened is reported with the reason and the run on screen stays. While {@link #followingProperty()} is
 * set, the run's files are looked at every {@value #POLL_MILLIS} ms (on the worker) and the run is read again when
 * they changed, so new steps appear without reopening; a half-written last line is waited for. The engine's run is
 * only ever used on the worker, one task after another; every property changes on the model's thread.
 */
public final class RunModel {
    static final double POLL_MILLIS = 1000;
    private static final int PROGRESS_STEPS = 100;
    private static final int DISTRIBUTION_SAMPLES = StepModel.SHOWN_SAMPLES;

    private final BackgroundWork background;
    private final PlaybackClock pollClock;
    private final Consumer<StatusMessage> report;
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyObjectWrapper<RunOverview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final BooleanProperty following = new SimpleBooleanProperty(this, "following", false);
    private final StepModel step = new StepModel(this);
    private final SampleModel sample = new SampleModel();
    private final PromptModel prompts = new PromptModel(this);
    private final ReadOnlyObjectWrapper<RunOverview> compared = new ReadOnlyObjectWrapper<>(this, "compared");
    private final ReadOnlyObjectWrapper<List<StepValues>> distributions = new ReadOnlyObjectWrapper<>(this,
            "distributions", List.of());
    private Run run;
    private RunFiles files;
    private AtomicBoolean attempt;
    private boolean pollInFlight;

    /** The opened run with what its files looked like just before it was read, and its overview then. */
    private record Opened(Run run, RunFiles files, RunOverview overview) {
    }

    /** Something read from the run on the worker, with what the run had skipped by then. */
    private record Read<T>(T value, SkippedLines skipped) {
    }

    /** A read of the run, on the worker. */
    interface RunRead<T> {
        T from(Run run) throws RunException;
    }

    public RunModel(BackgroundWork background, PlaybackClock polling, Consumer<StatusMessage> report) {
        this.background = background;
        this.pollClock = polling;
        this.report = report;
        following.addListener((o, before, after) -> {
            if (after) {
                files = null; // read again at the first tick, now waiting for half-written lines
                pollClock.start(POLL_MILLIS, this::poll);
            } else {
                pollClock.stop();
            }
        });
    }

    /** Opens the run in a file or folder on the worker; the run on screen stays until the new one is read. */
    public void open(Path path) {
        cancelOpening();
        AtomicBoolean cancelled = new AtomicBoolean();
        attempt = cancelled;
        boolean waitForLines = following.get();
        opening.set(true);
        progress.set(-1);
        progressText.set("Opening " + path + "\u2026");
        background.run(() -> read(path, waitForLines, listener(cancelled)), opened -> {
            if (cancelled.get()) {
                closeLater(opened.run());
                return;
            }
            finishOpening(cancelled);
            install(opened);
            report.accept(StatusMessage.info("Opened " + overview.get().describe() + " from " + path));
        }, failure -> {
            if (!cancelled.get()) {
                finishOpening(cancelled);
                report.accept(StatusMessage.error("Could not open the run: " + message(failure)));
            }
        });
    }

    /** Stops an opening under way at its next file; the window goes back to what it showed. */
    public void cancelOpening() {
        if (attempt != null) {
            attempt.set(true);
            finishOpening(attempt);
            report.accept(StatusMessage.info("Opening the run was cancelled"));
        }
    }

    private void finishOpening(AtomicBoolean cancelled) {
        if (attempt == cancelled) {
            attempt = null;
            opening.set(false);
            progressText.set("");
        }
    }

    private OpenProgress listener(AtomicBoolean cancelled) {
        return new OpenProgress() {
            @Override
            public void recognised(int done, int total) {
                if (done == total || done % Math.max(1, total / PROGRESS_STEPS) == 0) {
                    background.onModelThread(() -> {
                        if (attempt == cancelled) {
                            progress.set(done == total ? -1 : (double) done / total);
                            progressText.set(done == total ? "Indexing the steps of " + total + " files\u2026"
                                    : "Recognising the files: " + done + " of " + total);
                        }
                    });
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
    }

    private static Opened read(Path path, boolean waitForLines, OpenProgress listener) throws RunException {
        RunFiles before = RunFiles.of(path);
        Run opened = RunOpener.open(path, waitForLines, listener);
        return new Opened(opened, before, RunOverview.of(opened));
    }

    private void install(Opened opened) {
        Long shownStep = step.stepProperty().get();
        boolean sameRun = run != null && overview.get().source().equals(opened.run().source());
        closeLater(run);
        run = opened.run();
        files = opened.files();
        overview.set(opened.overview());
        if (sameRun) {
            prompts.grew();
            if (shownStep != null) {
                step.load(shownStep);
            }
        } else {
            step.clear();
            sample.clear();
            prompts.reset();
            compared.set(null);
            if (run.steps().size() == 1) {
                step.load(run.steps().get(0).step());
            }
        }
        readDistributions();
    }

    /** A small run's rewards and lengths, step by step (at most {@value #DISTRIBUTION_SAMPLES} samples a step). */
    private void readDistributions() {
        if (!overview.get().small()) {
            distributions.set(List.of());
            return;
        }
        read(current -> {
            List<StepValues> values = new ArrayList<>();
            for (StepSummary summary : current.steps()) {
                List<Sample> samples = current.samples(summary.step(), 0, Math.min(DISTRIBUTION_SAMPLES,
                        current.sampleCount(summary.step())));
                values.add(new StepValues(summary.step(), samples.stream().mapToDouble(s -> s.reward() == null
                        ? Double.NaN : s.reward()).toArray(), samples.stream().mapToDouble(Sample::responseLength)
                        .toArray()));
            }
            return List.copyOf(values);
        }, distributions::set);
    }

    /**
     * Opens a second run on the worker and draws its curves beside this one's (its summaries are kept; its files are
     * closed at once). A path that is no run is reported and the comparison on screen stays.
     */
    public void compareWith(Path path) {
        if (run == null) {
            report.accept(StatusMessage.error("Open a run first: a second run is compared with it"));
            return;
        }
        background.run(() -> {
            try (Run other = RunOpener.open(path, false)) {
                return RunOverview.of(other);
            }
        }, other -> {
            compared.set(other);
            report.accept(StatusMessage.info("Comparing with " + other.describe() + " from " + path));
        }, failure -> report.accept(StatusMessage.error("Could not compare with the run: " + message(failure))));
    }

    /** Stops drawing the compared run. */
    public void stopComparing() {
        compared.set(null);
    }

    private void closeLater(Run closed) {
        if (closed != null) {
            background.run(() -> {
                closed.close();
                return closed;
            }, done -> { }, failure -> { });
        }
    }

    /** Looks at the followed run's files; reads the run again when they changed since it was read. */
    private void poll() {
        if (run == null || pollInFlight || attempt != null) {
            return;
        }
        pollInFlight = true;
        Run current = run;
        RunFiles known = files;
        Path source = current.source();
        background.run(() -> {
            RunFiles now = RunFiles.of(source);
            return now.equals(known) ? null : read(source, true, OpenProgress.NONE);
        }, opened -> {
            pollInFlight = false;
            if (opened == null) {
                return;
            }
            if (run != current || !following.get()) {
                closeLater(opened.run());
                return;
            }
            long before = overview.get().steps().size();
            install(opened);
            long added = overview.get().steps().size() - before;
            if (added > 0) {
                report.accept(StatusMessage.info(added + (added == 1 ? " new step" : " new steps") + " in " + source));
            }
        }, failure -> {
            pollInFlight = false;
            report.accept(StatusMessage.error("Could not follow the run: " + message(failure)));
        });
    }

    /** Reads from the run on the screen, on the worker; the result is dropped if another run is shown by then. */
    <T> void read(RunRead<T> reading, Consumer<T> onResult) {
        Run current = run;
        if (current == null) {
            return;
        }
        background.run(() -> new Read<>(reading.from(current), SkippedLines.of(current.skipped())), result -> {
            if (run == current) {
                if (result.skipped().total() != overview.get().skipped().total()) {
                    overview.set(overview.get().skipping(result.skipped()));
                }
                onResult.accept(result.value());
            }
        }, failure -> report.accept(StatusMessage.error("Could not read the run: " + message(failure))));
    }

    private static String message(Exception failure) {
        return failure instanceof RunException ? failure.getMessage()
                : failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    /** Opens a step in the step view (its samples are read on the worker). */
    public void openStep(long number) {
        step.load(number);
    }

    /** Shows a sample of the step on screen and makes its prompt the one followed across the steps. */
    public void openSample(SampleRow row) {
        sample.show(row, overview.get().format().noTokens());
        prompts.follow(row.sample());
    }

    /**
     * A chart of the overview's title on a slide: the chart and the run, e.g. "reward: mean, p10–p90 band · run
     * 'rollouts' (verl rollout dump, 12 steps)".
     */
    public String overviewChartTitle(String chart) {
        return chart + " \u00b7 " + runText();
    }

    /** The step's reward histogram's title on a slide: "Rewards of step 3's 64 samples · run 'rollouts' (…)". */
    public String stepChartTitle() {
        Long number = step.stepProperty().get();
        String what = number == null ? "Rewards of the step" : "Rewards of step " + Format.whole(number) + "'s "
                + step.rowsProperty().get().size() + " samples";
        return what + " \u00b7 " + runText();
    }

    /** The alternatives chart's title on a slide: "Next-token alternatives at 'calculate' · step 3 · run 'rollouts' (…)". */
    public String sampleChartTitle() {
        SampleRow row = sample.sampleProperty().get();
        int index = sample.tokenProperty().get();
        if (row == null || index < 0) {
            return "Next-token alternatives \u00b7 no token chosen \u00b7 " + runText();
        }
        return "Next-token alternatives at '" + row.sample().tokens().get(index).text() + "' \u00b7 step "
                + Format.whole(row.sample().step()) + " \u00b7 " + runText();
    }

    /** The followed prompt's chart on a slide: "Prompt 'What is 2+3?' across the steps · run 'rollouts' (…)". */
    public String promptChartTitle() {
        String prompt = prompts.promptProperty().get();
        return (prompt == null ? "No prompt followed" : "Prompt " + Format.quote(prompt) + " across the steps")
                + " \u00b7 " + runText();
    }

    private String runText() {
        RunOverview run = overview.get();
        if (run == null) {
            return "no run open";
        }
        String format = run.format().label();
        int detail = format.indexOf(" (");
        return "run '" + run.source().getFileName() + "' (" + (detail < 0 ? format : format.substring(0, detail)) + ", "
                + run.steps().size() + (run.steps().size() == 1 ? " step)" : " steps)");
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** How far the opening has got, 0 to 1; negative while that cannot be told (indexing). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The run on screen; null before one is opened. */
    public ReadOnlyObjectProperty<RunOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** Whether to watch the run's files and show new steps as they are written. */
    public BooleanProperty followingProperty() {
        return following;
    }

    public StepModel step() {
        return step;
    }

    public SampleModel sample() {
        return sample;
    }

    /** The prompt followed across the steps. */
    public PromptModel prompts() {
        return prompts;
    }

    /** The run compared with this one (its summaries); null when none is. */
    public ReadOnlyObjectProperty<RunOverview> comparedProperty() {
        return compared.getReadOnlyProperty();
    }

    /** A small run's rewards and lengths per step ({@link RunOverview#small()}); empty for any other run. */
    public ReadOnlyObjectProperty<List<StepValues>> distributionsProperty() {
        return distributions.getReadOnlyProperty();
    }
}
