package org.agenticrl.app.view;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agenticrl.app.model.EpisodeModel;
import org.agenticrl.app.model.Playback;
import org.agenticrl.app.model.SessionModel;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;
import org.controlsfx.control.SegmentedButton;

/**
 * View 2: the episode step by step, a card per step and the outcome at the end, with the transport bar, the
 * notebook/live switch, the seed and re-roll. Cards are rebuilt when the episode changes; playback and selection
 * only reveal and highlight.
 */
public final class TimelineView extends VBox {
    private final SessionModel model;
    private final VBox cards = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(cards);
    private final Label task = new Label();
    private final Label outcome = new Label();
    private final Label outcomeValue = new Label();
    private final VBox outcomeCard = new VBox(4, outcome, outcomeValue);
    private final List<StepCard> stepCards = new ArrayList<>();
    private Playback shown;

    public TimelineView(SessionModel model) {
        this.model = model;
        setId("timeline");
        getStyleClass().add("view");
        Label title = new Label("Episode timeline");
        title.getStyleClass().add("view-title");
        task.setId("task");
        task.setWrapText(true);
        outcomeCard.getStyleClass().add("outcome-card");
        outcomeCard.setId("outcome");
        outcomeValue.getStyleClass().add("outcome-value");
        outcomeValue.setId("outcome-value");
        cards.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, task, modeRow(model.episode()),
                new TransportBar(model.playback(), model.episode().playbackProperty()), scroll);
        model.episode().trajectoryProperty().addListener((o, before, after) -> rebuild());
        model.playback().cursorProperty().addListener((o, before, after) -> reveal(true));
        model.selection().positionProperty().addListener((o, before, after) -> highlight());
        rebuild();
    }

    private HBox modeRow(EpisodeModel episode) {
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
        HBox row = new HBox(8, mode, seedLabel, seed, reroll);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void commitSeed(TextField field) {
        EpisodeModel episode = model.episode();
        var problem = EpisodeModel.SEED.problemWith(field.getText());
        if (problem.isPresent()) {
            model.report(org.agenticrl.app.model.StatusMessage.error(problem.get() + "; the seed stays "
                    + episode.seedProperty().get()));
            field.setText(String.valueOf(episode.seedProperty().get()));
            return;
        }
        episode.seedProperty().set(Long.parseLong(field.getText().strip().replace("+", "")));
    }

    private void rebuild() {
        shown = model.episode().playbackProperty().get();
        Trajectory trajectory = shown.trajectory();
        task.setText("Task: " + trajectory.task().prompt() + "   (expected answer: " + trajectory.task().answer() + ")");
        stepCards.clear();
        cards.getChildren().clear();
        double running = 0;
        for (EpisodeStep step : trajectory.steps()) {
            running += step.processReward().reward();
            int stepIndex = step.number() - 1;
            StepCard card = new StepCard(step, model.episode().scenario().vocabulary(), running,
                    token -> model.selection().select(stepIndex, token));
            stepCards.add(card);
            cards.getChildren().add(card);
        }
        outcome.setText("Final answer: " + (trajectory.finalAnswer() == null ? "none" : trajectory.finalAnswer())
                + "  \u2192  " + trajectory.outcome().message());
        outcomeValue.setText("outcome " + Format.signed(trajectory.outcome().reward(), 1) + "   \u00b7   total reward "
                + Format.signed(trajectory.totalReward(), 1));
        outcomeValue.getStyleClass().removeAll("positive", "negative");
        outcomeValue.getStyleClass().add(trajectory.outcome().correct() ? "positive" : "negative");
        cards.getChildren().add(outcomeCard);
        reveal(false);
        highlight();
    }

    /** Reveals what the cursor has reached in the episode the cards were built from (the cursor may run ahead). */
    private void reveal(boolean follow) {
        Playback playback = shown;
        int cursor = Math.min(model.playback().cursorProperty().get(), playback.beatCount());
        StepCard current = null;
        for (int s = 0; s < stepCards.size(); s++) {
            StepCard card = stepCards.get(s);
            card.reveal(playback.tokensShown(s, cursor), playback.stepStarted(s, cursor), playback.toolShown(s, cursor));
            if (playback.stepStarted(s, cursor)) {
                current = card;
            }
        }
        boolean shown = playback.outcomeShown(cursor);
        outcomeCard.setVisible(shown);
        if (follow) {
            scrollTo(shown ? outcomeCard : current);
        }
    }

    private void highlight() {
        int selectedStep = model.selection().stepProperty().get();
        int selectedToken = model.selection().tokenProperty().get();
        for (int s = 0; s < stepCards.size(); s++) {
            stepCards.get(s).highlight(s == selectedStep ? selectedToken : -1);
        }
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
        return List.copyOf(stepCards);
    }
}
