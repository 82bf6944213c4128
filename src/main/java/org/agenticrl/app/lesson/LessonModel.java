package org.agenticrl.app.lesson;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.engine.session.Focus;
import org.agenticrl.engine.session.HideableControl;
import org.agenticrl.engine.runs.RunExtract;
import org.agenticrl.engine.session.Lesson;

/**
 * The lesson of the session on screen and the chapter shown: presenting (next, back, jump, leave), the caption, the
 * progress mark and the controls the chapter hides, and authoring (add this view as a chapter, edit, reorder, delete).
 * A chapter's view is shown through the session's view models ({@link SessionFileModel#showView}); edits make a new
 * immutable {@link Lesson} in {@link SessionFileModel#lessonProperty()}, so saving the session saves the lesson. Bad
 * titles and captions are refused with the reason and change nothing. Use on the model's thread.
 */
public final class LessonModel {
    public static final String UNTITLED = "Untitled lesson";
    static final String NEW_CAPTION = "What this view shows: write it here.";

    private final SessionFileModel files;
    private final BackgroundWork background;
    private final Consumer<StatusMessage> report;
    private final ObservableList<Lesson.Chapter> chapters = FXCollections.observableArrayList();
    private final ObservableList<Lesson.Chapter> chaptersView = FXCollections.unmodifiableObservableList(chapters);
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", 0);
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting", false);
    private final BooleanProperty editing = new SimpleBooleanProperty(this, "editing", false);
    private final ObservableSet<HideableControl> hidden = FXCollections.observableSet(EnumSet.noneOf(HideableControl.class));
    private final ObservableSet<HideableControl> hiddenView = FXCollections.unmodifiableObservableSet(hidden);
    private final StringBinding caption;
    private final StringBinding chapterTitle;
    private final StringBinding progress;
    private final StringBinding title;
    private final ObjectBinding<Optional<Focus>> focus;
    private final BooleanProperty captionCollapsed = new SimpleBooleanProperty(this, "captionCollapsed", false);
    private final ReadOnlyBooleanWrapper pointing = new ReadOnlyBooleanWrapper(this, "pointing", false);
    private boolean editingLesson;
    /** The run a chapter being added or replaced shows, which the lesson then carries. */
    private Optional<RunExtract> runToCarry = Optional.empty();

    public LessonModel(SessionFileModel files, BackgroundWork background, Consumer<StatusMessage> report) {
        this.files = files;
        this.background = background;
        this.report = report;
        caption = Bindings.createStringBinding(() -> chapter().map(Lesson.Chapter::caption).orElse(""), chapters,
                current);
        chapterTitle = Bindings.createStringBinding(() -> chapter().map(Lesson.Chapter::title).orElse(""), chapters,
                current);
        progress = Bindings.createStringBinding(() -> chapters.isEmpty() ? "" : (current.get() + 1) + " / "
                + chapters.size(), chapters, current);
        title = Bindings.createStringBinding(() -> files.lessonProperty().get() == null ? UNTITLED
                : files.lessonProperty().get().title(), files.lessonProperty());
        focus = Bindings.createObjectBinding(() -> presenting.get() ? chapter().flatMap(Lesson.Chapter::focus)
                : Optional.empty(), chapters, current, presenting);
        files.lessonProperty().addListener((o, before, after) -> {
            chapters.setAll(after == null ? List.of() : after.chapters());
            if (!editingLesson) {
                leave();
                current.set(0);
            } else if (current.get() >= chapters.size()) {
                current.set(Math.max(0, chapters.size() - 1));
            }
        });
    }

    private Optional<Lesson.Chapter> chapter() {
        int index = current.get();
        return index < chapters.size() ? Optional.of(chapters.get(index)) : Optional.empty();
    }

    // Presenting

    /**
     * Presents the lesson from the current chapter (no longer waiting for a click on evidence); with no chapters, says
     * how to add one.
     */
    public void present() {
        if (chapters.isEmpty()) {
            report.accept(StatusMessage.error("This session has no lesson yet: add a chapter with Lessons \u25b8 Add "
                    + "this view as a chapter, or open a built-in lesson"));
            return;
        }
        pointing.set(false);
        presenting.set(true);
        show(current.get());
    }

    /** Back to free exploration, with the window as the current chapter left it. */
    public void leave() {
        presenting.set(false);
        pointing.set(false);
        hidden.clear();
    }

    /** Shrinks the caption band to its title line, or opens it again. */
    public void toggleCaption() {
        captionCollapsed.set(!captionCollapsed.get());
    }

    public void next() {
        if (current.get() + 1 < chapters.size()) {
            show(current.get() + 1);
        }
    }

    public void previous() {
        if (current.get() > 0) {
            show(current.get() - 1);
        }
    }

    /** Shows chapter index (counting from 0); an index outside the lesson changes nothing. */
    public void jump(int index) {
        if (index >= 0 && index < chapters.size()) {
            show(index);
        }
    }

    private void show(int index) {
        current.set(index);
        Lesson.View view = chapters.get(index).view();
        files.showView(view);
        if (presenting.get()) {
            hidden.clear();
            hidden.addAll(view.hidden());
        }
    }

    /** Opens a built-in lesson (its session replaces the window's) and presents it from the first chapter. */
    public void openBuiltIn(BuiltInLessons.Entry lesson) {
        background.run(() -> BuiltInLessons.load(lesson.id()), document -> {
            if (files.showBuiltIn(document, "built-in lesson " + lesson.id())) {
                present();
            }
        }, problem -> report.accept(StatusMessage.error(problem.getMessage())));
    }

    // Authoring

    /** Adds what the window shows now as a chapter after the current one (hiding what the current one hides). */
    public void addCurrentView() {
        Set<HideableControl> hide = presenting.get() ? Set.copyOf(hidden) : Set.of();
        Lesson.View view = files.currentView(hide);
        if (!carriesRunOf(view)) {
            return;
        }
        List<Lesson.Chapter> next = new ArrayList<>(chapters);
        int at = chapters.isEmpty() ? 0 : current.get() + 1;
        next.add(at, new Lesson.Chapter("Chapter " + (chapters.size() + 1), NEW_CAPTION, view));
        change(next, at);
        pointing.set(true);
        report.accept(StatusMessage.info("Added chapter " + (at + 1) + " of " + next.size() + ": click what its "
                + "caption will talk about (a token bar, a step card, a chip, a row, a term, a chart), or press Escape"));
    }

    /**
     * Makes chapter index point at focus (empty: at nothing in particular); an index outside the lesson changes
     * nothing.
     */
    public void pointAt(int index, Optional<Focus> target) {
        pointing.set(false);
        if (index < 0 || index >= chapters.size()) {
            return;
        }
        List<Lesson.Chapter> next = new ArrayList<>(chapters);
        next.set(index, chapters.get(index).withFocus(target));
        change(next, index);
        report.accept(StatusMessage.info("Chapter " + (index + 1) + " points at " + target.map(Focus::toString)
                .orElse("nothing in particular")));
    }

    /** What the user clicked while {@link #pointingProperty()} holds: the current chapter now points at it. */
    public void pointed(Focus target) {
        if (pointing.get()) {
            pointAt(current.get(), Optional.of(target));
        }
    }

    /** Stops waiting for a click on the evidence; the chapter keeps what it pointed at. */
    public void stopPointing() {
        pointing.set(false);
    }

    /** Makes chapter index show what the window shows now; its title, caption, notes and hidden controls stay. */
    public void replaceView(int index) {
        List<Lesson.Chapter> next = new ArrayList<>(chapters);
        Lesson.Chapter old = next.get(index);
        Lesson.View view = files.currentView(old.view().hidden());
        if (carriesRunOf(view)) {
            next.set(index, old.withView(view));
            change(next, index);
        }
    }

    /**
     * Whether the lesson can carry the run a view of the Run tab shows, which it then does (true for any other view):
     * a lesson carries one run, as an extract; says why not otherwise.
     */
    private boolean carriesRunOf(Lesson.View view) {
        if (view.run().isEmpty()) {
            return true;
        }
        Optional<RunExtract> shown = files.shownExtract();
        Optional<RunExtract> carried = Optional.ofNullable(files.lessonProperty().get()).flatMap(Lesson::run);
        if (shown.isEmpty()) {
            report.accept(StatusMessage.error("A chapter shows a run the lesson carries: this run was opened from its "
                    + "files, which a lesson does not take along. Open a lesson that carries a run (Lessons ▸ From "
                    + "the toy to a real run) to show its run"));
            return false;
        }
        if (carried.isPresent() && !carried.equals(shown)) {
            report.accept(StatusMessage.error("This lesson carries another run already; a lesson carries one run"));
            return false;
        }
        runToCarry = shown;
        return true;
    }

    /**
     * Changes a chapter's title, caption, speaker notes and hidden controls, or says why not (and changes nothing).
     *
     * @param newNotes empty for none
     * @return the problem, e.g. "Caption: has 9 lines; at most 6"
     */
    public Optional<String> edit(int index, String newTitle, String newCaption, String newNotes,
                                 Set<HideableControl> hide) {
        Optional<String> problem = Lesson.titleProblem(newTitle).map(reason -> "Title: " + reason)
                .or(() -> Lesson.captionProblem(newCaption).map(reason -> "Caption: " + reason))
                .or(() -> Lesson.notesProblem(newNotes).map(reason -> "Notes: " + reason));
        if (problem.isEmpty()) {
            List<Lesson.Chapter> next = new ArrayList<>(chapters);
            Lesson.View view = next.get(index).view();
            next.set(index, new Lesson.Chapter(newTitle.strip(), newCaption.strip(), view.withHidden(hide),
                    next.get(index).focus(), newNotes.strip()));
            change(next, index);
        }
        return problem;
    }

    /** Renames the lesson, or says why not (and changes nothing). */
    public Optional<String> rename(String newTitle) {
        Optional<String> problem = Lesson.titleProblem(newTitle).map(reason -> "Lesson title: " + reason);
        if (problem.isEmpty() && !chapters.isEmpty()) {
            editingLesson = true;
            try {
                files.lessonProperty().set(lesson(newTitle.strip(), chapters));
            } finally {
                editingLesson = false;
            }
        }
        return problem;
    }

    /** Swaps chapter index with the one before it (the first stays). */
    public void moveUp(int index) {
        if (index > 0 && index < chapters.size()) {
            swap(index, index - 1);
        }
    }

    /** Swaps chapter index with the one after it (the last stays). */
    public void moveDown(int index) {
        if (index >= 0 && index + 1 < chapters.size()) {
            swap(index, index + 1);
        }
    }

    private void swap(int index, int other) {
        List<Lesson.Chapter> next = new ArrayList<>(chapters);
        next.set(index, chapters.get(other));
        next.set(other, chapters.get(index));
        change(next, other);
    }

    /** Deletes chapter index; deleting the last chapter leaves the session without a lesson. */
    public void delete(int index) {
        List<Lesson.Chapter> next = new ArrayList<>(chapters);
        next.remove(index);
        change(next, Math.min(index, Math.max(0, next.size() - 1)));
        if (next.isEmpty()) {
            leave();
        }
    }

    private void change(List<Lesson.Chapter> next, int selected) {
        editingLesson = true;
        try {
            files.lessonProperty().set(next.isEmpty() ? null : lesson(title.get(), next));
            current.set(selected);
            if (presenting.get() && !next.isEmpty()) {
                hidden.retainAll(next.get(selected).view().hidden());
                hidden.addAll(next.get(selected).view().hidden());
            }
        } finally {
            editingLesson = false;
        }
    }

    /**
     * The lesson with these title and chapters, carrying the run the lesson on screen carries, or the one a chapter
     * just added shows; a lesson whose chapters no longer show its run drops it.
     */
    private Lesson lesson(String newTitle, List<Lesson.Chapter> next) {
        Optional<RunExtract> run = runToCarry.or(() -> Optional.ofNullable(files.lessonProperty().get())
                .flatMap(Lesson::run)).filter(carried -> next.stream().anyMatch(chapter ->
                chapter.view().run().isPresent()));
        runToCarry = Optional.empty();
        return new Lesson(newTitle, next, run);
    }

    // State

    /** The lesson's chapters, in order. */
    public ObservableList<Lesson.Chapter> chapters() {
        return chaptersView;
    }

    /** The chapter on screen (or being edited), counting from 0. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Whether the lesson is being presented: the caption band shows and the chapter's controls are hidden. */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** Whether the lesson editor is open. */
    public BooleanProperty editingProperty() {
        return editing;
    }

    /** The controls hidden now: the current chapter's while presenting, none otherwise. */
    public ObservableSet<HideableControl> hidden() {
        return hiddenView;
    }

    public StringBinding captionProperty() {
        return caption;
    }

    public StringBinding chapterTitleProperty() {
        return chapterTitle;
    }

    /** "4 / 11", empty without chapters. */
    public StringBinding progressProperty() {
        return progress;
    }

    /** What the chapter on screen points at while the lesson is presented; empty otherwise. */
    public ObjectBinding<Optional<Focus>> focusProperty() {
        return focus;
    }

    /** Whether the caption band shows only its title line. */
    public BooleanProperty captionCollapsedProperty() {
        return captionCollapsed;
    }

    /**
     * Whether the next click in the window picks what the current chapter points at (after <i>Add this view as a
     * chapter</i>, or <i>Point at…</i> in the editor).
     */
    public ReadOnlyBooleanProperty pointingProperty() {
        return pointing.getReadOnlyProperty();
    }

    /** Waits for a click on what the current chapter should point at; nothing happens without chapters. */
    public void startPointing() {
        pointing.set(!chapters.isEmpty());
    }

    /** The lesson's title ({@value #UNTITLED} before it has one). */
    public StringBinding titleProperty() {
        return title;
    }
}
