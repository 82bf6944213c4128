package org.agenticrl.app.scenario;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;

/**
 * A drop-down of the scenarios to pick from, showing the one on screen; picking another opens it. Its items are a
 * copy of the model's choices, refreshed together with the shown value, so that refreshing them is never taken for
 * the user's pick.
 */
public final class ScenarioPicker extends ComboBox<String> {
    private boolean syncing;

    public ScenarioPicker(ScenarioModel scenarios) {
        setId("scenario");
        setTooltip(new Tooltip("The scenario: its task, tools, rewards and model. File \u25b8 Open for your own."));
        Runnable showCurrent = () -> {
            syncing = true;
            try {
                getItems().setAll(scenarios.choices());
                setValue(scenarios.currentId());
            } finally {
                syncing = false;
            }
        };
        scenarios.currentProperty().addListener((o, before, after) -> showCurrent.run());
        showCurrent.run();
        setOnAction(event -> {
            if (!syncing) {
                scenarios.openBuiltIn(getValue());
            }
        });
    }
}
