package org.agenticrl.app.lesson;

import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.agenticrl.app.controls.Icons;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.engine.session.Lesson;

/**
 * The band across the bottom of the window while a lesson is presented. Its title line: back and next, the progress
 * mark ("4 / 11"), the chapter picker that names the chapter (and jumps to another), the button that folds the band
 * to this line (C) and the way out. Under it the caption, in type that grows with the text scale and shrinks, when a
 * long caption needs it, so that the band never takes more than a third of the window's height. Its buttons are
 * icons of a fixed place and size (their names in tooltips), so nothing in the band is ever cut. It binds to the
 * {@link LessonModel} only.
 */
public final class LessonBand extends VBox {
    static final String CAPTION_TEXT = "lesson-caption-text";
    static final String EMPHASIS = "lesson-emphasis";
    /** The most of the window's height the band takes, title line included. */
    static final double MAX_SHARE = 1.0 / 3;

    private final FittedCaption caption = new FittedCaption();

    public LessonBand(LessonModel lesson) {
        setId("lesson-band");
        getStyleClass().add("lesson-band");
        Button back = button(Icons.PREVIOUS, "lesson-back", "The previous chapter (Page Up or Backspace)",
                lesson::previous);
        back.disableProperty().bind(lesson.currentProperty().isEqualTo(0));
        Button next = button(Icons.NEXT, "lesson-next", "The next chapter (Page Down or Space)", lesson::next);
        next.disableProperty().bind(lesson.currentProperty().greaterThanOrEqualTo(
                Bindings.size(lesson.chapters()).subtract(1)));
        Label progress = new Label();
        progress.setId("lesson-progress");
        progress.getStyleClass().add("lesson-progress");
        progress.textProperty().bind(lesson.progressProperty());
        progress.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<Integer> picker = chapterPicker(lesson);
        HBox.setHgrow(picker, Priority.ALWAYS);
        Button fold = button(Icons.COLLAPSE, "lesson-fold", "Fold the caption away, or show it again (C)",
                lesson::toggleCaption);
        lesson.captionCollapsedProperty().addListener((o, was, folded) ->
                fold.setGraphic(Icons.scaled(folded ? Icons.EXPAND : Icons.COLLAPSE)));
        Button leave = button(Icons.CLOSE, "lesson-leave", "Leave the lesson: free exploration from this chapter's "
                + "view (Escape)", lesson::leave);
        HBox heading = new HBox(8, back, next, progress, picker, fold, leave);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("lesson-heading");
        heading.setMinHeight(Region.USE_PREF_SIZE);
        caption.setId("lesson-caption");
        caption.getStyleClass().add("lesson-caption");
        Styles.showWhen(caption, lesson.captionCollapsedProperty().not());
        lesson.captionProperty().addListener((o, before, after) -> caption.show(after));
        caption.show(lesson.captionProperty().get());
        sceneProperty().addListener((o, before, scene) -> {
            caption.budgetProperty().unbind();
            if (scene != null) {
                caption.budgetProperty().bind(scene.heightProperty().multiply(MAX_SHARE)
                        .subtract(heading.heightProperty()).subtract(Bindings.createDoubleBinding(
                                () -> snappedTopInset() + snappedBottomInset() + getSpacing(), insetsProperty())));
            }
        });
        getChildren().addAll(heading, caption);
        Styles.showWhen(this, lesson.presentingProperty());
    }

    /** The chapters by number and title; its button names the chapter on show from the first frame. */
    private static ComboBox<Integer> chapterPicker(LessonModel lesson) {
        ComboBox<Integer> picker = new ComboBox<>();
        picker.setId("lesson-chapters");
        picker.getStyleClass().add("lesson-chapter-title");
        picker.setTooltip(new Tooltip("The chapter on show; open the list to jump to another"));
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setMinWidth(0);
        picker.setCellFactory(list -> new ChapterCell(lesson.chapters()));
        picker.setButtonCell(new ChapterCell(lesson.chapters()));
        boolean[] syncing = {false};
        Runnable refresh = () -> {
            syncing[0] = true;
            try {
                picker.getItems().setAll(IntStream.range(0, lesson.chapters().size()).boxed().toList());
                picker.setValue(lesson.chapters().isEmpty() ? null : lesson.currentProperty().get());
                picker.getButtonCell().setText(ChapterCell.name(lesson.chapters(), picker.getValue()));
            } finally {
                syncing[0] = false;
            }
        };
        lesson.chapters().addListener((ListChangeListener<Lesson.Chapter>) change -> refresh.run());
        lesson.currentProperty().addListener((o, before, after) -> refresh.run());
        refresh.run();
        picker.setOnAction(event -> {
            if (!syncing[0] && picker.getValue() != null) {
                lesson.jump(picker.getValue());
            }
        });
        return picker;
    }

    /** "4. The action and its parsing". */
    private static final class ChapterCell extends ListCell<Integer> {
        private final List<Lesson.Chapter> chapters;

        ChapterCell(List<Lesson.Chapter> chapters) {
            this.chapters = chapters;
        }

        static String name(List<Lesson.Chapter> chapters, Integer index) {
            return index == null || index < 0 || index >= chapters.size() ? ""
                    : (index + 1) + ". " + chapters.get(index).title();
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            setText(empty ? "" : name(chapters, index));
        }
    }

    private static Button button(String icon, String id, String tip, Runnable action) {
        Button button = new Button();
        button.setGraphic(Icons.scaled(icon));
        button.setId(id);
        button.setAccessibleText(tip);
        button.setTooltip(new Tooltip(tip));
        button.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** The caption as shown, without its emphasis marks. */
    public String captionShown() {
        StringBuilder shown = new StringBuilder();
        caption.texts().forEach(text -> shown.append(text.getText()));
        return shown.toString();
    }

    /** The caption's type size now, in pixels (smaller than the style's when a long caption had to shrink). */
    public double captionFontSize() {
        return caption.fontSize();
    }

    /** The caption's runs of text. */
    List<Text> captionTexts() {
        return caption.texts();
    }
}
