package org.agenticrl.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.agenticrl.app.model.AppearanceModel;
import org.agenticrl.app.model.BackgroundWork;
import org.agenticrl.app.model.RecentFiles;
import org.agenticrl.app.model.SessionModel;
import org.agenticrl.app.view.MainWindow;
import org.agenticrl.engine.scenario.ScenarioLoader;

/**
 * Measures how long the window takes from a λ1 slider change to the redrawn loss panel: the slider value is set on
 * the FX thread, the model asks the engine, the formula, table and charts redraw (JFreeChart draws synchronously),
 * and the next pulse lays the scene out. Two times per change: until setValue returns (everything computed and
 * drawn), and until the following layout pulse has finished. Prints one JSON line and exits.
 * Start it with {@code bench-ui}; it needs a display (e.g. xvfb-run).
 */
public final class LatencyBenchmark extends Application {
    private static final int WARM_UP = 50;

    private Slider slider;
    private Scene scene;
    private int changes;
    private int done = -WARM_UP;
    private long started;
    private long[] synchronous;
    private long[] toPulse;
    private boolean waiting;
    private Preferences preferences;

    @Override
    public void start(Stage stage) {
        changes = Integer.parseInt(getParameters().getNamed().getOrDefault("changes", "300"));
        synchronous = new long[changes];
        toPulse = new long[changes];
        preferences = Preferences.userRoot().node("agentic-rl-benchmark-" + UUID.randomUUID());
        SessionModel model = new SessionModel(ScenarioLoader.seed(), FxRuntime.create());
        scene = AgenticRlApp.createScene(stage, model, new AppearanceModel(), new RecentFiles(preferences),
                BackgroundWork.immediate());
        slider = ((MainWindow) scene.getRoot()).losses().lambda1Field().slider();
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
        scene.addPostLayoutPulseListener(this::afterPulse);
        Platform.runLater(this::change);
    }

    private void change() {
        double value = 0.05 + 1.9 * ((Math.abs(done) * 0.6180339887) % 1.0);
        waiting = true;
        started = System.nanoTime();
        slider.setValue(value);
        long elapsed = System.nanoTime() - started;
        if (done >= 0) {
            synchronous[done] = elapsed;
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
        } else {
            report();
        }
    }

    private void report() {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "{\"changes\": %d, \"window\": \"1280x720\", \"computeAndDrawMedianMs\": %.3f, "
                        + "\"computeAndDrawP99Ms\": %.3f, \"toNextPulseMedianMs\": %.3f, \"toNextPulseP99Ms\": %.3f, "
                        + "\"cores\": %d, \"java\": \"%s\"}%n",
                changes, percentile(synchronous, 50), percentile(synchronous, 99), percentile(toPulse, 50),
                percentile(toPulse, 99), runtime.availableProcessors(), System.getProperty("java.version"));
        try {
            preferences.removeNode();
        } catch (BackingStoreException e) {
            System.err.println("bench-ui: could not remove its preferences node: " + e.getMessage());
        }
        Platform.exit();
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
