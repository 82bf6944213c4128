package org.agenticrl.app.episode;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.controls.ValueField;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.Task;
import org.agenticrl.engine.episode.Trajectory;
import org.controlsfx.control.SegmentedButton;

/**
 * The episode step by step, a card per step and the outcome at the end, with the transport bar, the notebook/live
 * switch, the seed and re-roll. Cards are rebuilt when the episode changes; playback and selection only reveal and
 * highlight.
 */
public final class TimelineView extends VBox {
    private final EpisodeModel episode;
    private final PlaybackModel playback;
    private final SelectionModel selection;
    private final TrajectoryCards cards = new TrajectoryCards("");
    private final ScrollPane scroll = new ScrollPane(cards);
    private final Label task = new Label();

    /** @param scenarioPicker where the user switches scenarios, shown beside the title */
    public TimelineView(EpisodeModel episode, PlaybackModel playback, SelectionModel selection, Node scenarioPicker) {
        this.episode = episode;
        this.playback = playback;
        this.selection = selection;
        setId("timeline");
        getStyleClass().add(Styles.VIEW);
        Label title = Labels.title("Episode timeline");
        task.setId("task");
        task.setWrapText(true);
        task.setMinHeight(USE_PREF_SIZE);
        FlowPane heading = new FlowPane(10, 6, title, scenarioPicker, taskChoice(episode));
        heading.setAlignment(Pos.CENTER_LEFT);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, task, modeRow(episode), new TransportBar(playback, episode.scheduleProperty()),
                scroll, new CapabilityLegend(episode.capabilityCountsProperty()));
        episode.trajectoryProperty().addListener((o, before, after) -> rebuild());
        playback.cursorProperty().addListener((o, before, after) -> reveal(true));
        selection.positionProperty().addListener((o, before, after) -> highlight());
        rebuild();
    }

    /** The scenario's tasks, shown when it has more than one. */
    private static ComboBox<Task> taskChoice(EpisodeModel episode) {
        ComboBox<Task> choice = new ComboBox<>();
        choice.setId("task-choice");
        choice.setConverter(new StringConverter<>() {
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
            } finally {
                syncing[0] = false;
            }
        };
        episode.scenarioProperty().addListener((o, before, after) -> showTasks.run());
        episode.taskProperty().addListener((o, before, after) -> showTasks.run());
        showTasks.run();
        choice.setOnAction(event -> {
            if (!syncing[0] && choice.getValue() != null) {
                episode.taskProperty().set(choice.getValue());
            }
        });
        Styles.showWhen(choice, episode.severalTasks());
        return choice;
    }

    private static FlowPane modeRow(EpisodeModel episode) {
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
        ValueField seed = new ValueField("Seed", "numpy seed of live sampling (0 to 4294967295); the same seed replays "
                + "the same episode", episode.seed(), false).typedOnly().columns(11);
        seed.setId("seed");
        Button reroll = new Button("Re-roll");
        reroll.setId("reroll");
        reroll.setTooltip(new Tooltip("A new random seed: a new live episode from the same policy"));
        reroll.setOnAction(event -> episode.reroll());
        FlowPane row = new FlowPane(8, 6, mode, seed, reroll);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void rebuild() {
        Trajectory trajectory = episode.trajectory();
        task.setText("Task: " + trajectory.task().prompt() + "   (expected answer: " + trajectory.task().answer() + ")");
        cards.show(episode.scheduleProperty().get(), episode.scenario().vocabulary(), episode.notes(), selection::select);
        reveal(false);
        highlight();
    }

    private void reveal(boolean follow) {
        Node current = cards.reveal(playback.cursorProperty().get());
        if (follow) {
            scrollTo(current);
        }
    }

    private void highlight() {
        cards.highlight(selection.stepProperty().get(), selection.tokenProperty().get());
    }

    /** Scrolls after the next layout, when the revealed card has its height. */
    private void scrollTo(Node node) {
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
