package org.agenticrl.app.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.agenticrl.app.AgenticRlApp;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.fx.FxRuntime;
import org.agenticrl.app.presenter.Screens;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.common.ModelRuntime;
import org.agenticrl.app.session.RecoveryCopies;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.FileDialogs;
import org.agenticrl.app.shell.SessionActions;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.ScenarioLoader;

/**
 * Measures how long the window takes from an input to the redrawn views, for two inputs: a λ1 slider change (the
 * model asks the engine for the breakdown and the one-update preview; the formula, table, waterfall, ghost bars and
 * term chart redraw) and a token selection, as a click in the timeline
 * makes it (the token chart and the highlighted chip redraw). Two times per change: until the change returns
 * (everything computed and drawn: JFreeChart draws synchronously), and until the following layout pulse has
 * finished; and the FX thread's CPU time until the change returns, which a machine busy with other work stretches far
 * less than the wall clock (left out where the runtime has no {@code java.management}, as the installed app's jlinked
 * runtime has not). Prints one JSON line and exits. Start it with {@code bench-ui}; it needs a display (e.g. xvfb-run).
 */
public final class LatencyBenchmark extends Application {
    private static final int WARM_UP = 50;

    /** One kind of input, applied with a different value each time. */
    private record Workload(String name, IntConsumer change) {
    }

    private final List<String> results = new ArrayList<>();
    private List<Workload> workloads;
    private int workload;
    private int changes;
    private int done = -WARM_UP;
    private final LongSupplier threadCpu = threadCpuClock();
    private long started;
    private long startedCpu;
    private long[] synchronous;
    private long[] toPulse;
    private long[] cpu;
    private boolean waiting;
    private Preferences preferences;

    @Override
    public void start(Stage stage) {
        changes = Integer.parseInt(getParameters().getNamed().getOrDefault("changes", "300"));
        preferences = Preferences.userRoot().node("agentic-rl-benchmark-" + UUID.randomUUID());
        ModelRuntime runtime = FxRuntime.create();
        SessionModel model = new SessionModel(ScenarioLoader.seed(), runtime);
        AppearanceModel appearance = new AppearanceModel();
        SessionFileModel files = new SessionFileModel(model, appearance, BackgroundWork.immediate(), runtime.recovery(),
                RecoveryCopies.none(), path -> { });
        Scene scene = AgenticRlApp.createScene(stage, model, appearance, new RecentFiles(preferences),
                BackgroundWork.immediate(), files, new SessionActions(files, model.runs(), FileDialogs.system(() -> stage), stage),
                Screens.system());
        Slider slider = ((MainWindow) scene.getRoot()).objective().lambda1Field().slider();
        int tokens = model.episode().trajectory().steps().get(0).generation().steps().size();
        workloads = List.of(
                new Workload("lambda1Slider", i -> slider.setValue(0.05 + 1.9 * ((i * 0.6180339887) % 1.0))),
                new Workload("tokenSelection", i -> model.selection().select(i % 2, (i / 2) % tokens)));
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
        scene.addPostLayoutPulseListener(this::afterPulse);
        startWorkload();
    }

    private void startWorkload() {
        done = -WARM_UP;
        synchronous = new long[changes];
        toPulse = new long[changes];
        cpu = new long[changes];
        Platform.runLater(this::change);
    }

    private void change() {
        waiting = true;
        started = System.nanoTime();
        startedCpu = threadCpu.getAsLong();
        workloads.get(workload).change().accept(Math.abs(done));
        long elapsedCpu = threadCpu.getAsLong() - startedCpu;
        long elapsed = System.nanoTime() - started;
        if (done >= 0) {
            synchronous[done] = elapsed;
            cpu[done] = elapsedCpu;
        }
    }

    private void afterPulse() {
        if (!waiting) {
            return;
        }
        waiting = false;
        if (done >= 0) {
            toPulse[done] = System.nanoTime() - started;
        }
        done++;
        if (done < changes) {
            Platform.runLater(this::change);
            return;
        }
        String cpuTimes = startedCpu < 0 ? "" : String.format(Locale.ROOT,
                ", \"computeAndDrawCpuMedianMs\": %.3f, \"computeAndDrawCpuP99Ms\": %.3f",
                percentile(cpu, 50), percentile(cpu, 99));
        results.add(String.format(Locale.ROOT, "\"%s\": {\"computeAndDrawMedianMs\": %.3f, \"computeAndDrawP99Ms\": %.3f, "
                        + "\"toNextPulseMedianMs\": %.3f, \"toNextPulseP99Ms\": %.3f%s}", workloads.get(workload).name(),
                percentile(synchronous, 50), percentile(synchronous, 99), percentile(toPulse, 50), percentile(toPulse, 99),
                cpuTimes));
        workload++;
        if (workload < workloads.size()) {
            startWorkload();
        } else {
            report();
        }
    }

    private void report() {
        System.out.printf(Locale.ROOT, "{\"changes\": %d, \"window\": \"1280x720\", %s, \"cores\": %d, \"java\": \"%s\"}%n",
                changes, String.join(", ", results), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        try {
            preferences.removeNode();
        } catch (BackingStoreException e) {
            System.err.println("bench-ui: could not remove its preferences node: " + e.getMessage());
        }
        Platform.exit();
    }

    /** The current thread's CPU time in nanoseconds, or always -1 in a runtime without {@code java.management}. */
    private static LongSupplier threadCpuClock() {
        if (ModuleLayer.boot().findModule("java.management").isEmpty()) {
            return () -> -1;
        }
        return () -> ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
