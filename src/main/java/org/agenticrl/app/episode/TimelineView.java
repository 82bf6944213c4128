package org.agenticrl.app.episode;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.Task;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.controlsfx.control.SegmentedButton;

/**
 * View 2: the episode step by step, a card per step and the outcome at the end, with the transport bar, the
 * notebook/live switch, the seed and re-roll. Cards are rebuilt when the episode changes; playback and selection
 * only reveal and highlight.
 */
public final class TimelineView extends VBox {
    private final SessionModel model;
    private final TrajectoryCards cards = new TrajectoryCards("");
    private final ScrollPane scroll = new ScrollPane(cards);
    private final Label task = new Label();
    private final CapabilityLegend legend = new CapabilityLegend();

    public TimelineView(SessionModel model) {
        this.model = model;
        setId("timeline");
        getStyleClass().add("view");
        Label title = Labels.title("Episode timeline");
        FlowPane heading = new FlowPane(10, 6, title, scenarioChoice(model), taskChoice(model.episode()));
        heading.setAlignment(Pos.CENTER_LEFT);
        task.setId("task");
        task.setWrapText(true);
        task.setMinHeight(USE_PREF_SIZE);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, task, modeRow(model.episode()),
                new TransportBar(model.playback(), model.episode().playbackProperty()), scroll, legend);
        model.episode().trajectoryProperty().addListener((o, before, after) -> rebuild());
        model.playback().cursorProperty().addListener((o, before, after) -> reveal(true));
        model.selection().positionProperty().addListener((o, before, after) -> highlight());
        rebuild();
    }

    /** The built-in scenarios, and the file scenario when one is open; picking a built-in opens it. */
    private static ComboBox<String> scenarioChoice(SessionModel model) {
        ComboBox<String> choice = new ComboBox<>();
        choice.setId("scenario");
        choice.getItems().setAll(ScenarioLoader.BUILT_IN);
        choice.setTooltip(new Tooltip("The scenario: its task, tools, rewards and model. File \u25b8 Open for your own."));
        boolean[] syncing = {false};
        Runnable showCurrent = () -> {
            syncing[0] = true;
            try {
                String id = model.episode().scenario().id();
                if (!choice.getItems().contains(id)) {
                    choice.getItems().setAll(ScenarioLoader.BUILT_IN);
                    choice.getItems().add(id);
                }
                choice.setValue(id);
            } finally {
                syncing[0] = false;
            }
        };
        model.episode().scenarioProperty().addListener((o, before, after) -> showCurrent.run());
        showCurrent.run();
        choice.setOnAction(event -> {
            String id = choice.getValue();
            if (!syncing[0] && id != null && !id.equals(model.episode().scenario().id())
                    && ScenarioLoader.BUILT_IN.contains(id)) {
                model.openBuiltIn(id);
            }
        });
        return choice;
    }

    /** The scenario's tasks, when it has more than one. */
    private static ComboBox<Task> taskChoice(EpisodeModel episode) {
        ComboBox<Task> choice = new ComboBox<>();
        choice.setId("task-choice");
        choice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Task task) {
                return task == null ? "" : task.prompt();
            }

            @Override
            public Task fromString(String text) {
                return episode.scenario().tasks().stream().filter(task -> task.prompt().equals(text)).findFirst()
                        .orElse(null);
            }
        });
        boolean[] syncing = {false};
        Runnable showTasks = () -> {
            syncing[0] = true;
            try {
                choice.getItems().setAll(episode.scenario().tasks());
                choice.setValue(episode.taskProperty().get());
                choice.setVisible(choice.getItems().size() > 1);
                choice.setManaged(choice.isVisible());
            } finally {
                syncing[0] = false;
            }
        };
        episode.scenarioProperty().addListener((o, before, after) -> showTasks.run());
        episode.taskProperty().addListener((o, before, after) -> showTasks.run());
        choice.setOnAction(event -> {
            if (!syncing[0] && choice.getValue() != null && !choice.getValue().equals(episode.taskProperty().get())) {
                episode.taskProperty().set(choice.getValue());
            }
        });
        showTasks.run();
        return choice;
    }

    private FlowPane modeRow(EpisodeModel episode) {
        ToggleButton notebook = new ToggleButton("Notebook");
        ToggleButton live = new ToggleButton("Live");
        notebook.setTooltip(new Tooltip("Replay the seed notebook's scripted agent, scored by the policy"));
        live.setTooltip(new Tooltip("The policy writes every token; parser and tools run on what it wrote"));
        SegmentedButton mode = new SegmentedButton(notebook, live);
        mode.setId("mode");
        Runnable showMode = () -> {
            notebook.setSelected(episode.modeProperty().get() == EpisodeMode.NOTEBOOK);
            live.setSelected(episode.modeProperty().get() == EpisodeMode.LIVE);
        };
        showMode.run();
        episode.modeProperty().addListener((o, before, after) -> showMode.run());
        notebook.setOnAction(event -> {
            episode.modeProperty().set(EpisodeMode.NOTEBOOK);
            showMode.run();
        });
        live.setOnAction(event -> {
            episode.modeProperty().set(EpisodeMode.LIVE);
            showMode.run();
        });
        Label seedLabel = new Label("Seed");
        TextField seed = new TextField(String.valueOf(episode.seedProperty().get()));
        seed.setId("seed");
        seed.setPrefColumnCount(9);
        seed.getStyleClass().add("mono");
        seed.setTooltip(new Tooltip("numpy seed of live sampling (0 to 4294967295); the same seed replays the same episode"));
        episode.seedProperty().addListener((o, before, after) -> seed.setText(String.valueOf(after.longValue())));
        seed.setOnAction(event -> commitSeed(seed));
        seed.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitSeed(seed);
            }
        });
        Button reroll = new Button("Re-roll");
        reroll.setId("reroll");
        reroll.setTooltip(new Tooltip("A new random seed: a new live episode from the same policy"));
        reroll.setOnAction(event -> episode.reroll());
        FlowPane row = new FlowPane(8, 6, mode, seedLabel, seed, reroll);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void commitSeed(TextField field) {
        EpisodeModel episode = model.episode();
        var problem = EpisodeModel.SEED.problemWith(field.getText());
        if (problem.isPresent()) {
            model.report(org.agenticrl.app.common.StatusMessage.error(problem.get() + "; the seed stays "
                    + episode.seedProperty().get()));
            field.setText(String.valueOf(episode.seedProperty().get()));
            return;
        }
        episode.seedProperty().set(Long.parseLong(field.getText().strip().replace("+", "")));
    }

    private void rebuild() {
        EpisodeModel episode = model.episode();
        Trajectory trajectory = episode.trajectory();
        task.setText("Task: " + trajectory.task().prompt() + "   (expected answer: " + trajectory.task().answer() + ")");
        cards.show(trajectory, episode.scenario().vocabulary(), episode.notes(), model.selection()::select);
        legend.show(trajectory);
        reveal(false);
        highlight();
    }

    private void reveal(boolean follow) {
        javafx.scene.Node current = cards.reveal(model.playback().cursorProperty().get());
        if (follow) {
            scrollTo(current);
        }
    }

    private void highlight() {
        cards.highlight(model.selection().stepProperty().get(), model.selection().tokenProperty().get());
    }

    private void scrollTo(javafx.scene.Node node) {
        if (node == null) {
            return;
        }
        Platform.runLater(() -> {
            double contentHeight = cards.getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            if (contentHeight > viewport) {
                double bottom = node.getBoundsInParent().getMaxY();
                scroll.setVvalue(Math.max(0, Math.min(1, (bottom - viewport) / (contentHeight - viewport))));
            }
        });
    }

    /** The cards of the current episode, for tests. */
    public List<StepCard> stepCards() {
        return cards.cards();
    }
}
