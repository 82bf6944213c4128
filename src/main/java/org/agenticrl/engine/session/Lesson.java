package org.agenticrl.engine.session;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.agenticrl.engine.runs.RunExtract;

/**
 * A lesson: a title and an ordered, non-empty list of chapters, each showing a view of the session it is saved in,
 * and the extract of a real run its Run-tab chapters show, carried along so that the lesson travels alone.
 * Immutable. The engine checks what it knows (texts present and short, known hidden controls, the loss settings);
 * the tab and maximised-view ids and the ranges of the loss panel's controls are the app's to check.
 *
 * @param title what the Lessons menu and the chapter list call it
 */
public record Lesson(String title, List<Chapter> chapters, Optional<RunExtract> run) {
    /** The longest title, in characters. */
    public static final int MAX_TITLE = 80;
    /** The longest caption, in characters and in lines: a few lines the back row can read. */
    public static final int MAX_CAPTION = 600;
    public static final int MAX_CAPTION_LINES = 6;
    /** The longest speaker notes, in characters and in lines: what a lecturer glances at. */
    public static final int MAX_NOTES = 2000;
    public static final int MAX_NOTES_LINES = 20;

    public Lesson {
        chapters = List.copyOf(chapters);
        run = run == null ? Optional.empty() : run;
        if (chapters.isEmpty()) {
            throw new IllegalArgumentException("a lesson has at least one chapter");
        }
    }

    /** A lesson that carries no run. */
    public Lesson(String title, List<Chapter> chapters) {
        this(title, chapters, Optional.empty());
    }

    /** This lesson with other chapters; its title and run stay. */
    public Lesson withChapters(String newTitle, List<Chapter> others) {
        return new Lesson(newTitle, others, run);
    }

    /** Why a title cannot be a lesson's or a chapter's: empty, longer than {@link #MAX_TITLE}, or more than a line. */
    public static Optional<String> titleProblem(String title) {
        return textProblem(title, MAX_TITLE, 1);
    }

    /** Why a caption cannot be a chapter's: empty, or longer than {@link #MAX_CAPTION} or {@link #MAX_CAPTION_LINES}. */
    public static Optional<String> captionProblem(String caption) {
        return textProblem(caption, MAX_CAPTION, MAX_CAPTION_LINES);
    }

    /**
     * Why notes cannot be a chapter's: longer than {@link #MAX_NOTES} or {@link #MAX_NOTES_LINES}. Empty notes are
     * none.
     */
    public static Optional<String> notesProblem(String notes) {
        return notes.isBlank() ? Optional.empty() : textProblem(notes, MAX_NOTES, MAX_NOTES_LINES);
    }

    private static Optional<String> textProblem(String text, int maxChars, int maxLines) {
        if (text == null || text.isBlank()) {
            return Optional.of("is empty");
        }
        if (text.length() > maxChars) {
            return Optional.of("is " + text.length() + " characters long; at most " + maxChars);
        }
        long lines = text.lines().count();
        if (lines > maxLines) {
            return Optional.of(maxLines == 1 ? "must be one line" : "has " + lines + " lines; at most " + maxLines);
        }
        return Optional.empty();
    }

    /**
     * One chapter: what it is called, the caption shown under the window (plain text; {@code *word*} is emphasised),
     * the view it shows, what in that view the caption talks about (none: the chapter points at nothing) and the
     * lecturer's notes.
     *
     * @param notes the lecturer's speaker notes, plain text, shown only in the presenter view (never to the room);
     *              empty for none
     */
    public record Chapter(String title, String caption, View view, Optional<Focus> focus, String notes) {
        public Chapter {
            focus = focus == null ? Optional.empty() : focus;
            notes = notes == null ? "" : notes;
        }

        /** A chapter that points at nothing in particular, without speaker notes. */
        public Chapter(String title, String caption, View view) {
            this(title, caption, view, Optional.empty(), "");
        }

        /** This chapter showing another view; its title, caption, focus and notes stay. */
        public Chapter withView(View other) {
            return new Chapter(title, caption, other, focus, notes);
        }

        /** This chapter pointing at focus (empty: at nothing). */
        public Chapter withFocus(Optional<Focus> other) {
            return new Chapter(title, caption, view, other, notes);
        }
    }

    /**
     * The state a chapter shows over its session: the tab and maximised view (the app's ids, see {@link
     * SessionFile.WindowSpec}), how much of the episode is revealed, the selected token, the loss panel, the controls
     * hidden from the room, and the policy.
     *
     * @param trainedUpdates the policy shown: the pre-trained one trained this many updates with the session's
     *                       training settings (0: the pre-trained policy itself); empty: the policy as it is, so a
     *                       lecturer's own training stays
     * @param run on the Run tab, what of the lesson's run it shows; empty on any other tab
     */
    public record View(String tab, String maximised, int position, SessionDocument.Selection selection,
                       SessionDocument.LossPanel loss, Set<HideableControl> hidden, OptionalInt trainedUpdates,
                       Optional<RunPlace> run) {
        /** The most updates a chapter trains before it is shown: at about a millisecond each, a moment. */
        public static final int MAX_TRAINED_UPDATES = 1000;

        public View {
            hidden = hidden.isEmpty() ? Set.of() : Set.copyOf(hidden);
            trainedUpdates = trainedUpdates == null ? OptionalInt.empty() : trainedUpdates;
            run = run == null ? Optional.empty() : run;
            if (trainedUpdates.isPresent() && (trainedUpdates.getAsInt() < 0
                    || trainedUpdates.getAsInt() > MAX_TRAINED_UPDATES)) {
                throw new IllegalArgumentException("must be between 0 and " + MAX_TRAINED_UPDATES + ", got "
                        + trainedUpdates.getAsInt());
            }
        }

        /** A view of a tab other than the Run tab. */
        public View(String tab, String maximised, int position, SessionDocument.Selection selection,
                    SessionDocument.LossPanel loss, Set<HideableControl> hidden, OptionalInt trainedUpdates) {
            this(tab, maximised, position, selection, loss, hidden, trainedUpdates, Optional.empty());
        }

        /** A view that leaves the policy as it is. */
        public View(String tab, String maximised, int position, SessionDocument.Selection selection,
                    SessionDocument.LossPanel loss, Set<HideableControl> hidden) {
            this(tab, maximised, position, selection, loss, hidden, OptionalInt.empty());
        }

        /** This view hiding other controls. */
        public View withHidden(Set<HideableControl> other) {
            return new View(tab, maximised, position, selection, loss, other, trainedUpdates, run);
        }
    }

    /**
     * What a chapter on the Run tab shows of the lesson's run: one of its {@link #VIEWS}, the step (for the step and
     * sample views) and the sample, numbered from 1 in the order the step lists them (for the sample view).
     *
     * @param step the step's number as the run numbers it; 0 for the overview
     * @param sample the sample's number in its step from 1; 0 unless the view is the sample
     */
    public record RunPlace(String view, long step, int sample) {
        /** The Run tab's views a chapter can show. */
        public static final List<String> VIEWS = List.of("overview", "step", "sample");

        /** @throws IllegalArgumentException with the reason */
        public RunPlace {
            if (!VIEWS.contains(view)) {
                throw new IllegalArgumentException("the run's view is one of " + String.join(", ", VIEWS) + ", not '"
                        + view + "'");
            }
            if (!view.equals("overview") && step < 0) {
                throw new IllegalArgumentException("a step's number is not negative, got " + step);
            }
            if (view.equals("sample") != sample > 0 || sample < 0) {
                throw new IllegalArgumentException(view.equals("sample") ? "the sample view names its sample by its "
                        + "number from 1, not " + sample : "only the sample view names a sample");
            }
        }
    }
}
