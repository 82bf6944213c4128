package org.agenticrl.app.objective;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.FocusMarks;
import org.agenticrl.app.controls.GlossaryLinks;
import org.agenticrl.app.controls.Choices;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.controls.ValueField;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.Identified;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.session.Focus;

/**
 * View 3: the combined objective. Sliders with number fields for lambda1, lambda2 and gamma; the reward mode and the
 * notebook/exact switches for L_SFT and L_KL, each with the other variant's value beside it; the per-step table;
 * the formula with the numbers filled in; and the waterfall of the terms. Every number is the engine's
 * {@link LossBreakdown}; nothing is computed here.
 */
public final class ObjectivePanel extends VBox {
    /** The variants grid's rows: each variant takes two, its choice with its values, then its note. */
    private static final int SFT_ROW = 2;
    private static final int KL_ROW = 4;

    private final ObjectiveModel model;
    private final Label total = new Label();
    private final FormulaView formula = new FormulaView();
    private final StepLossTable table = new StepLossTable();
    private final TermWaterfall chart = new TermWaterfall();
    private final Label sftNote = new Label();
    private final Label klNote = new Label();
    private final Label rewardNote = new Label();
    private final Label rewardValues = new Label();
    private final VariantValues<SftVariant> sftValues = new VariantValues<>(SftVariant.class);
    private final VariantValues<KlVariant> klValues = new VariantValues<>(KlVariant.class);
    private final ValueField lambda1;
    private final ValueField lambda2;

    public ObjectivePanel(ObjectiveModel model, AppearanceModel appearance) {
        this.model = model;
        setId("losses");
        getStyleClass().add(Styles.VIEW);
        Label title = GlossaryLinks.explain(Labels.title("Training objective"), "training-objective");
        total.setId("total");
        total.getStyleClass().add(Styles.TOTAL_VALUE);
        total.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(12, title, total);
        heading.setAlignment(Pos.BASELINE_LEFT);
        ScrollPane formulaScroll = new ScrollPane(formula);
        formulaScroll.setFitToHeight(true);
        formulaScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formulaScroll.getStyleClass().add(Styles.EDGE_TO_EDGE);
        formulaScroll.setMinHeight(Region.USE_PREF_SIZE);
        lambda1 = new ValueField("\u03bb1  SFT weight", "How strongly the policy is pulled towards the expert "
                + "demonstration", model.lambda1(), false).sliderUpTo(ObjectiveModel.LAMBDA_SLIDER_MAX);
        lambda1.setId("lambda1");
        lambda1.explain("lambda1");
        lambda2 = new ValueField("\u03bb2  KL weight", "How strongly the policy is held near the reference model",
                model.lambda2(), false).sliderUpTo(ObjectiveModel.LAMBDA_SLIDER_MAX);
        lambda2.setId("lambda2");
        lambda2.explain("lambda2");
        ValueField gamma = new ValueField("\u03b3  discount", "How much later rewards count in earlier steps' returns",
                model.gamma(), false);
        gamma.setId("gamma");
        gamma.explain("gamma");
        VBox knobs = new VBox(2, lambda1, lambda2, gamma);
        GridPane variants = new GridPane();
        variants.setHgap(8);
        variants.setVgap(2);
        addVariant(variants, 0, "Rewards", "outcome-reward", RewardMode.class, model.rewardModeProperty(), rewardValues, rewardNote,
                "reward-mode");
        addVariant(variants, SFT_ROW, "L_SFT", "l-sft", SftVariant.class, model.sftProperty(), sftValues, sftNote,
                "sft-variant");
        addVariant(variants, KL_ROW, "L_KL", "l-kl", KlVariant.class, model.klProperty(), klValues, klNote, "kl-variant");
        FocusMarks.markArea(variants, Focus.Kind.TERM, () -> List.of("sft", "kl"), term -> FocusMarks.gridRows(variants,
                "sft".equals(term) ? SFT_ROW : KL_ROW, 2));
        FocusMarks.mark(formulaScroll, Focus.Kind.TERM, "total");
        VBox.setVgrow(chart.viewer(), Priority.ALWAYS);
        chart.viewer().setMinHeight(120);
        chart.viewer().setPrefHeight(240);
        chart.viewer().describedBy(model::chartTitle);
        for (javafx.scene.Node fixed : new javafx.scene.Node[] {heading, knobs, variants, table}) {
            ((Region) fixed).setMinHeight(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(heading, formulaScroll, knobs, variants, table, chart.viewer());
        model.breakdownProperty().addListener((o, before, after) -> show(after));
        appearance.themeProperty().addListener((o, before, after) -> restyle(appearance));
        appearance.textScaleProperty().addListener((o, before, after) -> restyle(appearance));
        restyle(appearance);
        show(model.breakdownProperty().get());
    }

    private static <E extends Enum<E> & Identified> void addVariant(GridPane grid, int row, String name, String term,
                                                                     Class<E> type,
                                                                     ObjectProperty<E> property, Region values,
                                                                     Label note, String id) {
        Label label = GlossaryLinks.explain(new Label(name), term);
        label.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<E> choice = Choices.of(type, property, id);
        note.getStyleClass().add(Styles.VARIANT_NOTE);
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        note.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setHgrow(note, Priority.ALWAYS);
        values.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setHgrow(values, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(choice, 1, row);
        grid.add(values, 2, row);
        grid.add(note, 0, row + 1, 3, 1);
    }

    private void restyle(AppearanceModel appearance) {
        Palette palette = Palette.of(appearance.themeProperty().get());
        double scale = appearance.textScaleProperty().get();
        chart.restyle(palette, scale);
        formula.restyle(palette, scale);
    }

    private void show(LossBreakdown losses) {
        total.setText("L = " + Format.fixed(losses.total(), 3));
        formula.show(losses);
        table.show(losses);
        chart.show(losses);
        rewardNote.setText(sentence(losses.settings().rewardMode().description()));
        rewardValues.setText("total reward " + Format.signed(model.totalReward(), 1));
        sftNote.setText(sentence(losses.settings().sft().description()));
        sftValues.show(losses.sftByVariant(), losses.settings().sft());
        klNote.setText(sentence(losses.settings().kl().description()));
        klValues.show(losses.klByVariant(), losses.settings().kl());
    }

    private static String sentence(String description) {
        return Character.toUpperCase(description.charAt(0)) + description.substring(1) + ".";
    }

    public TermWaterfall chart() {
        return chart;
    }

    public FormulaView formula() {
        return formula;
    }

    public ValueField lambda1Field() {
        return lambda1;
    }

    public ValueField lambda2Field() {
        return lambda2;
    }
}
