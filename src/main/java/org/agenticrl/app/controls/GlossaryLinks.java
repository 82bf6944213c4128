package org.agenticrl.app.controls;

import java.util.Optional;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;

/**
 * Links from where a term appears on screen to its glossary entry. A link is either a small "?" beside a label (for
 * labels whose own click means something else, or nothing) or the label itself (for chips that do nothing else when
 * clicked); either way it is marked with the style class {@value #STYLE} and its term, says so on hover, and a click
 * fires a {@link GlossaryRequest} that the window answers by opening the entry.
 */
public final class GlossaryLinks {
    /** The style class of every glossary link. */
    public static final String STYLE = "glossary-link";
    private static final String TERM_KEY = "glossary-term";

    private GlossaryLinks() {
    }

    /** Puts a "?" after the label's text that opens the term's entry; returns the label. */
    public static <L extends Labeled> L explain(L label, String term) {
        label.setGraphic(badge(term));
        label.setContentDisplay(ContentDisplay.RIGHT);
        return label;
    }

    /** A "?" on its own, to place beside a node that is not a label; a click opens the term's entry. */
    public static Label badge(String term) {
        Label badge = new Label("?");
        badge.getStyleClass().add("glossary-badge");
        mark(badge, term, "What is this? Click for the glossary entry.");
        return badge;
    }

    /** Makes the node itself open the term's entry when clicked; its tooltip, if any, says so. */
    public static <N extends Node> N clickable(N node, String term) {
        mark(node, term, null);
        if (node instanceof Labeled labeled && labeled.getTooltip() != null) {
            Tooltip tip = labeled.getTooltip();
            tip.setText(tip.getText() + "\nClick for the glossary entry.");
        }
        return node;
    }

    /** The term a node links to, if it is a glossary link. */
    public static Optional<String> termOf(Node node) {
        return Optional.ofNullable((String) node.getProperties().get(TERM_KEY));
    }

    private static void mark(Node node, String term, String hint) {
        node.getStyleClass().add(STYLE);
        node.getProperties().put(TERM_KEY, term);
        node.setCursor(Cursor.HAND);
        if (hint != null && node instanceof Labeled labeled) {
            labeled.setTooltip(new Tooltip(hint));
        }
        node.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                node.fireEvent(new GlossaryRequest(term));
                event.consume();
            }
        });
    }
}
