package org.agenticrl.app.episode;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;

/**
 * The legend of the six agentic capabilities (the survey's taxonomy), each with how many steps of the episode
 * exercise it; hovering a capability gives its definition.
 */
final class CapabilityLegend extends FlowPane {
    private final Map<Capability, Label> chips = new EnumMap<>(Capability.class);

    CapabilityLegend() {
        super(6, 4);
        setId("capability-legend");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Capabilities:");
        title.getStyleClass().add("muted");
        getChildren().add(title);
        for (Capability capability : Capability.values()) {
            Label chip = new Label();
            chip.getStyleClass().addAll("chip", "capability");
            chip.setTooltip(new Tooltip(capability.label() + ": " + capability.description()));
            chips.put(capability, chip);
            getChildren().add(chip);
        }
    }

    /** Counts the steps of the trajectory that exercise each capability. */
    void show(Trajectory trajectory) {
        Map<Capability, Integer> counts = new EnumMap<>(Capability.class);
        for (EpisodeStep step : trajectory.steps()) {
            step.capabilities().forEach(capability -> counts.merge(capability, 1, Integer::sum));
        }
        chips.forEach((capability, chip) -> {
            int count = counts.getOrDefault(capability, 0);
            chip.setText(capability.label() + " " + count);
            chip.setOpacity(count == 0 ? 0.45 : 1.0);
        });
    }
}
