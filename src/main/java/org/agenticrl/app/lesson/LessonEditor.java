package org.agenticrl.app.lesson;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Scrolling;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.engine.session.Focus;
import org.agenticrl.engine.session.HideableControl;
import org.agenticrl.engine.session.Lesson;

/**
 * Writing a lesson in the window, docked at its right edge: the lesson's title, its chapters (select one to show it),
 * add this view as a chapter, take this view for the selected chapter, up, down, delete; the selected chapter's title,
 * caption, speaker notes and hidden controls; present and save. A refused title, caption or notes shows its reason and
 * changes nothing. The notes are for the presenter view only: while the lesson is presented (the room sees this
 * window) their field is hidden and empty, and Apply keeps the chapter's notes; pictures of the window leave it blank.
 * The form scrolls when the window is too short for it (large text on a projector), while the reason for a refusal
 * and the Apply, Present, Save and Close buttons stay below it, always in reach; its widths are in ems (app.css), so
 * it grows with the text. A new field of the chapter goes into the form with {@link #field}.
 */
public final class LessonEditor extends VBox {
    private final LessonModel lesson;
    private final ListView<Lesson.Chapter> list = new ListView<>();
    private final TextField chapterTitle = new TextField();
    private final TextArea caption = new TextArea();
    private final TextArea notes = new TextArea();
    private final Map<HideableControl, CheckBox> hides = new EnumMap<>(HideableControl.class);
    private final ComboBox<Optional<Focus>> pointsAt = new ComboBox<>();
    private final Label problem = new Label();
    private boolean syncing;

    /**
     * @param save saves the session (with its lesson), asking where when it has no file yet
     * @param onScreen what a chapter could point at in what the window shows now
     */
    public LessonEditor(LessonModel lesson, Runnable save, Supplier<List<Focus>> onScreen) {
        this.lesson = lesson;
        setId("lesson-editor");
        getStyleClass().add(Styles.LESSON_EDITOR);
        TextField lessonTitle = new TextField();
        lessonTitle.setId("lesson-title");
        lessonTitle.setPromptText("The lesson's title");
        lessonTitle.setText(lesson.titleProperty().get());
        lesson.titleProperty().addListener((o, before, after) -> lessonTitle.setText(after));
        lessonTitle.setOnAction(event -> report(lesson.rename(lessonTitle.getText())));
        lessonTitle.setTooltip(new Tooltip("Press Enter to keep the title"));
        list.setId("lesson-chapter-list");
        list.setItems(lesson.chapters());
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Lesson.Chapter chapter, boolean empty) {
                super.updateItem(chapter, empty);
                setText(empty || chapter == null ? null : (getIndex() + 1) + ". " + chapter.title());
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, before, after) -> {
            if (!syncing && after.intValue() >= 0) {
                lesson.jump(after.intValue());
            }
        });
        lesson.currentProperty().addListener((o, before, after) -> select());
        lesson.chapters().addListener((ListChangeListener<Lesson.Chapter>) change -> select());
        FlowPane commands = new FlowPane(6, 6,
                button("Add this view as a chapter", "lesson-add", "A new chapter after the selected one, showing "
                        + "what the window shows now", lesson::addCurrentView),
                button("Take this view", "lesson-replace", "The selected chapter shows what the window shows now",
                        () -> withSelected(lesson::replaceView)),
                button("Up", "lesson-up", "Move the selected chapter up", () -> withSelected(lesson::moveUp)),
                button("Down", "lesson-down", "Move the selected chapter down", () -> withSelected(lesson::moveDown)),
                button("Delete", "lesson-delete", "Delete the selected chapter", () -> withSelected(lesson::delete)));
        chapterTitle.setId("chapter-title");
        chapterTitle.setPromptText("The chapter's title");
        caption.setId("chapter-caption");
        caption.setPromptText("A few lines for the room; *word* is emphasised");
        caption.setWrapText(true);
        caption.setPrefRowCount(5);
        notes.setId("chapter-notes");
        notes.getStyleClass().add(Styles.SPEAKER_NOTES);
        notes.setPromptText("Speaker notes: only you see them, in the presenter view");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.setTooltip(new Tooltip("Shown only in the presenter view, never to the room"));
        lesson.presentingProperty().addListener((o, was, presenting) -> showNotes());
        FlowPane hidden = new FlowPane(8, 4);
        for (HideableControl control : HideableControl.values()) {
            CheckBox box = new CheckBox(control.label());
            box.setId("hide-" + control.id());
            box.setTooltip(new Tooltip("Hide " + control.description()));
            hides.put(control, box);
            hidden.getChildren().add(box);
        }
        pointsAt.setId("chapter-focus");
        pointsAt.setMaxWidth(Double.MAX_VALUE);
        pointsAt.setTooltip(new Tooltip("What the caption talks about: presenting the chapter scrolls it into view and "
                + "rings it. The list holds what the window shows now."));
        pointsAt.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<Focus> focus) {
                return focus == null ? "" : FocusWords.of(focus);
            }

            @Override
            public Optional<Focus> fromString(String text) {
                return Optional.empty();
            }
        });
        pointsAt.setOnShowing(event -> offer(onScreen.get()));
        pointsAt.setOnAction(event -> {
            if (!syncing && pointsAt.getValue() != null) {
                withSelected(index -> lesson.pointAt(index, pointsAt.getValue()));
            }
        });
        HBox.setHgrow(pointsAt, Priority.ALWAYS);
        HBox focusRow = new HBox(6, pointsAt, button("Click it…", "chapter-point", "Then click what the "
                + "caption talks about in the window (Escape: never mind)", lesson::startPointing));
        problem.setId("lesson-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.FIELD_ERROR);
        Styles.showWhen(problem, problem.textProperty().isNotEmpty());
        FlowPane finish = new FlowPane(6, 6,
                button("Apply", "chapter-apply", "Keep this title, caption, notes and the hidden controls",
                        () -> withSelected(this::apply)),
                button("Present", "lesson-present", "Present the lesson from the selected chapter (F5)",
                        lesson::present),
                button("Save session\u2026", "lesson-save", "Save the session with its lesson", save),
                button("Close", "lesson-close", "Close the editor", () -> lesson.editingProperty().set(false)));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox notesField = field("Speaker notes", notes);
        Styles.showWhen(notesField, lesson.presentingProperty().not());
        Styles.showWhen(notes, lesson.presentingProperty().not());
        VBox form = new VBox(lessonTitle, list, commands, field("Chapter title", chapterTitle), field("Caption", caption),
                notesField, field("The caption talks about", focusRow), field("Hidden from the room", hidden));
        form.getStyleClass().add(Styles.LESSON_EDITOR_FORM);
        ScrollPane scroll = Scrolling.of(form);
        scroll.setId("lesson-editor-form");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(Labels.title("Lesson"), scroll, problem, finish);
        Styles.showWhen(this, lesson.editingProperty());
        select();
    }

    private void select() {
        syncing = true;
        try {
            int index = lesson.currentProperty().get();
            if (index < lesson.chapters().size()) {
                list.getSelectionModel().select(index);
                Lesson.Chapter chapter = lesson.chapters().get(index);
                chapterTitle.setText(chapter.title());
                caption.setText(chapter.caption());
                showNotes();
                offer(List.of());
                pointsAt.setValue(chapter.focus());
                hides.forEach((control, box) -> box.setSelected(chapter.view().hidden().contains(control)));
            } else {
                list.getSelectionModel().clearSelection();
                chapterTitle.clear();
                caption.clear();
                notes.clear();
                pointsAt.getItems().clear();
                hides.values().forEach(box -> box.setSelected(false));
            }
        } finally {
            syncing = false;
        }
    }

    private void apply(int index) {
        Set<HideableControl> hidden = EnumSet.noneOf(HideableControl.class);
        hides.forEach((control, box) -> {
            if (box.isSelected()) {
                hidden.add(control);
            }
        });
        String keptNotes = lesson.presentingProperty().get() ? lesson.chapters().get(index).notes() : notes.getText();
        report(lesson.edit(index, chapterTitle.getText(), caption.getText(), keptNotes, hidden));
    }

    /** Offers nothing in particular, what the chapter points at now and these targets, each once. */
    private void offer(List<Focus> targets) {
        boolean wasSyncing = syncing;
        syncing = true;
        try {
            Optional<Focus> chosen = pointsAt.getValue();
            int index = lesson.currentProperty().get();
            Set<Optional<Focus>> offered = new LinkedHashSet<>();
            offered.add(Optional.empty());
            if (index < lesson.chapters().size()) {
                offered.add(lesson.chapters().get(index).focus());
            }
            targets.forEach(target -> offered.add(Optional.of(target)));
            pointsAt.getItems().setAll(offered);
            pointsAt.setValue(chosen);
        } finally {
            syncing = wasSyncing;
        }
    }

    private void showNotes() {
        int index = lesson.currentProperty().get();
        boolean shown = !lesson.presentingProperty().get() && index < lesson.chapters().size();
        notes.setText(shown ? lesson.chapters().get(index).notes() : "");
    }

    private void withSelected(java.util.function.IntConsumer action) {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            problem.setText("");
            action.accept(index);
        } else {
            problem.setText("Select a chapter first (or add one)");
        }
    }

    private void report(Optional<String> refused) {
        problem.setText(refused.orElse(""));
    }

    /** A field of the form under its name, which names it for screen readers too. */
    private static VBox field(String name, Node control) {
        Label label = new Label(name);
        label.setLabelFor(control);
        return new VBox(label, control);
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        return button;
    }
}
