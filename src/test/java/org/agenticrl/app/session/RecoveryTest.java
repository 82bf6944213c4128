package org.agenticrl.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved changes are copied every minute; the next start after a crash offers the copy, which restores them. */
class RecoveryTest {
    @TempDir
    Path recovery;
    @TempDir
    Path work;

    @Test
    void aCopyIsWrittenEveryMinuteWhileThereAreUnsavedChangesAndRestoresThem() throws Exception {
        SessionRoundTripTest.Window crashed = new SessionRoundTripTest.Window(ScenarioLoader.seed(), recovery);
        assertFalse(crashed.runtime.recoveryClock.running());
        SessionRoundTripTest.changeEverything(crashed);
        assertTrue(crashed.runtime.recoveryClock.running());
        assertEquals(SessionFileModel.RECOVERY_INTERVAL_MILLIS, crashed.runtime.recoveryClock.interval());
        assertTrue(crashed.files.recoveryCopy().isEmpty());
        crashed.runtime.recoveryClock.tick(1);
        assertTrue(Files.isRegularFile(recovery.resolve(RecoveryCopies.NAME)));
        String unsaved = crashed.state();
        // The window dies here without closing: the copy stays for the next start.

        SessionRoundTripTest.Window next = new SessionRoundTripTest.Window(ScenarioLoader.seed(), recovery);
        assertEquals(recovery.resolve(RecoveryCopies.NAME), next.files.recoveryCopy().orElseThrow());
        next.files.restoreRecoveryCopy();
        assertEquals(unsaved, next.state());
        assertNull(next.files.fileProperty().get());
        assertTrue(next.files.dirtyProperty().get());
        assertEquals(SessionFileModel.APP_TITLE, next.files.titleProperty().get());

        next.files.saveAs(work.resolve("kept.arl"), () -> { });
        assertTrue(next.files.recoveryCopy().isEmpty());
        assertFalse(next.runtime.recoveryClock.running());
    }

    @Test
    void aCleanCloseOrADiscardLeavesNoCopy() {
        SessionRoundTripTest.Window window = new SessionRoundTripTest.Window(ScenarioLoader.seed(), recovery);
        window.model.objective().lambda1().set(0.3);
        window.runtime.recoveryClock.tick(1);
        assertTrue(window.files.recoveryCopy().isPresent());
        window.files.closed();
        assertTrue(window.files.recoveryCopy().isEmpty());

        window.model.objective().lambda1().set(0.4);
        window.runtime.recoveryClock.tick(1);
        SessionRoundTripTest.Window next = new SessionRoundTripTest.Window(ScenarioLoader.seed(), recovery);
        next.files.deleteRecoveryCopy();
        assertTrue(next.files.recoveryCopy().isEmpty());
    }
}
