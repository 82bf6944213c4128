package org.agenticrl.app.lesson;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.engine.session.Lesson;

/**
 * The band across the bottom of the window while a lesson is presented: the chapter's title and progress mark
 * ("4 / 11"), its caption in large type (it grows with the text scale), back and next buttons, the chapter list to
 * jump and the way out. It binds to the {@link LessonModel} only.
 */
public final class LessonBand extends VBox {
    static final String CAPTION_TEXT = "lesson-caption-text";
    static final String EMPHASIS = "lesson-emphasis";

    private final TextFlow caption = new TextFlow();

    public LessonBand(LessonModel lesson) {
        setId("lesson-band");
        getStyleClass().add("lesson-band");
        Label title = new Label();
        title.setId("lesson-chapter-title");
        title.getStyleClass().add("lesson-chapter-title");
        title.textProperty().bind(lesson.chapterTitleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label progress = new Label();
        progress.setId("lesson-progress");
        progress.getStyleClass().add("lesson-progress");
        progress.textProperty().bind(lesson.progressProperty());
        progress.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button back = button("\u2190 Back", "lesson-back", "The previous chapter (Page Up or Backspace)", lesson::previous);
        back.disableProperty().bind(lesson.currentProperty().isEqualTo(0));
        Button next = button("Next \u2192", "lesson-next", "The next chapter (Page Down or Space)", lesson::next);
        next.disableProperty().bind(lesson.currentProperty().greaterThanOrEqualTo(
                javafx.beans.binding.Bindings.size(lesson.chapters()).subtract(1)));
        Button leave = button("Leave lesson", "lesson-leave", "Back to free exploration, from this chapter's view "
                + "(Escape)", lesson::leave);
        HBox heading = new HBox(12, title, progress, gap, chapterList(lesson), back, next, leave);
        heading.setAlignment(Pos.CENTER_LEFT);
        caption.setId("lesson-caption");
        caption.getStyleClass().add("lesson-caption");
        lesson.captionProperty().addListener((o, before, after) -> showCaption(after));
        showCaption(lesson.captionProperty().get());
        getChildren().addAll(heading, caption);
        Styles.showWhen(this, lesson.presentingProperty());
    }

    private static ComboBox<Integer> chapterList(LessonModel lesson) {
        ComboBox<Integer> list = new ComboBox<>();
        list.setId("lesson-chapters");
        list.setTooltip(new Tooltip("Jump to a chapter"));
        list.setFocusTraversable(false);
        list.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                return index == null || index >= lesson.chapters().size() ? ""
                        : (index + 1) + ". " + lesson.chapters().get(index).title();
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        boolean[] syncing = {false};
        Runnable refresh = () -> {
            syncing[0] = true;
            try {
                list.getItems().setAll(java.util.stream.IntStream.range(0, lesson.chapters().size()).boxed().toList());
                list.setValue(lesson.currentProperty().get());
            } finally {
                syncing[0] = false;
            }
        };
        lesson.chapters().addListener((javafx.collections.ListChangeListener<Lesson.Chapter>) change -> refresh.run());
        lesson.currentProperty().addListener((o, before, after) -> refresh.run());
        refresh.run();
        list.setOnAction(event -> {
            if (!syncing[0] && list.getValue() != null) {
                lesson.jump(list.getValue());
            }
        });
        return list;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void showCaption(String text) {
        caption.getChildren().setAll(CaptionSpans.of(text).stream().map(span -> {
            Text run = new Text(span.text());
            run.getStyleClass().add(CAPTION_TEXT);
            if (span.emphasised()) {
                run.getStyleClass().add(EMPHASIS);
            }
            return run;
        }).toList());
    }

    /** The caption as shown, without its emphasis marks. */
    public String captionShown() {
        StringBuilder shown = new StringBuilder();
        caption.getChildren().forEach(node -> shown.append(((Text) node).getText()));
        return shown.toString();
    }
}
