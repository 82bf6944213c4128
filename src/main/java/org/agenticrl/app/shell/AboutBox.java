package org.agenticrl.app.shell;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;

/**
 * Help ▸ About: the app's version (from the build), the Java and JavaFX it runs on, where its teaching material comes
 * from, its licence and the libraries it is built on.
 */
final class AboutBox extends ScrollPane {
    static final String SOURCES = "Everything the app teaches comes from two texts of the course it accompanies, "
            + "built into the app:\n\u2022 the seed notebook, section 4, \"Agentic RL: a complete working example\": the tiny "
            + "token-level language model and its pre-trained table, the observation, the action and its parsing, the "
            + "calculator and search tools, the process and outcome rewards, the agent's episode on \"What is 5 + 3?\" "
            + "and the three losses L_RL, L_SFT and L_KL with \u03bb1 = 0.1 and \u03bb2 = 0.01; every number it prints is "
            + "reproduced here to the last bit (sections 2 and 3 give the formulas and the six capabilities);\n\u2022 the "
            + "module intro, \"Traditional LLM-RL (PBRFT) vs agentic RL\": P(text | prompt) against \u03c0(a_t | s_t, h_t) "
            + "in a POMDP, and the weather agent that plans, calls a tool and remembers.\nThe exact loss variants, "
            + "the KL estimators and the group advantages (GRPO, Dr.GRPO, RLOO) follow the formulas of TRL and verl.";
    static final String LICENCE = "The project has not declared a licence yet. Its libraries keep their own licences, "
            + "listed below; JFreeSVG, used only to export charts as SVG, is GPL 3.";

    AboutBox() {
        setId("about");
        BuildInfo info = BuildInfo.load();
        setFitToWidth(true);
        setFitToHeight(true);
        getStyleClass().add(Styles.EDGE_TO_EDGE);
        Label title = Labels.title("Agentic RL Visualizer");
        Label subtitle = Labels.subtitle("How reinforcement learning turns a language model into an agent.");
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(4);
        row(facts, 0, "Version", info.version(), "about-version");
        row(facts, 1, "Java", BuildInfo.java(), "about-java");
        row(facts, 2, "JavaFX", BuildInfo.javafx(), "about-javafx");
        VBox content = new VBox(10, title, subtitle, facts,
                heading("Where the material comes from"), paragraph(SOURCES),
                heading("Licence"), paragraph(LICENCE),
                heading("Libraries"), paragraph(String.join("\n", info.libraries())));
        content.getStyleClass().add(Styles.TOOL_PAGE);
        setContent(content);
    }

    private static void row(GridPane grid, int row, String name, String value, String id) {
        Label key = new Label(name);
        key.getStyleClass().add(Styles.MUTED);
        Label shown = new Label(value);
        shown.setId(id);
        grid.addRow(row, key, shown);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.STEP_TITLE);
        return label;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
