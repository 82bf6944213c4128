package org.agenticrl.app.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.NumberInput;
import org.agenticrl.app.common.PlaybackClock;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.FileFieldException;
import org.agenticrl.engine.runs.RunExtract;
import org.agenticrl.engine.session.HideableControl;
import org.agenticrl.engine.session.Lesson;
import org.agenticrl.engine.session.SessionDocument;
import org.agenticrl.engine.session.SessionException;
import org.agenticrl.engine.session.SessionFiles;
import org.jspecify.annotations.Nullable;

/**
 * The window's state as a file: the session file it came from or was saved to, whether it has unsaved changes, the
 * window title that shows both, and the commands Save, Open (a session or a scenario, told apart by content) and
 * Restore a recovery copy. While there are unsaved changes a recovery copy is written every minute; a clean close
 * removes it. Files are read and written on the background worker; a file that cannot be opened is reported (file,
 * field, reason) and the window keeps what it had. Use on the model's thread.
 */
public final class SessionFileModel {
    public static final String APP_TITLE = "Agentic RL Visualizer";
    /** How often the recovery copy is written while there are unsaved changes. */
    public static final double RECOVERY_INTERVAL_MILLIS = 60_000;

    private final SessionModel model;
    private final AppearanceModel appearance;
    private final BackgroundWork background;
    private final PlaybackClock recoveryClock;
    private final RecoveryCopies recovery;
    private final Consumer<Path> onOpened;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>(this, "lesson");
    /*
     * A session without a file keeps the app's own name as its title, changed or not: every slider move would
     * otherwise rename the window ("• Untitled — ..."), and window managers, task bars and test robots find the
     * window by that name. The close question still guards its unsaved changes.
     */
    private final StringBinding title = Bindings.createStringBinding(() -> file.get() == null ? APP_TITLE
            : (dirty.get() ? "\u2022 " : "") + file.get().getFileName() + " \u2014 " + APP_TITLE, file, dirty);
    private WindowState window = WindowState.detached();
    private long changes;
    private boolean applying;

    /**
     * @param recoveryClock ticks every {@link #RECOVERY_INTERVAL_MILLIS} while there are unsaved changes
     * @param onOpened hears every session file opened or saved (the recent files)
     */
    public SessionFileModel(SessionModel model, AppearanceModel appearance, BackgroundWork background,
                            PlaybackClock recoveryClock, RecoveryCopies recovery, Consumer<Path> onOpened) {
        this.model = model;
        this.appearance = appearance;
        this.background = background;
        this.recoveryClock = recoveryClock;
        this.recovery = recovery;
        this.onOpened = onOpened;
        for (Observable input : savedInputs()) {
            input.addListener(changed -> changed());
        }
        window.addListener(this::changed);
        dirty.addListener((o, before, after) -> {
            if (after) {
                recoveryClock.start(RECOVERY_INTERVAL_MILLIS, this::writeRecoveryCopy);
            } else {
                recoveryClock.stop();
            }
        });
    }

    private List<Observable> savedInputs() {
        var episode = model.episode();
        var objective = model.objective();
        var settings = model.training().settings();
        List<Observable> inputs = new ArrayList<>(List.of(episode.scenarioProperty(), episode.taskProperty(),
                episode.modeProperty(), episode.greedyProperty(), episode.policyProperty(),
                model.playback().cursorProperty(), model.playback().speedProperty(), model.selection().stepProperty(),
                model.selection().tokenProperty(), model.selection().sortByProbabilityProperty(),
                objective.rewardModeProperty(), objective.sftProperty(), objective.klProperty(),
                model.preview().shownProperty(), settings.estimatorProperty(), settings.rewardModeProperty(),
                settings.sftProperty(), settings.klProperty(), settings.optimizerProperty(), settings.speedProperty(),
                model.training().curveProperty(), model.training().pins(), model.sweep().planProperty(),
                model.sweep().cellsProperty(), model.sweep().metricProperty(), appearance.themeProperty(),
                appearance.textScaleProperty(), lesson));
        SessionSnapshot.numberInputs(model).stream().map(NumberInput::valueProperty).forEach(inputs::add);
        return inputs;
    }

    private void changed() {
        changes++;
        if (!applying) {
            dirty.set(true);
        }
    }

    /** Connects the window's layout (maximised view, tab), which a session also keeps. */
    public void attach(WindowState state) {
        window = state;
        state.addListener(this::changed);
    }

    private SessionSnapshot snapshot() {
        return new SessionSnapshot(model, appearance, window);
    }

    private SessionDocument capture() {
        return snapshot().capture().withLesson(Optional.ofNullable(lesson.get()));
    }

    // Commands

    /** Saves to the current file; false (and nothing happens) when there is none yet: ask for one, then {@link #saveAs}. */
    public boolean save() {
        if (file.get() == null) {
            return false;
        }
        saveAs(file.get(), () -> { });
        return true;
    }

    /**
     * Saves the window's state to target (atomically: a failure leaves the old file) and makes it the current file.
     *
     * @param onSaved runs after a successful save (e.g. closing the window)
     */
    public void saveAs(Path target, Runnable onSaved) {
        SessionDocument document = capture();
        long captured = changes;
        background.run(() -> {
            SessionFiles.save(document, target);
            return target;
        }, saved -> {
            file.set(saved);
            dirty.set(changes != captured);
            deleteRecoveryCopy();
            onOpened.accept(saved);
            model.report(StatusMessage.info("Saved the session to " + saved));
            onSaved.run();
        }, problem -> model.report(StatusMessage.error("Could not save " + target + ": " + reason(problem)
                + "; the file is as it was")));
    }

    /**
     * Opens a session file, or a scenario file (told apart by their content); a file that cannot be opened is
     * reported and nothing changes.
     */
    public void open(Path path) {
        background.run(() -> {
            String text = SessionFiles.readText(path);
            if (!SessionFiles.isSession(text, path)) {
                return null;
            }
            return checked(SessionFiles.parse(text, path.toString()), path);
        }, document -> {
            if (document == null) {
                model.scenarios().openFile(path, onOpened);
            } else if (show(document, path.toString())) {
                file.set(path);
                dirty.set(false);
                onOpened.accept(path);
                model.report(StatusMessage.info("Opened the session " + path));
            }
        }, problem -> model.report(StatusMessage.error(reason(problem))));
    }

    /**
     * Reads a session file and checks it as opening it in the window would: the engine's checks, and the ranges and
     * choices of the window's controls. Any thread.
     *
     * @throws SessionException with the file, the field and the reason
     */
    public static SessionDocument read(Path path) throws SessionException {
        return checked(SessionFiles.load(path), path);
    }

    private static SessionDocument checked(SessionDocument document, Path path) throws SessionException {
        SessionSnapshot.check(document, path.toString());
        return document;
    }

    /** Puts a checked document on screen; if the models refuse it after all, puts the previous state back. */
    private boolean show(SessionDocument document, String source) {
        SessionDocument previous = capture();
        applying = true;
        try {
            snapshot().apply(document);
            lesson.set(document.lesson().orElse(null));
            return true;
        } catch (RuntimeException e) {
            snapshot().apply(previous);
            model.report(StatusMessage.error(source + ": cannot be shown (" + reason(e) + "); the window is as it was"));
            return false;
        } finally {
            applying = false;
        }
    }

    /** The recovery copy a run that did not close cleanly left behind, if any. */
    public Optional<Path> recoveryCopy() {
        return recovery.find();
    }

    /** Puts the recovery copy on screen as unsaved changes (no file: save it somewhere). */
    public void restoreRecoveryCopy() {
        recovery.find().ifPresent(copy -> background.run(() -> read(copy), document -> {
            if (show(document, copy.toString())) {
                file.set(null);
                dirty.set(true);
                model.report(StatusMessage.info("Restored the unsaved changes of the last run; save them to keep them"));
            }
        }, problem -> model.report(StatusMessage.error("The recovery copy cannot be restored: " + reason(problem)))));
    }

    /** Forgets the recovery copy (the user discarded it, or closed the window deliberately). */
    public void deleteRecoveryCopy() {
        try {
            recovery.delete();
        } catch (IOException e) {
            model.report(StatusMessage.error("Could not remove the recovery copy: " + reason(e)));
        }
    }

    /** The window closes deliberately (saved, or the changes discarded): no recovery copy is needed any more. */
    public void closed() {
        recoveryClock.stop();
        deleteRecoveryCopy();
    }

    /**
     * Shows a built-in session (a built-in lesson) in the window's own theme and text scale, as a new untitled
     * session without unsaved changes; a document the window cannot take is reported and nothing changes.
     *
     * @return whether it is on screen
     */
    public boolean showBuiltIn(SessionDocument document, String source) {
        SessionDocument.Window own = document.window();
        SessionDocument shown = document.withWindow(new SessionDocument.Window(
                appearance.themeProperty().get().name().toLowerCase(java.util.Locale.ROOT),
                appearance.textScaleProperty().get(), own.maximised(), own.tab()));
        try {
            SessionSnapshot.check(shown, source);
        } catch (SessionException e) {
            model.report(StatusMessage.error(reason(e)));
            return false;
        }
        if (!show(shown, source)) {
            return false;
        }
        file.set(null);
        dirty.set(false);
        return true;
    }

    /** The session on screen as a document, with its lesson: what saving it would write. */
    public SessionDocument document() {
        return capture();
    }

    /** The lesson's run extract the Run tab shows; empty when it shows a run read from files, or none. */
    public Optional<RunExtract> shownExtract() {
        return model.runs().extract();
    }

    /** What the window shows now, as a lesson chapter's view with these controls hidden. */
    public Lesson.View currentView(Set<HideableControl> hidden) {
        return snapshot().view(hidden);
    }

    /**
     * Shows a chapter's view (of the lesson on screen, so already checked) through the view models, a Run-tab chapter
     * over the lesson's run (put back on the Run tab if another run was opened since); moving between chapters is not
     * an edit, so it leaves the unsaved-changes mark as it was.
     */
    public void showView(Lesson.View view) {
        boolean wasApplying = applying;
        applying = true;
        try {
            Optional<RunExtract> carried = Optional.ofNullable(lesson.get()).flatMap(Lesson::run);
            if (view.run().isPresent() && carried.isPresent() && !carried.equals(model.runs().extract())) {
                model.runs().showExtract(carried.get());
            }
            snapshot().show(view);
        } finally {
            applying = wasApplying;
        }
    }

    private void writeRecoveryCopy() {
        SessionDocument document = capture();
        background.run(() -> {
            recovery.write(document);
            return document;
        }, written -> { }, problem -> model.report(StatusMessage.error("Could not write the recovery copy: "
                + reason(problem))));
    }

    private static String reason(Exception problem) {
        if (problem instanceof FileFieldException) {
            return problem.getMessage();
        }
        return problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
    }

    // State

    /** The session file on screen; null before the first save or open. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Whether the window shows changes that are not in the file. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The lesson saved with the session, if any; setting it is an unsaved change. */
    public ObjectProperty<@Nullable Lesson> lessonProperty() {
        return lesson;
    }

    /** "• lecture.arl — Agentic RL Visualizer": the file and an unsaved-changes mark. */
    public StringBinding titleProperty() {
        return title;
    }
}
