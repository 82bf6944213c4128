package org.agenticrl.app.runs;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.runs.AdvantageSource;

/**
 * A step's samples: a filter, the advantage's source with its label, a table grouped by prompt (sortable by any
 * column; a double click or Enter opens the sample) and the histogram of the step's rewards.
 */
final class StepView extends SplitPane {
    private static final int PREVIEW = 120;

    private final TableView<SampleRow> table = new TableView<>();
    private final ValueHistogram histogram = new ValueHistogram("rewards of the step", "reward", "run-histogram");

    StepView(StepModel step, Consumer<SampleRow> openSample) {
        setId("run-step");
        Label title = Labels.title("");
        title.textProperty().bind(step.stepProperty().map(n -> "Step " + n).orElse("No step open: click a step "
                + "on the overview"));
        TextField filter = new TextField();
        filter.setId("run-filter");
        filter.setPromptText("filter: words, reward>0.5, advantage<0, length>200");
        filter.textProperty().bindBidirectional(step.filterProperty());
        filter.setTooltip(new Tooltip("Words must occur in the prompt or response; reward, advantage and length can "
                + "be compared with <, <=, >, >=, ="));
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.FIELD_ERROR);
        problem.textProperty().bind(step.filterProblemProperty());
        Styles.showWhen(problem, step.filterProblemProperty().isNotEmpty());
        step.filterProblemProperty().addListener((o, before, after) -> filter.pseudoClassStateChanged(Styles.INVALID,
                !after.isEmpty()));
        ComboBox<AdvantageSource> advantage = new ComboBox<>();
        advantage.setId("run-advantage");
        advantage.getItems().setAll(AdvantageSource.values());
        advantage.setConverter(new StringConverter<>() {
            @Override
            public String toString(AdvantageSource source) {
                return source == null ? "" : switch (source) {
                    case LOGGED -> "logged";
                    case GRPO -> "GRPO";
                    case DR_GRPO -> "Dr. GRPO";
                    case RLOO -> "RLOO";
                };
            }

            @Override
            public AdvantageSource fromString(String text) {
                return null;
            }
        });
        advantage.valueProperty().bindBidirectional(step.advantageProperty());
        Label advantageLabel = new Label();
        advantageLabel.setId("run-advantage-label");
        advantageLabel.getStyleClass().add(Styles.MUTED);
        advantageLabel.textProperty().bind(step.advantageLabelProperty().map(label -> "advantage: " + label));
        HBox controls = new HBox(8, filter, new Label("Advantage"), advantage);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label count = Labels.subtitle("");
        count.textProperty().bind(step.shownRowsProperty().map(rows -> rows.size() + " of "
                + step.rowsProperty().get().size() + " samples" + (step.stepSizeProperty().get() > step.rowsProperty()
                .get().size() ? " (the step's first " + Format.whole(step.rowsProperty().get().size()) + " of "
                + Format.whole(step.stepSizeProperty().get()) + ")" : "") + ", grouped by prompt (grp, n): each group's reward mean and std, "
                + "each sample's advantage (adv.) and response length (len). Double-click a sample to open it."));
        buildTable(openSample);
        ObservableList<SampleRow> shown = FXCollections.observableArrayList(step.shownRowsProperty().get());
        step.shownRowsProperty().addListener((o, before, after) -> shown.setAll(after));
        SortedList<SampleRow> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(6, title, controls, problem, advantageLabel, count, table);
        left.getStyleClass().add(Styles.VIEW);
        step.rowsProperty().addListener((o, before, after) -> histogram.show("rewards",
                after.stream().mapToDouble(SampleRow::reward).toArray()));
        getItems().addAll(left, histogram.viewer());
        setDividerPositions(0.68);
    }

    private void buildTable(Consumer<SampleRow> openSample) {
        table.setId("run-samples");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("#", row -> row.index(), 42),
                column("grp", row -> row.group(), 54),
                column("n", row -> row.groupSize(), 38),
                column("mean", row -> row.groupMean(), 68),
                column("std", row -> row.groupStd(), 60),
                column("reward", SampleRow::reward, 78),
                column("adv.", SampleRow::advantage, 70),
                column("len", row -> row.length(), 52),
                TextColumns.of("prompt", row -> preview(row.sample().prompt()), 200),
                TextColumns.of("response", row -> preview(row.sample().response()), 300)));
        table.setRowFactory(view -> {
            TableRow<SampleRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    openSample.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openSample.accept(table.getSelectionModel().getSelectedItem());
            }
        });
    }

    private static String preview(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= PREVIEW ? line : line.substring(0, PREVIEW) + "\u2026";
    }

    private static TableColumn<SampleRow, Number> column(String name, Function<SampleRow, Number> value, double width) {
        TableColumn<SampleRow, Number> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item instanceof Double d ? Format.fixed(d, 3)
                        : Format.whole(item.doubleValue()));
            }
        });
        column.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        column.setPrefWidth(width);
        // The table fits its columns to its width: without a floor the number columns shrank until their heads read "…".
        column.setUserData(width);
        column.setMinWidth(width);
        return column;
    }

    void restyle(Palette palette, double scale) {
        histogram.restyle(palette, scale);
        table.getColumns().stream().filter(column -> column.getUserData() instanceof Double)
                .forEach(column -> column.setMinWidth((Double) column.getUserData() * scale));
    }

    TableView<SampleRow> table() {
        return table;
    }

    /** The histogram of the step's rewards. */
    ChartView histogram() {
        return histogram.viewer();
    }
}
