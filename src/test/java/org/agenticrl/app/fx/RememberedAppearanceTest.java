package org.agenticrl.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The window opens as it was left; a look asked for on the command line lasts one run. */
class RememberedAppearanceTest {
    private final Preferences preferences = Preferences.userRoot().node("agentic-rl-test-" + UUID.randomUUID());

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    void aLookForThisRunIsNotRememberedButALaterChangeIs() {
        AppearanceModel projector = new RememberedAppearance(preferences).load(run -> {
            run.themeProperty().set(Theme.DARK);
            run.textScaleProperty().set(1.6);
        });
        assertEquals(Theme.DARK, projector.themeProperty().get());
        AppearanceModel nextRun = new RememberedAppearance(preferences).load(run -> { });
        assertEquals(Theme.LIGHT, nextRun.themeProperty().get(), "--theme dark lasted one run");
        assertEquals(1.0, nextRun.textScaleProperty().get(), 0.0);
        nextRun.toggleTheme();
        nextRun.zoomIn();
        AppearanceModel third = new RememberedAppearance(preferences).load(run -> { });
        assertEquals(Theme.DARK, third.themeProperty().get(), "a change made in the window is remembered");
        assertEquals(1.1, third.textScaleProperty().get(), 1e-12);
    }
}
