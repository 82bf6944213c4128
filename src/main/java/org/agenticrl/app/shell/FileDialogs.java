package org.agenticrl.app.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.agenticrl.engine.session.SessionFiles;

/**
 * Asks the user for a file to open or to save a session to, for a real run to open, or where to export a picture or
 * data. The window uses the system's file choosers ({@link #system}); UI tests, which cannot drive them, answer with a
 * path of their own.
 */
public interface FileDialogs {
    /** A session or scenario file to open; empty when the user cancels. */
    Optional<Path> chooseToOpen();

    /** Where to save the session; empty when the user cancels. */
    Optional<Path> chooseToSave();

    /** A real run to open: a folder of a framework's files, or one file; empty when the user cancels. */
    Optional<Path> chooseRun(boolean folder);

    /**
     * Where to export something; empty when the user cancels.
     *
     * @param title the dialog's title, e.g. "Export chart as PNG"
     * @param fileName the name offered, e.g. "distribution-chart.png"
     * @param kind what the file holds, e.g. "PNG image"
     * @param pattern its files' pattern, e.g. "*.png"
     */
    Optional<Path> chooseExport(String title, String fileName, String kind, String pattern);

    /** The system's file choosers, over the window owner gives; exports start in the folder of the last export. */
    static FileDialogs system(Supplier<Window> owner) {
        return new FileDialogs() {
            private File exportFolder;

            @Override
            public Optional<Path> chooseExport(String title, String fileName, String kind, String pattern) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(fileName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
                if (exportFolder != null && exportFolder.isDirectory()) {
                    chooser.setInitialDirectory(exportFolder);
                }
                File file = chooser.showSaveDialog(owner.get());
                if (file != null) {
                    exportFolder = file.getParentFile();
                }
                return Optional.ofNullable(file).map(File::toPath);
            }

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

            @Override
            public Optional<Path> chooseRun(boolean folder) {
                if (folder) {
                    DirectoryChooser chooser = new DirectoryChooser();
                    chooser.setTitle("Open a run: the folder a framework writes its rollouts to");
                    return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
                }
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Open a run: a rollout file (.jsonl, .parquet, .eval, .json)");
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter("Rollouts", "*.jsonl", "*.parquet", "*.eval", "*.json"),
                        new FileChooser.ExtensionFilter("Any file", "*"));
                return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
            }
        };
    }
}
