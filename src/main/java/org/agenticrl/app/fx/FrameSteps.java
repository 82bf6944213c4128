package org.agenticrl.app.fx;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs steps on the FX thread one after another, each in an event of its own that begins once the frame after the
 * previous step has been laid out, so that what a step changed on screen (a progress line) is drawn while the next
 * step works. The first step waits for the scene's first frame the same way.
 */
public final class FrameSteps {
    private final Scene scene;
    private final List<Runnable> steps;
    private final Consumer<Throwable> failed;

    private FrameSteps(Scene scene, List<Runnable> steps, Consumer<Throwable> failed) {
        this.scene = scene;
        this.steps = List.copyOf(steps);
        this.failed = failed;
    }

    /**
     * Starts the steps; call on the FX thread. A step that throws ends the sequence: the later steps do not run and
     * {@code failed} gets the problem, on the FX thread.
     */
    public static void run(Scene scene, List<Runnable> steps, Consumer<Throwable> failed) {
        new FrameSteps(scene, steps, failed).afterNextFrame(0);
    }

    private void afterNextFrame(int step) {
        if (step == steps.size()) {
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> runStep(step));
            }
        });
        Platform.requestNextPulse();
    }

    private void runStep(int step) {
        try {
            steps.get(step).run();
        } catch (RuntimeException | Error problem) {
            failed.accept(problem);
            return;
        }
        afterNextFrame(step + 1);
    }
}
