package org.agenticrl.app.training;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agenticrl.app.chart.DistributionChart;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.GlossaryLinks;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Palette;

/**
 * Where training moved the policy: the contexts it changed, most changed first, and at the chosen one the current
 * policy's bars beside the reference's, the drift that lambda2 pulls back.
 */
final class DriftView extends VBox {
    private final DriftModel drift;
    private final DistributionChart chart = new DistributionChart();
    private final ListView<DriftModel.Drift> contexts = new ListView<>();
    private final Label shown = new Label();
    private boolean updating;

    DriftView(DriftModel drift, AppearanceModel appearance) {
        this.drift = drift;
        setId("drift");
        getStyleClass().add(Styles.VIEW);
        Label title = GlossaryLinks.explain(Labels.title("Where the policy moved"), "kl");
        Label help = Labels.subtitle("Contexts training changed, by KL(\u03c0 \u2016 \u03c0_ref) in nats. Pick one to "
                + "compare its " + DriftModel.BARS + " most probable tokens with the reference's.");
        contexts.setId("drift-contexts");
        contexts.setPrefHeight(150);
        contexts.setMinHeight(90);
        contexts.setPlaceholder(new Label("Nothing yet: train to move the policy."));
        contexts.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DriftModel.Drift item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Format.fixed(item.kl(), 3) + "   " + item.label());
            }
        });
        contexts.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (!updating && after != null) {
                drift.chosenProperty().set(after.context());
            }
        });
        CheckBox follow = new CheckBox("Follow the most changed context");
        follow.setId("drift-follow");
        follow.setSelected(true);
        follow.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                drift.chosenProperty().set(null);
                contexts.getSelectionModel().clearSelection();
            }
        });
        drift.chosenProperty().addListener((o, before, after) -> follow.setSelected(after == null));
        shown.setId("drift-shown");
        shown.setWrapText(true);
        chart.viewer().rename("drift-chart", "Where the policy moved: tokens beside the reference");
        chart.viewer().describedBy(drift::chartTitle);
        VBox.setVgrow(chart.viewer(), Priority.ALWAYS);
        getChildren().addAll(title, help, contexts, follow, shown, chart.viewer());
        drift.driftsProperty().addListener((o, before, after) -> showContexts());
        drift.barsProperty().addListener((o, before, after) -> showBars());
        appearance.themeProperty().addListener((o, before, after) -> restyle(appearance));
        appearance.textScaleProperty().addListener((o, before, after) -> restyle(appearance));
        restyle(appearance);
        showContexts();
        showBars();
    }

    /** Updates the rows in place when the same contexts are listed (keeping the scroll position), else replaces them. */
    private void showContexts() {
        updating = true;
        try {
            var items = contexts.getItems();
            var next = drift.driftsProperty().get();
            boolean sameContexts = items.size() == next.size() && java.util.stream.IntStream.range(0, next.size())
                    .allMatch(i -> items.get(i).context().equals(next.get(i).context()));
            if (sameContexts) {
                for (int i = 0; i < next.size(); i++) {
                    items.set(i, next.get(i));
                }
            } else {
                items.setAll(next);
            }
            DriftModel.Drift current = drift.shownProperty().get();
            contexts.getItems().stream().filter(item -> item.context().equals(current.context())).findFirst()
                    .ifPresent(item -> contexts.getSelectionModel().select(item));
        } finally {
            updating = false;
        }
    }

    private void showBars() {
        DriftModel.Drift current = drift.shownProperty().get();
        shown.setText("Shown: " + current.label() + "   KL(\u03c0 \u2016 \u03c0_ref) = " + Format.fixed(current.kl(), 3));
        chart.show(drift.barsProperty().get(), true);
    }

    private void restyle(AppearanceModel appearance) {
        chart.restyle(Palette.of(appearance.themeProperty().get()), appearance.textScaleProperty().get());
    }
}
