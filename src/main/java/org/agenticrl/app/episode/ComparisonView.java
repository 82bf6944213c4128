package org.agenticrl.app.episode;

import java.util.Collections;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.scenario.Scenario;

/**
 * The module intro's contrast, side by side: the traditional single-turn model (one response, no tools, memory or
 * plan) and the agent's multi-step episode, on the same task and judged by the same outcome reward. Shown for
 * scenarios that describe a traditional model.
 */
public final class ComparisonView extends SplitPane {
    private final SessionModel model;
    private final TrajectoryCards traditional = new TrajectoryCards("traditional-");
    private final TrajectoryCards agentic = new TrajectoryCards("agentic-");
    private final Label traditionalTitle = Labels.title("");
    private final Label traditionalNote = Labels.subtitle("");

    public ComparisonView(SessionModel model) {
        this.model = model;
        setId("comparison");
        Label agentTitle = Labels.title("Agentic RL: observe, think, act, repeat");
        Label agentNote = Labels.subtitle("The same task as an episode: tools, memory and a plan, a process reward at "
                + "every step, and the outcome reward at the end.");
        getItems().addAll(column(traditionalTitle, traditionalNote, traditional),
                column(agentTitle, agentNote, agentic));
        setDividerPositions(0.5);
        model.episode().trajectoryProperty().addListener((o, before, after) -> {
            if (model.episode().contrastProperty().get().isPresent()) {
                show();
            }
        });
        show();
    }

    private static VBox column(Label title, Label note, TrajectoryCards cards) {
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox column = new VBox(title, note, scroll);
        column.getStyleClass().add("view");
        return column;
    }

    private void show() {
        EpisodeModel episode = model.episode();
        Scenario scenario = episode.scenario();
        episode.contrastProperty().get().ifPresent(single -> {
            scenario.contrast().ifPresent(contrast -> {
                traditionalTitle.setText(contrast.title());
                traditionalNote.setText(contrast.description());
            });
            traditional.show(single, scenario.vocabulary(), Collections.nCopies(single.steps().size(), null),
                    (step, token) -> { });
        });
        Trajectory trajectory = episode.trajectory();
        agentic.show(trajectory, scenario.vocabulary(), episode.notes(), (step, token) -> { });
    }
}
