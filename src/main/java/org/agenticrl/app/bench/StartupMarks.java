package org.agenticrl.app.bench;

import javafx.scene.Scene;

/**
 * The start-up benchmark's marks ({@code packaging/bench-startup.sh}): with {@code -Dagenticrl.bench.startup=true}
 * the window writes to stderr the wall-clock time (ms since the epoch) when the frame with the whole Episode tab has
 * been laid out, as JavaFX's own {@code -Dsun.perflog} marks the first frame, and ends the JVM there.
 */
public final class StartupMarks {
    /** The line's start; the time follows it. */
    public static final String EPISODE_TAB = "agentic-rl start-up: Episode tab laid out at ";
    private static final boolean ON = Boolean.getBoolean("agenticrl.bench.startup");

    private StartupMarks() {
    }

    /**
     * If the benchmark asked for it: marks the scene's next frame once laid out, the one with the whole Episode tab,
     * and ends the JVM there. Call on the FX thread once the Episode tab is in the scene.
     */
    public static void markEpisodeTab(Scene scene) {
        if (ON) {
            scene.addPostLayoutPulseListener(() -> {
                System.err.println(EPISODE_TAB + System.currentTimeMillis());
                System.exit(0);
            });
        }
    }
}
