package org.agenticrl.app.glossary;

import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.controls.Typeset;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Palette;

/**
 * The glossary: a search field over the list of terms on the left, the entry on show on the right with its formula
 * typeset, its explanation and links to related entries. It binds to a {@link GlossaryModel} and computes nothing.
 * A formula wider than the entry's column is shown smaller to fit it, so the text beside it wraps to the column
 * instead of running off it.
 */
public final class GlossaryView extends SplitPane {
    private static final double FORMULA_SIZE = 20;
    /** The least width of the list of terms at text scale 1, in pixels; it grows with the text. */
    private static final double LIST_WIDTH = 220;

    private final GlossaryModel model;
    private final AppearanceModel appearance;
    private final ListView<GlossaryEntry> list = new ListView<>();
    private final Label term = Labels.title("");
    private final ImageView formula = new ImageView();
    private final Label text = new Label();
    private final FlowPane see = new FlowPane(8, 4);
    private final VBox page;
    private final ScrollPane scroll;
    private Dimension2D formulaSize = new Dimension2D(0, 0);
    private boolean syncing;

    public GlossaryView(GlossaryModel model, AppearanceModel appearance) {
        this.model = model;
        this.appearance = appearance;
        setId("glossary");
        TextField search = new TextField();
        search.setId("glossary-search");
        search.setPromptText("Search: advantage, KL, \u03bb1, GRPO\u2026");
        search.textProperty().bindBidirectional(model.searchProperty());
        list.setId("glossary-list");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(GlossaryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.term());
            }
        });
        list.setPlaceholder(new Label("No term matches the search."));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(6, search, list);
        left.setPadding(new Insets(8));
        left.minWidthProperty().bind(appearance.textScaleProperty().multiply(LIST_WIDTH));
        term.setId("glossary-term");
        formula.setId("glossary-formula");
        text.setId("glossary-text");
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        Label seeTitle = new Label("See also");
        seeTitle.getStyleClass().add(Styles.MUTED);
        page = new VBox(term, formula, text, seeTitle, see);
        page.getStyleClass().add(Styles.TOOL_PAGE);
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add(Styles.EDGE_TO_EDGE);
        getItems().addAll(left, scroll);
        setDividerPositions(0.32);
        SplitPane.setResizableWithParent(left, false);

        model.resultsProperty().addListener((o, before, after) -> showResults(after));
        list.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (!syncing && after != null) {
                model.shownProperty().set(after);
            }
        });
        model.shownProperty().addListener((o, before, after) -> show(after));
        scroll.viewportBoundsProperty().addListener((o, before, after) -> fitFormula());
        appearance.themeProperty().addListener((o, before, after) -> show(model.shownProperty().get()));
        appearance.textScaleProperty().addListener((o, before, after) -> show(model.shownProperty().get()));
        showResults(model.resultsProperty().get());
        show(model.shownProperty().get());
    }

    private void showResults(List<GlossaryEntry> results) {
        syncing = true;
        try {
            list.getItems().setAll(results);
            list.getSelectionModel().select(model.shownProperty().get());
        } finally {
            syncing = false;
        }
    }

    private void show(GlossaryEntry entry) {
        syncing = true;
        try {
            list.getSelectionModel().select(entry);
            list.scrollTo(entry);
        } finally {
            syncing = false;
        }
        term.setText(entry.term());
        text.setText(entry.text());
        Palette palette = Palette.of(appearance.themeProperty().get());
        double scale = appearance.textScaleProperty().get();
        formula.setVisible(entry.formulaTex().isPresent());
        formula.setManaged(formula.isVisible());
        entry.formulaTex().ifPresent(tex -> {
            formulaSize = Typeset.show(formula, List.of(Typeset.icon(tex, FORMULA_SIZE * scale)), 0,
                    Palette.awt(palette.foreground()));
            fitFormula();
        });
        see.getChildren().clear();
        for (String id : entry.see()) {
            Hyperlink link = new Hyperlink(model.termOf(id));
            link.setOnAction(event -> model.open(id));
            see.getChildren().add(link);
        }
    }

    /** Shows the formula at its typeset size, or smaller to fit the entry's column when that is narrower. */
    private void fitFormula() {
        double room = scroll.getViewportBounds().getWidth() - page.snappedLeftInset() - page.snappedRightInset();
        double shrink = room > 0 && formulaSize.getWidth() > room ? room / formulaSize.getWidth() : 1;
        formula.setFitWidth(formulaSize.getWidth() * shrink);
        formula.setFitHeight(formulaSize.getHeight() * shrink);
    }
}
