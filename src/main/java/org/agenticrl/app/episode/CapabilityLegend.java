package org.agenticrl.app.episode;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.agenticrl.app.controls.GlossaryLinks;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.engine.episode.Capability;

/**
 * The legend of the six agentic capabilities (the survey's taxonomy), each with how many steps of the episode
 * exercise it, as the episode model counts them; hovering a capability gives its definition.
 */
final class CapabilityLegend extends FlowPane {
    private static final double UNUSED_OPACITY = 0.45;

    private final Map<Capability, Label> chips = new EnumMap<>(Capability.class);

    CapabilityLegend(ObservableValue<Map<Capability, Integer>> counts) {
        super(6, 4);
        setId("capability-legend");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Capabilities:");
        title.getStyleClass().add(Styles.MUTED);
        getChildren().add(title);
        for (Capability capability : Capability.values()) {
            Label chip = new Label();
            chip.getStyleClass().addAll(Styles.CHIP, Styles.CAPABILITY);
            chip.setTooltip(new Tooltip(capability.label() + ": " + capability.description()));
            GlossaryLinks.clickable(chip, glossaryTerm(capability));
            chips.put(capability, chip);
            getChildren().add(chip);
        }
        counts.addListener((o, before, after) -> show(after));
        show(counts.getValue());
    }

    /** The glossary entry of a capability, e.g. "capability-tool-use". */
    static String glossaryTerm(Capability capability) {
        return "capability-" + capability.id().replace('_', '-');
    }

    private void show(Map<Capability, Integer> counts) {
        chips.forEach((capability, chip) -> {
            int count = counts.getOrDefault(capability, 0);
            chip.setText(capability.label() + " " + count);
            chip.setOpacity(count == 0 ? UNUSED_OPACITY : 1.0);
        });
    }
}
