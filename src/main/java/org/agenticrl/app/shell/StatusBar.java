package org.agenticrl.app.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.engine.episode.EpisodeMode;

/** The last message (errors in the warning colour) and what is on screen: scenario, mode, seed, policy. */
final class StatusBar extends HBox {
    StatusBar(SessionModel model) {
        getStyleClass().add(Styles.STATUS_BAR);
        setId("status-bar");
        Label message = new Label();
        message.setId("status");
        message.setWrapText(false);
        Tooltip full = new Tooltip();
        full.setWrapText(true);
        full.setMaxWidth(640);
        message.setTooltip(full);
        Runnable showMessage = () -> {
            StatusMessage status = model.statusProperty().get();
            message.setText((status.error() ? "\u26a0 " : "") + status.text());
            full.setText(status.text());
            message.pseudoClassStateChanged(Styles.ERROR, status.error());
        };
        model.statusProperty().addListener((o, before, after) -> showMessage.run());
        showMessage.run();
        Label info = new Label();
        info.getStyleClass().add(Styles.MUTED);
        info.setMinWidth(0);
        var episode = model.episode();
        info.textProperty().bind(Bindings.createStringBinding(() -> {
            String mode = episode.modeProperty().get() == EpisodeMode.NOTEBOOK ? "notebook replay"
                    : "live, " + (episode.greedyProperty().get() ? "greedy" : "seed " + Format.whole(episode.seed().get()));
            String policy = episode.policyProperty().get().trainedContexts().isEmpty() ? "pre-trained policy"
                    : "trained policy (" + episode.policyProperty().get().trainedContexts().size() + " contexts changed)";
            return episode.scenario().title() + "  \u00b7  " + mode + "  \u00b7  " + policy;
        }, episode.modeProperty(), episode.greedyProperty(), episode.seed().valueProperty(), episode.policyProperty(),
                episode.scenarioProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.SOMETIMES);
        getChildren().addAll(message, spacer, info);
    }
}
