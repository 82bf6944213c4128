package org.agenticrl.app.runs;

import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.engine.runs.Skipped;

/** What the run skipped: the count of each reason, then every case kept with its file, line, reason and detail. */
final class SkippedView extends VBox {
    SkippedView(ObservableValue<RunOverview> overview) {
        super(6);
        setId("run-skipped");
        getStyleClass().add(Styles.VIEW);
        Label counts = Labels.subtitle("");
        counts.setId("run-skipped-counts");
        TableView<Skipped> table = new TableView<>();
        table.setId("run-skipped-table");
        table.setAccessibleText("Lines skipped and why");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumns.of("file", Skipped::file, 380));
        table.getColumns().add(TextColumns.of("line", skipped -> skipped.line() == 0 ? "whole file"
                : Long.toString(skipped.line()), 80));
        table.getColumns().add(TextColumns.of("reason", Skipped::reason, 140));
        table.getColumns().add(TextColumns.of("detail", Skipped::detail, 400));
        table.setPlaceholder(new Label("Nothing was skipped."));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(Labels.title("Skipped"), counts, table);
        Runnable show = () -> {
            SkippedLines skipped = overview.getValue() == null ? SkippedLines.NONE : overview.getValue().skipped();
            counts.setText(skipped.total() == 0 ? "Every line and file of the run was read."
                    : skipped.total() + " skipped: " + String.join(", ", skipped.counts().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).toList())
                    + (skipped.cases().size() < skipped.total() ? "; the first " + skipped.cases().size()
                    + " are listed" : ""));
            table.setItems(FXCollections.observableArrayList(skipped.cases()));
        };
        overview.addListener((o, before, after) -> show.run());
        show.run();
    }

}
