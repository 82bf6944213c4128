package org.agenticrl.app.controls;

import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * The names app.css knows, in one place: style classes for what a node is, pseudo-classes for the states it passes
 * through (set with {@code pseudoClassStateChanged}, never by adding and removing classes), and the binding that
 * shows a node only when a condition holds and gives its space back when it does not.
 */
public final class Styles {
    // What a node is
    public static final String VIEW = "view";
    public static final String VIEW_TITLE = "view-title";
    public static final String SUBTITLE = "subtitle";
    public static final String MUTED = "muted";
    public static final String MONO = "mono";
    public static final String EDGE_TO_EDGE = "edge-to-edge";
    public static final String VALUE_FIELD = "value-field";
    public static final String FIELD_ERROR = "field-error";
    public static final String ICON = "icon";
    public static final String SCALED_ICON = "scaled-icon";
    public static final String STATUS_BAR = "status-bar";
    public static final String PROBLEM_BANNER = "problem-banner";
    public static final String OVERLAY = "overlay";
    public static final String OVERLAY_CARD = "overlay-card";
    public static final String KEY = "key";
    public static final String STEP_CARD = "step-card";
    public static final String STEP_TITLE = "step-title";
    public static final String STEP_NOTE = "step-note";
    public static final String OUTCOME_CARD = "outcome-card";
    public static final String OUTCOME_VALUE = "outcome-value";
    public static final String OBSERVATION = "observation";
    public static final String TOKEN = "token";
    public static final String TOOL_CALL = "tool-call";
    public static final String CHIP = "chip";
    public static final String CAPABILITY = "capability";
    public static final String LOSS_TABLE = "loss-table";
    public static final String HEADER = "header";
    public static final String NUMBER = "number";
    public static final String TERM_RL = "term-rl";
    public static final String TOTAL_VALUE = "total-value";
    public static final String VARIANT_NOTE = "variant-note";
    public static final String VARIANT_VALUES = "variant-values";
    public static final String DIVERGENCE = "divergence";
    public static final String VIEW_SWITCHER = "view-switcher";
    public static final String RESET_ZOOM = "reset-zoom";
    public static final String TOOL_PAGE = "tool-page";
    public static final String PRESENTER = "presenter";
    public static final String PRESENTER_TIMER = "presenter-timer";
    public static final String PRESENTER_CAPTION = "presenter-caption";
    public static final String PRESENTER_NOTES = "presenter-notes";
    /** The lesson editor's speaker notes: left blank in every picture of the window. */
    public static final String SPEAKER_NOTES = "speaker-notes";
    /** A lesson caption's body text; a chart across the window keeps its text at least this size. */
    public static final String LESSON_CAPTION_TEXT = "lesson-caption-text";
    public static final String ENLARGED_CHART = "enlarged-chart";
    public static final String ENLARGED_CHART_TITLE = "enlarged-chart-title";
    public static final String EXPORT_DIALOG = "export-dialog";
    public static final String LESSON_EDITOR = "lesson-editor";
    public static final String LESSON_EDITOR_FORM = "lesson-editor-form";
    public static final String QUESTION = "question";

    // States
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    public static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    public static final PseudoClass POSITIVE = PseudoClass.getPseudoClass("positive");
    public static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    public static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private Styles() {
    }

    /** Shows the node while the condition holds; while hidden it takes no space in its parent's layout. */
    public static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** Lets the node's space in the layout follow its visibility from now on. */
    public static void managedWhenVisible(Node node) {
        node.managedProperty().bind(node.visibleProperty());
    }

    /** Marks a node as positive or negative (a reward, an outcome). */
    public static void sign(Node node, boolean positive) {
        node.pseudoClassStateChanged(POSITIVE, positive);
        node.pseudoClassStateChanged(NEGATIVE, !positive);
    }
}
