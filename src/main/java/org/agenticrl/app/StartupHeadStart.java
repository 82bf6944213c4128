package org.agenticrl.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.prefs.Preferences;
import org.agenticrl.app.fx.RememberedAppearance;
import org.agenticrl.app.objective.FormulaView;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;

/**
 * The window's start-up work that needs no FX thread, done on a worker thread that begins before JavaFX starts, so
 * that it overlaps the toolkit's own start-up instead of following it: reading the user's preferences (which the
 * start-up screen needs for its theme, the first window's colours), the seed scenario (the first use of Jackson) and
 * then the formula's fonts (JLaTeXMath reads its font tables). {@link AgenticRlApp} waits for each
 * result where it needs it; the FX thread touches JLaTeXMath only after the fonts are loaded. Begun once per JVM.
 */
final class StartupHeadStart {
    private static StartupHeadStart begun;

    private final CompletableFuture<Scenario> seed = new CompletableFuture<>();
    private final CompletableFuture<Void> fonts = new CompletableFuture<>();

    private StartupHeadStart() {
    }

    /** Begins the work on a worker thread, unless it was begun already; returns it. */
    static synchronized StartupHeadStart begin() {
        if (begun == null) {
            begun = new StartupHeadStart();
            Thread worker = new Thread(begun::run, "start-up head start");
            worker.setDaemon(true);
            worker.start();
        }
        return begun;
    }

    private void run() {
        Preferences.userNodeForPackage(AgenticRlApp.class).get(RememberedAppearance.THEME, null);
        complete(seed, ScenarioLoader::seed);
        complete(fonts, () -> {
            FormulaView.warmUp();
            return null;
        });
    }

    private interface Work<T> {
        T get();
    }

    private static <T> void complete(CompletableFuture<T> result, Work<T> work) {
        try {
            result.complete(work.get());
        } catch (RuntimeException | Error problem) {
            result.completeExceptionally(problem);
        }
    }

    /** The seed scenario, once read. */
    Scenario seed() {
        return await(seed);
    }

    /** Returns once the formula's fonts are loaded. */
    void awaitFonts() {
        await(fonts);
    }

    /** Rethrows the work's own exception, not a wrapper around it. */
    private static <T> T await(CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (CompletionException wrapped) {
            if (wrapped.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) wrapped.getCause();
        }
    }
}
