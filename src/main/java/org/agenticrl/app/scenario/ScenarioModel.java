package org.agenticrl.app.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioException;
import org.agenticrl.engine.scenario.ScenarioLoader;

/**
 * Choosing the world: the scenarios the user can pick (the built-ins, and the open file's scenario when one is open)
 * and the commands that load one off the model's thread and install it. A scenario that cannot be loaded is reported
 * (file, field path, reason) and the current one stays.
 */
public final class ScenarioModel {
    private final ReadOnlyObjectProperty<Scenario> current;
    private final BackgroundWork background;
    private final Consumer<Scenario> install;
    private final Consumer<StatusMessage> report;
    private final ObservableList<String> choices = FXCollections.observableArrayList();

    /**
     * @param current the scenario on screen
     * @param install puts a loaded scenario on screen (on the model's thread)
     * @param report shows a line in the status bar
     */
    public ScenarioModel(ReadOnlyObjectProperty<Scenario> current, BackgroundWork background, Consumer<Scenario> install,
                         Consumer<StatusMessage> report) {
        this.current = current;
        this.background = background;
        this.install = install;
        this.report = report;
        current.addListener((o, before, after) -> refreshChoices());
        refreshChoices();
    }

    private void refreshChoices() {
        List<String> next = new ArrayList<>(ScenarioLoader.BUILT_IN);
        if (!next.contains(currentId())) {
            next.add(currentId());
        }
        if (!next.equals(choices)) {
            choices.setAll(next);
        }
    }

    /** Switches to a built-in scenario; the one on screen or an unknown id changes nothing. */
    public void openBuiltIn(String id) {
        if (id == null || id.equals(currentId())) {
            return;
        }
        if (!ScenarioLoader.BUILT_IN.contains(id)) {
            report.accept(StatusMessage.error("There is no built-in scenario called " + id));
            return;
        }
        background.run(() -> ScenarioLoader.builtIn(id), this::installed, this::refuse);
    }

    /**
     * Reads a scenario file off the model's thread and switches to it.
     *
     * @param onLoaded called with the path after a successful switch (e.g. to remember it as a recent file)
     */
    public void openFile(Path file, Consumer<Path> onLoaded) {
        background.run(() -> ScenarioLoader.load(file), scenario -> {
            installed(scenario);
            onLoaded.accept(file);
        }, this::refuse);
    }

    private void installed(Scenario scenario) {
        install.accept(scenario);
        report.accept(StatusMessage.info("Scenario: " + scenario.title()));
    }

    private void refuse(Exception problem) {
        String reason = problem instanceof ScenarioException ? problem.getMessage()
                : "could not open the scenario (" + problem.getClass().getSimpleName() + ")";
        report.accept(StatusMessage.error(reason));
    }

    /** The id of the scenario on screen. */
    public String currentId() {
        return current.get().id();
    }

    public ReadOnlyObjectProperty<Scenario> currentProperty() {
        return current;
    }

    /** The built-in ids, then the open file's id when it is not a built-in (read-only). */
    public ObservableList<String> choices() {
        return FXCollections.unmodifiableObservableList(choices);
    }
}
