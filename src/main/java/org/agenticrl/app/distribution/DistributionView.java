package org.agenticrl.app.distribution;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.agenticrl.app.chart.DistributionChart;
import org.agenticrl.app.common.NumberInput;
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
import org.controlsfx.control.SegmentedButton;

/**
 * The next-token distribution at the selected position, the chosen token highlighted with its probability and
 * log-probability and how it was chosen, the temperature, greedy or sampled decoding, and the sort order; and what
 * one update of the loss panel's objective would do here: ghost bars after the update with a key saying what they
 * are, a strip with the step size η (and, when this view is {@linkplain #aloneProperty() alone} on screen, the loss
 * panel's λ1 and λ2, so that the weights and the bars they move are seen together), why a term whose gradient is zero
 * moves nothing, which term moves which token and what the notebook's L_SFT does. It only binds and forwards.
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
    private final BooleanProperty alone = new SimpleBooleanProperty(this, "alone", false);

    public DistributionView(EpisodeModel episode, SelectionModel selection, StepPreviewModel preview,
                            AppearanceModel appearance) {
        this.episode = episode;
        this.selection = selection;
        this.preview = preview;
        setId("distribution");
        getStyleClass().add(Styles.VIEW);
        Label title = GlossaryLinks.explain(Labels.title("Next-token distribution"), "policy");
        title.setMinWidth(USE_PREF_SIZE);
        context.getStyleClass().add(Styles.SUBTITLE);
        context.setWrapText(true);
        context.textProperty().bind(selection.whereProperty());
        FlowPane heading = new FlowPane(12, 0, title, context);
        heading.setAlignment(Pos.BASELINE_LEFT);
        chosen.setId("chosen-token");
        chosen.setWrapText(true);
        chosen.setTooltip(chosenExact);
        chosen.textProperty().bind(selection.chosenProperty());
        chosenExact.textProperty().bind(selection.chosenExactProperty());
        Label origin = note("chosen-origin", selection.originProperty());
        FlowPane chosenRow = new FlowPane(10, 0, chosen, origin);
        chosenRow.setAlignment(Pos.BASELINE_LEFT);
        chart.viewer().describedBy(preview::tokenChartTitle);
        changes.viewer().describedBy(preview::termChartTitle);
        VBox.setVgrow(chart.viewer(), Priority.ALWAYS);
        ValueField temperature = new ValueField("Temperature T", "Softmax temperature: π = softmax(logits / T). "
                + "Near 0 the policy becomes greedy; large T flattens it towards uniform.",
                episode.temperature(), true);
        temperature.setId("temperature");
        temperature.explain("temperature");
        getChildren().addAll(heading, weightStrip(), chart.viewer(), chartNotes(), chosenRow, temperature,
                decodingRow(episode), termsSection());
        alone.addListener((o, was, isAlone) -> preview.topOnlyProperty().set(isAlone));
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
        CheckBox topOnly = new CheckBox("Top " + StepPreviewModel.TOP_TOKENS);
        topOnly.setTooltip(new Tooltip("Only the tokens whose bars stand out (at most " + StepPreviewModel.TOP_TOKENS
                + ") and the chosen one, for large text; on by itself when this view is shown alone"));
        topOnly.setId("top-only");
        topOnly.selectedProperty().bindBidirectional(preview.topOnlyProperty());
        Label decodingLabel = new Label("Decoding");
        decodingLabel.setMinWidth(USE_PREF_SIZE);
        FlowPane row = new FlowPane(10, 6, decodingLabel, decoding, sort, topOnly);
        row.setAlignment(Pos.CENTER_LEFT);
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
    }

    /** The chart, for export and tests. */
    public DistributionChart chart() {
        return chart;
    }

    /**
     * Above the chart, whose ghost bars they move: whether to preview one update, its step size η and, while this view
     * is alone on screen, the loss panel's λ1 and λ2 (the same inputs: moving either slider moves both).
     */
    private FlowPane weightStrip() {
        CheckBox shown = new CheckBox("Preview one update");
        shown.setId("preview-shown");
        shown.setMinWidth(USE_PREF_SIZE);
        shown.setTooltip(new Tooltip("Ghost bars: the distribution after one gradient step of size \u03b7 on this "
                + "episode's L = L_RL + \u03bb1 L_SFT + \u03bb2 L_KL, as the loss panel sets it"));
        shown.selectedProperty().bindBidirectional(preview.shownProperty());
        ValueField lambda1 = stripField("\u03bb1", "The weight of L_SFT, the loss panel's \u03bb1: how strongly the "
                + "policy is pulled towards the expert demonstration", preview.lambda1(), "strip-lambda1");
        ValueField lambda2 = stripField("\u03bb2", "The weight of L_KL, the loss panel's \u03bb2: how strongly the "
                + "policy is held near the reference model", preview.lambda2(), "strip-lambda2");
        ValueField stepSize = stripField("\u03b7", "The step size (learning rate) of the previewed plain gradient step, "
                + "without clipping; 3 is training's default", preview.stepSize(), "step-size");
        stepSize.sliderUpTo(ObjectiveModel.STEP_SIZE_SLIDER_MAX);
        for (ValueField weight : new ValueField[] {lambda1, lambda2}) {
            weight.sliderUpTo(ObjectiveModel.LAMBDA_SLIDER_MAX);
            weight.disableProperty().bind(preview.shownProperty().not());
            Styles.showWhen(weight, alone);
        }
        stepSize.disableProperty().bind(preview.shownProperty().not());
        FlowPane strip = new FlowPane(16, 4, shown, lambda1, lambda2, stepSize);
        strip.setId("weight-strip");
        strip.setAlignment(Pos.CENTER_LEFT);
        return strip;
    }

    private static ValueField stripField(String name, String help, NumberInput input, String id) {
        ValueField field = new ValueField(name, help, input, false).columns(5);
        field.setId(id);
        field.slider().setPrefWidth(Region.USE_COMPUTED_SIZE);
        return field;
    }

    /** Under the chart: what its bars are, why a term moves nothing, and which tokens are left out. */
    private VBox chartNotes() {
        VBox notes = new VBox(2, note("chart-key", preview.keyProperty()), note("silent-terms", preview.silentTermsProperty()),
                note("left-out", preview.leftOutProperty()));
        notes.setId("chart-notes");
        return notes;
    }

    /** A wrapping note bound to a sentence of a model, shown while there is one. */
    private static Label note(String id, ObservableStringValue text) {
        Label note = new Label();
        note.setId(id);
        note.getStyleClass().add(Styles.VARIANT_NOTE);
        note.setWrapText(true);
        note.setMinHeight(USE_PREF_SIZE);
        note.textProperty().bind(text);
        Styles.showWhen(note, Bindings.isNotEmpty(text));
        return note;
    }

    /** Under the chart: the update's gradient, which term moves which token, and what the notebook's proxies do. */
    private VBox termsSection() {
        Label heading = new Label("Which term moves which token");
        heading.getStyleClass().add(Styles.STEP_TITLE);
        norms.setId("gradient-norms");
        norms.textProperty().bind(preview.normsTextProperty());
        norms.getStyleClass().addAll(Styles.VARIANT_NOTE, Styles.MONO);
        norms.setWrapText(true);
        norms.setMinHeight(USE_PREF_SIZE);
        VBox section = new VBox(4, heading, norms, changes.viewer(), note("proxy-note", preview.noteProperty()));
        section.setId("term-changes");
        Styles.showWhen(section, preview.shownProperty());
        return section;
    }

    /**
     * Whether this view is on screen alone, across the window (the projector's layout): the strip then carries λ1 and
     * λ2, and only the top tokens are drawn, so that the weights and the bars they move fit one screen. The window
     * binds it to its layout.
     */
    public BooleanProperty aloneProperty() {
        return alone;
    }
}
