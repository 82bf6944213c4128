package org.agenticrl.app.distribution;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agenticrl.app.chart.DistributionChart;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.controls.ValueField;
import org.agenticrl.app.episode.EpisodeModel;
import org.agenticrl.app.episode.SelectedPosition;
import org.agenticrl.app.episode.SelectionModel;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.History;
import org.agenticrl.engine.text.Vocabulary;
import org.controlsfx.control.SegmentedButton;

/**
 * View 1: the next-token distribution at the selected position, the chosen token highlighted with its probability
 * and log-probability, the temperature, greedy or sampled decoding, and the sort order. It only binds and forwards.
 */
public final class DistributionView extends VBox {
    /** Height per token bar below which labels would overlap; a larger vocabulary makes the column scroll. */
    private static final double ROW_HEIGHT = 15;

    private final EpisodeModel episode;
    private final SelectionModel selection;
    private final DistributionChart chart = new DistributionChart();
    private final Label context = new Label();
    private final Label chosen = new Label();
    private final Tooltip chosenExact = new Tooltip();

    public DistributionView(EpisodeModel episode, SelectionModel selection, AppearanceModel appearance) {
        this.episode = episode;
        this.selection = selection;
        setId("distribution");
        getStyleClass().add(Styles.VIEW);
        Label title = Labels.title("Next-token distribution");
        context.getStyleClass().add(Styles.SUBTITLE);
        context.setWrapText(true);
        chosen.setId("chosen-token");
        chosen.setWrapText(true);
        chosen.setTooltip(chosenExact);
        VBox.setVgrow(chart.viewer(), Priority.ALWAYS);
        chart.viewer().minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(200.0, 60 + ROW_HEIGHT * appearance.textScaleProperty().get()
                        * episode.scenario().vocabulary().size()),
                episode.scenarioProperty(), appearance.textScaleProperty()));
        ValueField temperature = new ValueField("Temperature T", "Softmax temperature: π = softmax(logits / T). "
                + "Near 0 the policy becomes greedy; large T flattens it towards uniform.",
                episode.temperature(), true);
        temperature.setId("temperature");
        getChildren().addAll(title, context, chart.viewer(), chosen, temperature, decodingRow(episode));
        selection.barsProperty().addListener((o, before, after) -> redraw());
        appearance.themeProperty().addListener((o, before, after) -> restyle(appearance));
        appearance.textScaleProperty().addListener((o, before, after) -> restyle(appearance));
        restyle(appearance);
        redraw();
    }

    private FlowPane decodingRow(EpisodeModel episode) {
        ToggleButton sample = new ToggleButton("Sample");
        ToggleButton greedy = new ToggleButton("Greedy");
        sample.setSelected(!episode.greedyProperty().get());
        greedy.setSelected(episode.greedyProperty().get());
        SegmentedButton decoding = new SegmentedButton(sample, greedy);
        decoding.setId("decoding");
        greedy.selectedProperty().addListener((o, was, selected) -> episode.greedyProperty().set(selected));
        episode.greedyProperty().addListener((o, was, isGreedy) -> {
            greedy.setSelected(isGreedy);
            sample.setSelected(!isGreedy);
        });
        decoding.disableProperty().bind(episode.modeProperty().isEqualTo(EpisodeMode.NOTEBOOK));
        Tooltip.install(decoding, new Tooltip("How live episodes pick each token: a draw from π (seeded), or always the "
                + "most probable token. The notebook's scripted agent does not sample."));
        CheckBox sort = new CheckBox("Sort");
        sort.setTooltip(new Tooltip("Order the bars by probability instead of by vocabulary"));
        sort.setId("sort");
        sort.selectedProperty().bindBidirectional(selection.sortByProbabilityProperty());
        Label decodingLabel = new Label("Decoding");
        decodingLabel.setMinWidth(USE_PREF_SIZE);
        FlowPane row = new FlowPane(10, 6, decodingLabel, decoding, sort);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private void restyle(AppearanceModel appearance) {
        chart.restyle(Palette.of(appearance.themeProperty().get()), appearance.textScaleProperty().get());
    }

    private void redraw() {
        SelectedPosition position = selection.positionProperty().get();
        chart.show(selection.barsProperty().get(), position.trained());
        Vocabulary vocabulary = episode.scenario().vocabulary();
        String previous = vocabulary.token(position.position().context().previous());
        String token = vocabulary.token(position.position().token());
        context.setText(String.format("Step %d, token %d: after '%s' \u00b7 history: %s", position.step() + 1,
                position.token() + 1, previous, History.describe(position.position().context().history())));
        double p = position.position().distribution().probability(position.position().token());
        chosen.setText(String.format("Chose '%s':  \u03c0 = %s   log \u03c0 = %s", token, Format.percent(p),
                Format.fixed(position.position().logProb(), 2)));
        chosenExact.setText(String.format("\u03c0 = %s%nlog \u03c0 as scored = %s", Format.full(p),
                Format.full(position.position().logProb())));
    }

    /** The chart, for export and tests. */
    public DistributionChart chart() {
        return chart;
    }
}
