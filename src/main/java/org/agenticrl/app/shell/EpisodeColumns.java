package org.agenticrl.app.shell;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.controls.FocusMarks;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Stylesheets;
import org.agenticrl.engine.session.Focus;
import org.controlsfx.control.SegmentedButton;

/**
 * The Episode tab: the timeline, the token distribution and the objective side by side, or one of them across the
 * whole width with a switcher above it, as the {@link ColumnsLayoutModel} decides. Each column keeps the minimum width
 * at which its view is whole, at the current text size. Asking for all three where they do not fit says why.
 */
final class EpisodeColumns extends VBox {
    private final ColumnsLayoutModel layout = new ColumnsLayoutModel();
    private final Map<ViewFocus, Region> columns = new EnumMap<>(ViewFocus.class);
    private final SplitPane split = new SplitPane();
    private final Consumer<StatusMessage> report;

    /**
     * @param presenting while it holds, a lesson shows its chapters' views and the switcher is hidden
     * @param report where the reason goes when all three views are asked for and do not fit
     */
    EpisodeColumns(Region timeline, Region tokens, Region objective, AppearanceModel appearance,
                   ObservableBooleanValue presenting, Consumer<StatusMessage> report) {
        this.report = report;
        setId("episode-columns");
        columns.put(ViewFocus.TIMELINE, timeline);
        columns.put(ViewFocus.TOKENS, tokens);
        columns.put(ViewFocus.OBJECTIVE, objective);
        layout.emProperty().bind(appearance.textScaleProperty().multiply(Stylesheets.BASE_FONT));
        layout.widthProperty().bind(widthProperty());
        columns.forEach((focus, column) -> column.minWidthProperty().bind(layout.emProperty().multiply(focus.minimumEms())));
        HBox switcher = new HBox(switcher());
        switcher.setId("view-switcher");
        switcher.getStyleClass().add(Styles.VIEW_SWITCHER);
        Styles.showWhen(switcher, layout.shownProperty().isNotEqualTo(ViewFocus.ALL)
                .and(Bindings.createBooleanBinding(() -> !presenting.get(), presenting)));
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(switcher, split);
        layout.shownProperty().addListener((o, before, after) -> show(after));
        show(layout.shownProperty().get());
    }

    private SegmentedButton switcher() {
        SegmentedButton switcher = new SegmentedButton();
        Map<ViewFocus, ToggleButton> buttons = new EnumMap<>(ViewFocus.class);
        Runnable showShown = () -> buttons.forEach((focus, button) -> button.setSelected(layout.shownProperty().get() == focus));
        for (ViewFocus focus : ViewFocus.values()) {
            ToggleButton button = new ToggleButton(focus.label());
            button.setMinWidth(USE_PREF_SIZE);
            button.setId("show-" + focus.name().toLowerCase(Locale.ROOT));
            button.setOnAction(event -> {
                ask(focus);
                showShown.run();
            });
            buttons.put(focus, button);
            switcher.getButtons().add(button);
        }
        layout.shownProperty().addListener((o, before, after) -> showShown.run());
        showShown.run();
        Tooltip.install(switcher.getButtons().get(0), new Tooltip("All three views side by side (Ctrl+1); needs a wider "
                + "window or smaller text"));
        return switcher;
    }

    /** Shows what the user asked for; where all three were asked for and do not fit, reports why instead. */
    void ask(ViewFocus focus) {
        layout.request(focus);
        if (focus == ViewFocus.ALL && !layout.allFit().get()) {
            report.accept(StatusMessage.error(layout.whyNotAll().get()));
        }
    }

    private void show(ViewFocus focus) {
        if (focus == ViewFocus.ALL) {
            split.getItems().setAll(columns.get(ViewFocus.TIMELINE), columns.get(ViewFocus.TOKENS),
                    columns.get(ViewFocus.OBJECTIVE));
            double all = ViewFocus.allEms();
            split.setDividerPositions(ViewFocus.TIMELINE.minimumEms() / all,
                    (ViewFocus.TIMELINE.minimumEms() + ViewFocus.TOKENS.minimumEms()) / all);
        } else {
            split.getItems().setAll(columns.get(focus));
        }
    }

    ColumnsLayoutModel layoutModel() {
        return layout;
    }

    /** Makes the view that holds the evidence the one shown when the three views do not fit side by side. */
    void fallBackToViewOf(Focus focus) {
        columns.entrySet().stream().filter(column -> FocusMarks.holds(column.getValue(), focus)).findFirst()
                .ifPresent(column -> layout.fallBackTo(column.getKey()));
    }
}
