package org.agenticrl.app.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.agenticrl.engine.session.SessionFiles;

/**
 * Asks the user for a file to open or to save a session to. The window uses the system's file choosers ({@link
 * #system}); UI tests, which cannot drive them, answer with a path of their own.
 */
public interface FileDialogs {
    /** A session or scenario file to open; empty when the user cancels. */
    Optional<Path> chooseToOpen();

    /** Where to save the session; empty when the user cancels. */
    Optional<Path> chooseToSave();

    /** The system's file choosers, over the window owner gives. */
    static FileDialogs system(Supplier<Window> owner) {
        return new FileDialogs() {
            @Override
            public Optional<Path> chooseToOpen() {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Open a session or a scenario");
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter("Session or scenario", "*" + SessionFiles.EXTENSION, "*.json"),
                        new FileChooser.ExtensionFilter("Any file", "*"));
                return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseToSave() {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Save the session");
                chooser.setInitialFileName("session" + SessionFiles.EXTENSION);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Session", "*" + SessionFiles.EXTENSION));
                return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
            }
        };
    }
}
