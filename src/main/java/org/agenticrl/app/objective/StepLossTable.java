package org.agenticrl.app.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.FocusMarks;
import org.agenticrl.app.controls.GlossaryLinks;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.StepLoss;
import org.agenticrl.engine.session.Focus;

/**
 * The per-step rows of L_RL: reward, return, baseline, advantage, log pi and the term -log pi * A, and their sum: the
 * evidence of the term L_RL, each row that of its step.
 */
final class StepLossTable extends GridPane {
    private record Column(String header, String help, String term, ToDoubleFunction<StepLoss> value, int decimals) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("r", "the step's reward under the chosen reward mode", "process-reward", StepLoss::reward, 2),
            new Column("G", "return: r + \u03b3 \u00b7 G of the next step", "return", StepLoss::discountedReturn, 3),
            new Column("b", "baseline: the mean return of the episode (the notebook's)", "baseline", StepLoss::baseline, 3),
            new Column("A", "advantage A = G \u2212 b: better or worse than this episode's average", "advantage", StepLoss::advantage, 3),
            new Column("log \u03c0", "log-probability of the step's whole action", "log-pi", StepLoss::logProb, 2),
            new Column("\u2212log \u03c0\u00b7A", "this step's term of L_RL", "l-rl", StepLoss::term, 3));

    private final List<List<Label>> cells = new ArrayList<>();
    private final Label sum = new Label();

    StepLossTable() {
        sum.getStyleClass().addAll(Styles.NUMBER, Styles.TERM_RL);
        sum.setId("rl-sum");
        FocusMarks.mark(this, Focus.Kind.TERM, "rl");
        setId("loss-table");
        getStyleClass().add(Styles.LOSS_TABLE);
        FocusMarks.markArea(this, Focus.Kind.ROW, () -> IntStream.rangeClosed(1, cells.size()).mapToObj(String::valueOf)
                .toList(), name -> FocusMarks.gridRows(this, Integer.parseInt(name), 1));
        setHgap(12);
        setVgap(3);
        ColumnConstraints first = new ColumnConstraints();
        first.setHgrow(Priority.NEVER);
        getColumnConstraints().add(first);
        for (int c = 0; c < COLUMNS.size(); c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHgrow(Priority.SOMETIMES);
            constraints.setHalignment(javafx.geometry.HPos.RIGHT);
            getColumnConstraints().add(constraints);
        }
    }

    /** Shows the rows; cells are created only when the number of steps changes, otherwise their text is updated. */
    void show(LossBreakdown losses) {
        List<StepLoss> steps = losses.steps();
        if (cells.size() != steps.size()) {
            build(steps.size());
        }
        for (int row = 0; row < steps.size(); row++) {
            StepLoss step = steps.get(row);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Column column = COLUMNS.get(c);
                double value = column.value().applyAsDouble(step);
                Label cell = cells.get(row).get(c);
                cell.setText(Format.fixed(value, column.decimals()));
                cell.getTooltip().setText(Format.full(value));
            }
        }
        sum.setText("L_RL = \u03a3 = " + Format.fixed(losses.rl(), 3));
    }

    private void build(int rows) {
        getChildren().clear();
        cells.clear();
        add(header("step", "the episode's step"), 0, 0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            add(GlossaryLinks.explain(header(COLUMNS.get(c).header(), COLUMNS.get(c).help()), COLUMNS.get(c).term()), c + 1, 0);
        }
        for (int row = 0; row < rows; row++) {
            add(new Label(String.valueOf(row + 1)), 0, row + 1);
            List<Label> rowCells = new ArrayList<>();
            for (int c = 0; c < COLUMNS.size(); c++) {
                Label cell = new Label();
                cell.getStyleClass().add(Styles.NUMBER);
                cell.setTooltip(new Tooltip());
                rowCells.add(cell);
                add(cell, c + 1, row + 1);
            }
            cells.add(rowCells);
        }
        add(sum, 0, rows + 1, COLUMNS.size() + 1, 1);
        GridPane.setHalignment(sum, javafx.geometry.HPos.RIGHT);
    }

    private static Label header(String text, String help) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.HEADER);
        label.setTooltip(new Tooltip(help));
        return label;
    }
}
