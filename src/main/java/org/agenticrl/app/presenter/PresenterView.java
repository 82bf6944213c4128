package org.agenticrl.app.presenter;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;

/**
 * What the lecturer's screen shows during a lecture: the chapter's number and title, the timer with pause and reset,
 * the caption the room reads and the speaker notes, the next chapter, and back, next, present, swap screens and
 * close. It binds to the {@link PresenterModel} only.
 */
public final class PresenterView extends BorderPane {
    public PresenterView(PresenterModel presenter) {
        setId("presenter-view");
        getStyleClass().add(Styles.PRESENTER);
        setTop(heading(presenter));
        VBox now = new VBox(Labels.subtitle("The room reads"),
                text("presenter-caption", Styles.PRESENTER_CAPTION, presenter.captionProperty()),
                Labels.subtitle("Your notes"), text("presenter-notes", Styles.PRESENTER_NOTES, presenter.notesProperty()));
        now.getStyleClass().add(Styles.VIEW);
        VBox next = new VBox(Labels.subtitle("Next"),
                text("presenter-next-title", Styles.VIEW_TITLE, presenter.nextTitleProperty()),
                text("presenter-next-caption", Styles.MUTED, presenter.nextCaptionProperty()));
        next.getStyleClass().add(Styles.VIEW);
        GridPane columns = new GridPane();
        columns.getColumnConstraints().addAll(percent(62), percent(38));
        columns.add(now, 0, 0);
        columns.add(next, 1, 0);
        GridPane.setValignment(now, VPos.TOP);
        GridPane.setValignment(next, VPos.TOP);
        ScrollPane scrolling = new ScrollPane(columns);
        scrolling.setFitToWidth(true);
        setCenter(scrolling);
        setBottom(commands(presenter));
    }

    private static HBox heading(PresenterModel presenter) {
        Label progress = text("presenter-progress", Styles.MUTED, presenter.progressProperty());
        progress.setMinWidth(Region.USE_PREF_SIZE);
        Label title = text("presenter-title", Styles.VIEW_TITLE, presenter.titleProperty());
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        PresenterTimer timer = presenter.timer();
        Label clock = text("presenter-timer", Styles.PRESENTER_TIMER, timer.textProperty());
        clock.setMinWidth(Region.USE_PREF_SIZE);
        clock.setTooltip(new Tooltip("Time since the lesson was first presented (or since Reset)"));
        Button pause = button("", "presenter-pause", "Pause or resume the timer", timer::toggle);
        pause.textProperty().bind(Bindings.when(timer.runningProperty()).then("Pause").otherwise("Resume"));
        Button reset = button("Reset", "presenter-reset", "Back to 0:00", timer::reset);
        HBox heading = new HBox(12, progress, title, clock, pause, reset);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add(Styles.VIEW);
        return heading;
    }

    private static FlowPane commands(PresenterModel presenter) {
        Button back = button("\u2190 Back", "presenter-back", "The previous chapter (Page Up)", presenter::previous);
        back.disableProperty().bind(presenter.hasPreviousProperty().not());
        Button next = button("Next \u2192", "presenter-next", "The next chapter (Page Down or Space)", presenter::next);
        next.disableProperty().bind(presenter.hasNextProperty().not());
        Button present = button("Present again", "presenter-present", "The room left the lesson (Escape in its "
                + "window): show it the lesson again", presenter::present);
        Styles.showWhen(present, presenter.presentingProperty().not());
        Button swap = button("Swap screens", "presenter-swap", "Show the room's window on this screen and this view "
                + "on the other", presenter::swapScreens);
        Button close = button("Close presenter view", "presenter-close", "The window comes back to this screen",
                presenter::close);
        FlowPane commands = new FlowPane(8, 8, back, next, present, swap, close);
        commands.getStyleClass().add(Styles.VIEW);
        return commands;
    }

    private static ColumnConstraints percent(double width) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(width);
        return column;
    }

    private static Label text(String id, String style, ObservableValue<String> shown) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(shown);
        return label;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }
}
