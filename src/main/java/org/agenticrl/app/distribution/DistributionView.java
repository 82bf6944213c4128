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
import org.agenticrl.app.controls.GlossaryLinks;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.controls.ValueField;
import org.agenticrl.app.episode.EpisodeModel;
import org.agenticrl.app.episode.SelectedPosition;
import org.agenticrl.app.episode.SelectionModel;
import org.agenticrl.app.objective.ObjectiveModel;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.History;
import org.agenticrl.engine.text.Vocabulary;
import org.agenticrl.engine.training.UpdatePreview;
import org.controlsfx.control.SegmentedButton;

/**
 * The next-token distribution at the selected position, the chosen token highlighted with its probability and
 * log-probability, the temperature, greedy or sampled decoding, and the sort order; and what one update of the loss
 * panel's objective would do here: ghost bars after the update, which term moves which token, the step size η and
 * what the notebook's proxies contribute. It only binds and forwards.
 */
public final class DistributionView extends VBox {
    private final EpisodeModel episode;
    private final SelectionModel selection;
    private final StepPreviewModel preview;
    private final DistributionChart chart = new DistributionChart();
    private final TermChangeChart changes = new TermChangeChart();
    private final Label norms = new Label();
    private final Label context = new Label();
    private final Label chosen = new Label();
    private final Tooltip chosenExact = new Tooltip();

    public DistributionView(EpisodeModel episode, SelectionModel selection, StepPreviewModel preview,
                            AppearanceModel appearance) {
        this.episode = episode;
        this.selection = selection;
        this.preview = preview;
        setId("distribution");
        getStyleClass().add(Styles.VIEW);
        Label title = GlossaryLinks.explain(Labels.title("Next-token distribution"), "policy");
        context.getStyleClass().add(Styles.SUBTITLE);
        context.setWrapText(true);
        chosen.setId("chosen-token");
        chosen.setWrapText(true);
        chosen.setTooltip(chosenExact);
        VBox.setVgrow(chart.viewer(), Priority.ALWAYS);
        ValueField temperature = new ValueField("Temperature T", "Softmax temperature: π = softmax(logits / T). "
                + "Near 0 the policy becomes greedy; large T flattens it towards uniform.",
                episode.temperature(), true);
        temperature.setId("temperature");
        temperature.explain("temperature");
        getChildren().addAll(title, context, previewRow(), chart.viewer(), chosen, temperature, decodingRow(episode),
                termsSection());
        preview.barsProperty().addListener((o, before, after) -> redraw());
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
        Palette palette = Palette.of(appearance.themeProperty().get());
        chart.restyle(palette, appearance.textScaleProperty().get());
        changes.restyle(palette, appearance.textScaleProperty().get());
    }

    private void redraw() {
        SelectedPosition position = selection.positionProperty().get();
        PreviewedBars bars = preview.barsProperty().get();
        chart.show(bars.bars(), position.trained(), bars.after());
        changes.show(preview.changesProperty().get());
        UpdatePreview.GradientNorms gradient = preview.normsProperty().get();
        norms.setText(String.format("\u2016\u2207\u2016 = %s:  L_RL %s \u00b7 \u03bb1\u00b7L_SFT %s \u00b7 \u03bb2\u00b7L_KL %s",
                Format.fixed(gradient.total(), 3), Format.fixed(gradient.rl(), 3), Format.fixed(gradient.sft(), 3),
                Format.fixed(gradient.kl(), 3)));
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

    /** Whether to preview one update, and its step size η: above the chart, whose ghost bars they control. */
    private FlowPane previewRow() {
        CheckBox shown = new CheckBox("Preview one update");
        shown.setId("preview-shown");
        shown.setMinWidth(USE_PREF_SIZE);
        shown.setTooltip(new Tooltip("Ghost bars: the distribution after one gradient step of size \u03b7 on this "
                + "episode's L = L_RL + \u03bb1 L_SFT + \u03bb2 L_KL, as the loss panel sets it"));
        shown.selectedProperty().bindBidirectional(preview.shownProperty());
        ValueField stepSize = new ValueField("\u03b7", "The step size (learning rate) of the previewed plain gradient "
                + "step, without clipping; 3 is training's default", preview.stepSize(), false)
                .sliderUpTo(ObjectiveModel.STEP_SIZE_SLIDER_MAX);
        stepSize.setId("step-size");
        stepSize.disableProperty().bind(preview.shownProperty().not());
        FlowPane row = new FlowPane(10, 4, shown, stepSize);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    /** Under the chart: the update's gradient, which term moves which token, and what the notebook's proxies do. */
    private VBox termsSection() {
        Label heading = new Label("Which term moves which token");
        heading.getStyleClass().add(Styles.STEP_TITLE);
        norms.setId("gradient-norms");
        norms.getStyleClass().addAll(Styles.VARIANT_NOTE, Styles.MONO);
        norms.setWrapText(true);
        norms.setMinHeight(USE_PREF_SIZE);
        Label note = new Label();
        note.setId("proxy-note");
        note.getStyleClass().add(Styles.VARIANT_NOTE);
        note.setWrapText(true);
        note.setMinHeight(USE_PREF_SIZE);
        note.textProperty().bind(preview.noteProperty());
        Styles.showWhen(note, preview.noteProperty().isNotEmpty());
        VBox section = new VBox(4, heading, norms, changes.viewer(), note);
        section.setId("term-changes");
        Styles.showWhen(section, preview.shownProperty());
        return section;
    }

    /** The per-term chart, for tests and export. */
    TermChangeChart termChanges() {
        return changes;
    }
}
