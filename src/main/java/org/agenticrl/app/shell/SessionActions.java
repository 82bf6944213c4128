package org.agenticrl.app.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.agenticrl.app.runs.RunModel;
import org.agenticrl.app.session.SessionFileModel;

/**
 * File ▸ Open, Open run, Save, Save As and the questions around them: where to save (the file dialogs), whether to save unsaved
 * changes before closing, and whether to restore the recovery copy of a run that did not close cleanly. The answers go
 * to the {@link SessionFileModel}, which does the work.
 */
public final class SessionActions {
    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DONT_SAVE = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
    private static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private final SessionFileModel files;
    private final FileDialogs dialogs;
    private final Stage stage;
    private final RunModel runs;

    /** @param runs opens the real runs File ▸ Open run… asks for */
    public SessionActions(SessionFileModel files, RunModel runs, FileDialogs dialogs, Stage stage) {
        this.files = files;
        this.runs = runs;
        this.dialogs = dialogs;
        this.stage = stage;
    }

    /** The file dialogs these actions ask with, which exports ask with too. */
    public FileDialogs dialogs() {
        return dialogs;
    }

    /** Asks for a session or scenario file and opens it. */
    public void open() {
        dialogs.chooseToOpen().ifPresent(files::open);
    }

    /** Asks for a real run (a folder or a file) and opens it on the Run tab. */
    public void openRun(boolean folder) {
        dialogs.chooseRun(folder).ifPresent(runs::open);
    }

    /** Asks for a second run (a folder or a file) and draws it beside the open one on the Run tab. */
    public void compareRun(boolean folder) {
        dialogs.chooseRun(folder).ifPresent(runs::compareWith);
    }

    /** Saves to the current file, or asks where when there is none. */
    public void save() {
        if (!files.save()) {
            saveAs();
        }
    }

    /** Asks where, then saves there. */
    public void saveAs() {
        dialogs.chooseToSave().ifPresent(path -> files.saveAs(path, () -> { }));
    }

    /**
     * Whether the window may close now; with unsaved changes, asks Save / Don't save / Cancel first. After Save the
     * window closes by itself once the file is written.
     */
    public boolean mayClose() {
        if (!files.dirtyProperty().get()) {
            files.closed();
            return true;
        }
        Alert question = Question.ask(stage, "There are unsaved changes", "Save the changes to "
                + Optional.ofNullable(files.fileProperty().get()).map(Path::getFileName).map(Path::toString)
                .orElse("this session") + " before closing?", SAVE, DONT_SAVE, ButtonType.CANCEL);
        ButtonType answer = question.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == DONT_SAVE) {
            files.closed();
            return true;
        }
        if (answer == SAVE) {
            Optional<Path> target = Optional.ofNullable(files.fileProperty().get()).or(dialogs::chooseToSave);
            target.ifPresent(path -> files.saveAs(path, () -> {
                files.closed();
                stage.close();
            }));
        }
        return false;
    }

    /** Offers the recovery copy a run that did not close cleanly left behind: Restore or Discard. */
    public void offerRecovery() {
        files.recoveryCopy().ifPresent(copy -> {
            Alert question = Question.ask(stage, "Unsaved changes from the last run", "The last run did not close "
                    + "cleanly. Its unsaved changes were kept in " + copy + ". Restore them?", RESTORE, DISCARD);
            if (question.showAndWait().orElse(DISCARD) == RESTORE) {
                files.restoreRecoveryCopy();
            } else {
                files.deleteRecoveryCopy();
            }
        });
    }
}
