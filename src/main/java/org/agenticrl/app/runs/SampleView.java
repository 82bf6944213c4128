package org.agenticrl.app.runs;

import java.util.ArrayList;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agenticrl.app.chart.DistributionChart;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Scrolling;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.runs.Sample;
import org.agenticrl.engine.runs.Token;
import org.agenticrl.engine.runs.Turn;

/**
 * A sample as the Episode tab draws an episode: its reward chips, then its turns as step cards (who spoke, what it
 * wrote, each tool call with its arguments, the tools' answer, a turn's process reward), then the outcome card (the
 * reward, correct or not, the advantage); a sample without turns shows its prompt and response. Where the format logged
 * log-probabilities, the response follows as token chips shaded by how improbable each token was (the darker, the
 * less likely), and beside them the selected token's recorded alternatives in the next-token chart with the entropy;
 * where it logged none, a sentence says so and no chart is drawn.
 */
final class SampleView extends SplitPane {
    private static final double MAX_SHADE = 0.6;

    private final SampleModel model;
    private final VBox body = new VBox(8);
    private final DistributionChart alternatives = new DistributionChart();
    private final VBox chartColumn;
    private final List<Label> tokens = new ArrayList<>();
    private Palette palette = Palette.LIGHT;

    SampleView(SampleModel model) {
        this.model = model;
        setId("run-sample");
        body.getStyleClass().add(Styles.VIEW);
        Label summary = Labels.subtitle("");
        summary.setId("run-token-summary");
        summary.textProperty().bind(model.tokenSummaryProperty());
        VBox.setVgrow(alternatives.viewer(), Priority.ALWAYS);
        chartColumn = new VBox(6, Labels.title("Next-token alternatives"), summary, alternatives.viewer());
        chartColumn.getStyleClass().add(Styles.VIEW);
        getItems().add(Scrolling.of(body));
        model.sampleProperty().addListener((o, before, after) -> build(after));
        model.tokenProperty().addListener((o, before, after) -> highlight(after.intValue()));
        model.alternativesProperty().addListener((o, before, after) -> alternatives.show(after, false));
        build(model.sampleProperty().get());
    }

    private void build(SampleRow row) {
        tokens.clear();
        body.getChildren().clear();
        boolean logged = row != null && !row.sample().tokens().isEmpty();
        if (logged && !getItems().contains(chartColumn)) {
            getItems().add(chartColumn);
            setDividerPositions(0.62);
        } else if (!logged) {
            getItems().remove(chartColumn);
        }
        if (row == null) {
            body.getChildren().add(Labels.subtitle("No sample open: double-click one in a step's table."));
            return;
        }
        Sample sample = row.sample();
        body.getChildren().add(Labels.title("Step " + sample.step() + ", sample " + row.index() + " (group "
                + row.group() + " of " + row.groupSize() + ")"));
        body.getChildren().add(chips(row));
        Label origin = Labels.subtitle(sample.origin());
        body.getChildren().add(origin);
        List<Turn> turns = sample.turns();
        if (turns.isEmpty()) {
            body.getChildren().addAll(section("Prompt", sample.prompt()), section("Response", sample.response()));
        }
        for (int i = 0; i < turns.size(); i++) {
            body.getChildren().add(new TurnCard(i + 1, turns.get(i)));
        }
        body.getChildren().add(outcome(row));
        if (logged) {
            body.getChildren().addAll(Labels.title("Response, token by token"), Labels.subtitle("Shaded by how "
                    + "improbable each token was: the darker, the less likely. Click one for its alternatives."),
                    tokenChips(sample.tokens()));
        } else {
            Label none = Labels.subtitle(model.noTokensProperty().get());
            none.setId("run-no-tokens");
            none.setWrapText(true);
            body.getChildren().add(none);
        }
        highlight(model.tokenProperty().get());
    }

    private FlowPane chips(SampleRow row) {
        Sample sample = row.sample();
        FlowPane chips = new FlowPane(6, 4);
        chips.setId("run-reward-chips");
        if (sample.reward() != null) {
            chips.getChildren().add(TurnCard.chip("reward " + Format.fixed(sample.reward(), 3), sample.reward()));
        }
        for (Map.Entry<String, Double> named : sample.rewards().entrySet()) {
            chips.getChildren().add(TurnCard.chip(named.getKey() + " " + Format.fixed(named.getValue(), 3),
                    named.getValue()));
        }
        if (sample.correct() != null) {
            chips.getChildren().add(TurnCard.chip(sample.correct() ? "correct" : "incorrect", sample.correct() ? 1 : -1));
        }
        if (Double.isFinite(row.advantage())) {
            Label advantage = TurnCard.chip("advantage " + Format.signed(row.advantage(), 3), row.advantage());
            advantage.setTooltip(new Tooltip(row.source().label() + "; group mean " + Format.fixed(row.groupMean(), 3)
                    + ", std " + Format.fixed(row.groupStd(), 3)));
            chips.getChildren().add(advantage);
        }
        return chips;
    }

    /** The outcome card: the sample's reward, whether it was judged correct, and its advantage with its source. */
    private static VBox outcome(SampleRow row) {
        Sample sample = row.sample();
        Label title = new Label("Outcome");
        title.getStyleClass().add(Styles.STEP_TITLE);
        StringBuilder text = new StringBuilder(sample.reward() == null ? "no reward"
                : "reward " + Format.signed(sample.reward(), 3));
        if (sample.correct() != null) {
            text.append("   \u00b7   ").append(sample.correct() ? "correct" : "incorrect");
        }
        if (Double.isFinite(row.advantage())) {
            text.append("   \u00b7   advantage ").append(Format.signed(row.advantage(), 3)).append(" (")
                    .append(row.source().label()).append(')');
        }
        Label value = new Label(text.toString());
        value.setWrapText(true);
        value.getStyleClass().add(Styles.OUTCOME_VALUE);
        Styles.sign(value, sample.reward() != null && sample.reward() > 0);
        VBox card = new VBox(4, title, value);
        card.setId("run-outcome");
        card.getStyleClass().add(Styles.OUTCOME_CARD);
        return card;
    }

    private static VBox section(String title, String text) {
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMinHeight(Label.USE_PREF_SIZE);
        content.getStyleClass().add(Styles.MONO);
        VBox box = new VBox(4, Labels.title(title), content);
        box.getStyleClass().add(Styles.STEP_CARD);
        return box;
    }

    private FlowPane tokenChips(List<Token> response) {
        FlowPane flow = new FlowPane(2, 4);
        flow.setId("run-tokens");
        for (int i = 0; i < response.size(); i++) {
            Token token = response.get(i);
            Label chip = new Label(token.text().replace("\n", "\u21b5"));
            chip.getStyleClass().add(Styles.TOKEN);
            chip.setUserData(SampleModel.probability(token));
            chip.setTooltip(new Tooltip("p = " + Format.percent(SampleModel.probability(token)) + ", log p = "
                    + Format.fixed(token.logProb(), 3)));
            int index = i;
            chip.setOnMouseClicked(event -> model.selectToken(index));
            tokens.add(chip);
            flow.getChildren().add(chip);
        }
        return flow;
    }

    /**
     * Each chip's background: the current-policy colour, more opaque the less probable the token; the selected chip
     * keeps the stylesheet's highlight (an inline style would override it).
     */
    private void shade() {
        Color colour = Palette.awt(palette.current());
        for (int i = 0; i < tokens.size(); i++) {
            Label chip = tokens.get(i);
            double improbable = 1 - (double) chip.getUserData();
            chip.setStyle(i == model.tokenProperty().get() ? "" : String.format(Locale.ROOT,
                    "-fx-background-color: rgba(%d, %d, %d, %.3f);", colour.getRed(), colour.getGreen(),
                    colour.getBlue(), 0.06 + MAX_SHADE * improbable));
        }
    }

    private void highlight(int index) {
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).pseudoClassStateChanged(Styles.SELECTED, i == index);
        }
        shade();
    }

    void restyle(Palette newPalette, double scale) {
        palette = newPalette;
        alternatives.restyle(palette, scale);
        shade();
    }

    /** The token chips, in order, for tests. */
    List<Label> tokenChips() {
        return List.copyOf(tokens);
    }

    DistributionChart alternativesChart() {
        return alternatives;
    }
}
