package org.agenticrl.app.episode;

import java.util.Collections;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agenticrl.app.controls.GlossaryLinks;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.engine.scenario.Scenario;

/**
 * The module intro's contrast, side by side: the traditional single-turn model (one response, no tools, memory or
 * plan) and the agent's multi-step episode, on the same task and judged by the same outcome reward. Shown for
 * scenarios that describe a traditional model.
 */
public final class ComparisonView extends SplitPane {
    private final EpisodeModel episode;
    private final TrajectoryCards traditional = new TrajectoryCards("traditional-");
    private final TrajectoryCards agentic = new TrajectoryCards("agentic-");
    private final Label traditionalTitle = Labels.title("");
    private final Label traditionalNote = Labels.subtitle("");

    public ComparisonView(EpisodeModel episode) {
        this.episode = episode;
        setId("comparison");
        Label agentTitle = GlossaryLinks.explain(Labels.title("Agentic RL: observe, think, act, repeat"), "pbrft-vs-pomdp");
        Label agentNote = Labels.subtitle("The same task as an episode: tools, memory and a plan, a process reward at "
                + "every step, and the outcome reward at the end.");
        getItems().addAll(column(traditionalTitle, traditionalNote, traditional),
                column(agentTitle, agentNote, agentic));
        setDividerPositions(0.5);
        episode.trajectoryProperty().addListener((o, before, after) -> {
            if (episode.contrastProperty().get().isPresent()) {
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
        column.getStyleClass().add(Styles.VIEW);
        return column;
    }

    private void show() {
        Scenario scenario = episode.scenario();
        episode.contrastProperty().get().ifPresent(single -> {
            scenario.contrast().ifPresent(contrast -> {
                traditionalTitle.setText(contrast.title());
                traditionalNote.setText(contrast.description());
            });
            traditional.show(single, scenario.vocabulary(),
                    Collections.nCopies(single.trajectory().steps().size(), null), (step, token) -> { });
        });
        agentic.show(episode.scheduleProperty().get(), scenario.vocabulary(), episode.notes(), (step, token) -> { });
    }
}
