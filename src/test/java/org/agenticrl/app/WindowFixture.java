package org.agenticrl.app;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;

/** The app's window on a test stage, with a throwaway preferences node that {@link #forget()} removes. */
final class WindowFixture {
    private final Preferences preferences = Preferences.userRoot().node("agentic-rl-test-" + UUID.randomUUID());
    final RecentFiles recent = new RecentFiles(preferences);

    /** Builds the window's scene for the model on the stage and shows it. */
    MainWindow show(Stage stage, SessionModel model, AppearanceModel appearance, BackgroundWork background) {
        Scene scene = AgenticRlApp.createScene(stage, model, appearance, recent, background);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        return (MainWindow) scene.getRoot();
    }

    void forget() throws BackingStoreException {
        preferences.removeNode();
    }
}
