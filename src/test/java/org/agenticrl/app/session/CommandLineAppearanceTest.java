package org.agenticrl.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.agenticrl.app.AgenticRlApp;
import org.agenticrl.app.fx.RememberedAppearance;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Theme;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code app --session lecture.arl --text-scale 1.6 --theme dark}: the command line says how the hall looks, so it
 * wins over the look every session opened in that run was saved with; the rest of each session still opens.
 */
class CommandLineAppearanceTest {
    private final Preferences preferences = Preferences.userRoot().node("agentic-rl-test-" + UUID.randomUUID());

    @TempDir
    Path folder;

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    /** A session saved in a window at this look, maximising this view. */
    private Path saved(String name, Theme theme, double textScale, String maximised) {
        SessionRoundTripTest.Window home = new SessionRoundTripTest.Window(ScenarioLoader.seed(), folder.resolve(name + "-recovery"));
        home.appearance.themeProperty().set(theme);
        home.appearance.textScaleProperty().set(textScale);
        home.layout.maximise(maximised);
        Path file = folder.resolve(name + ".arl");
        home.files.saveAs(file, () -> { });
        return file;
    }

    private SessionRoundTripTest.Window startedWith(Map<String, String> options) {
        AppearanceModel appearance = new RememberedAppearance(preferences).load(run ->
                AgenticRlApp.holdCommandLineAppearance(options, run));
        return new SessionRoundTripTest.Window(ScenarioLoader.seed(), folder.resolve("hall-recovery"), appearance);
    }

    @Test
    void theHallsLookOutlivesEverySessionOpenedInTheRun() {
        Path lecture = saved("lecture", Theme.LIGHT, 1.0, "tokens");
        Path next = saved("next", Theme.LIGHT, 1.2, "objective");
        SessionRoundTripTest.Window hall = startedWith(Map.of("theme", "dark", "text-scale", "1.6"));

        hall.files.open(lecture);
        assertEquals(Theme.DARK, hall.appearance.themeProperty().get());
        assertEquals(1.6, hall.appearance.textScaleProperty().get(), 0.0);
        assertEquals("tokens", hall.layout.maximised(), "the rest of the session opens");
        assertEquals(lecture, hall.files.fileProperty().get());
        assertFalse(hall.files.dirtyProperty().get());

        hall.appearance.zoomIn();
        double backRow = hall.appearance.textScaleProperty().get();
        hall.files.open(next);
        assertEquals("objective", hall.layout.maximised());
        assertEquals(Theme.DARK, hall.appearance.themeProperty().get());
        assertEquals(backRow, hall.appearance.textScaleProperty().get(), 0.0,
                "what the lecturer set in the hall stays too");

        AppearanceModel nextRun = new RememberedAppearance(preferences).load(run -> { });
        assertEquals(Theme.LIGHT, nextRun.themeProperty().get(), "the command line's theme is not remembered");
    }

    @Test
    void whatTheCommandLineLeavesOutComesFromTheSession() {
        Path lecture = saved("lecture", Theme.DARK, 1.3, "all");
        SessionRoundTripTest.Window hall = startedWith(Map.of("text-scale", "1.6"));
        hall.files.open(lecture);
        assertEquals(1.6, hall.appearance.textScaleProperty().get(), 0.0);
        assertEquals(Theme.DARK, hall.appearance.themeProperty().get());

        SessionRoundTripTest.Window home = startedWith(Map.of());
        home.files.open(lecture);
        assertEquals(1.3, home.appearance.textScaleProperty().get(), 0.0, "without the option the session's look opens");
    }
}
