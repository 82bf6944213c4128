package org.agenticrl.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.ManualClock;
import org.agenticrl.app.presenter.Screens;
import org.agenticrl.app.session.RecoveryCopies;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.shell.FileDialogs;
import org.agenticrl.app.shell.SessionActions;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;

/**
 * The app's window on a test stage, with a throwaway preferences node that {@link #forget()} removes, no recovery
 * copies unless a test gives a folder, and file dialogs that answer with {@link #nextFile} (the system's cannot be
 * driven headless).
 */
final class WindowFixture {
    private final Preferences preferences = Preferences.userRoot().node("agentic-rl-test-" + UUID.randomUUID());
    final RecentFiles recent = new RecentFiles(preferences);
    /** The screens the window may use; null: the system's (headless has one). */
    Screens screens;
    /** What the next file dialog answers; null: the user cancels. */
    Path nextFile;
    /** How many times an export asked where to save. */
    int exportsAsked;
    SessionFileModel files;

    private final FileDialogs dialogs = new FileDialogs() {
        @Override
        public Optional<Path> chooseToOpen() {
            return Optional.ofNullable(nextFile);
        }

        @Override
        public Optional<Path> chooseToSave() {
            return Optional.ofNullable(nextFile);
        }

        @Override
        public Optional<Path> chooseRun(boolean folder) {
            return Optional.ofNullable(nextFile);
        }

        @Override
        public Optional<Path> chooseExport(String title, String fileName, String kind, String pattern) {
            exportsAsked++;
            return Optional.ofNullable(nextFile);
        }
    };

    /** Builds the window's scene for the model on the stage and shows it. */
    MainWindow show(Stage stage, SessionModel model, AppearanceModel appearance, BackgroundWork background) {
        return show(stage, model, appearance, background, new ManualClock(), RecoveryCopies.none());
    }

    /** As {@link #show(Stage, SessionModel, AppearanceModel, BackgroundWork)}, with a recovery clock and folder. */
    MainWindow show(Stage stage, SessionModel model, AppearanceModel appearance, BackgroundWork background,
                    ManualClock recoveryClock, RecoveryCopies recovery) {
        files = new SessionFileModel(model, appearance, background, recoveryClock, recovery, recent::remember);
        Scene scene = AgenticRlApp.createScene(stage, model, appearance, recent, background, files,
                new SessionActions(files, model.runs(), dialogs, stage), screens == null ? Screens.system() : screens);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        return (MainWindow) scene.getRoot();
    }

    void forget() throws BackingStoreException {
        preferences.removeNode();
    }
}
