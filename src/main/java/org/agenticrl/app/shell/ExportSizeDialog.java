package org.agenticrl.app.shell;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.chart.SlideSizeModel;
import org.agenticrl.app.common.NumberInput;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Stylesheets;

/**
 * The step of a chart's export that chooses its size: the chart's name and the title it will carry on the slide, a
 * width and a height (the last size taken, 1600 × 900 at first), a few common sizes, and Choose file… or Cancel.
 * A bad size is refused with its reason beside it and the dialog stays; Cancel or Escape forgets what was typed. It
 * binds to a {@link SlideSizeModel}, which checks and keeps the size. Made once, shown again for each export; it does
 * not block the caller (the answer comes through a callback). Use on the FX thread.
 */
final class ExportSizeDialog {
    private static final int[][] PRESETS = {{1600, 900}, {1920, 1080}, {1280, 960}, {1080, 1080}};

    private final SlideSizeModel size;
    private final Stage stage = new Stage();
    private final Label heading = Labels.title("");
    private final Label slideTitle = new Label();
    private Runnable onAccept = () -> { };

    ExportSizeDialog(SlideSizeModel size, AppearanceModel appearance) {
        this.size = size;
        slideTitle.setId("export-slide-title");
        slideTitle.setWrapText(true);
        slideTitle.setMinHeight(Region.USE_PREF_SIZE);
        Label titleNote = Labels.subtitle("Its title on the slide:");
        HBox fields = new HBox(8, new Label("Size"), field(size.width(), "export-width"), new Label("\u00d7"),
                field(size.height(), "export-height"), new Label("pixels"));
        fields.setAlignment(Pos.CENTER_LEFT);
        FlowPane presets = new FlowPane(8, 6);
        for (int[] preset : PRESETS) {
            Button choose = new Button(preset[0] + " \u00d7 " + preset[1]);
            choose.setOnAction(event -> size.type(preset[0], preset[1]));
            presets.getChildren().add(choose);
        }
        Button cancel = new Button("Cancel");
        cancel.setId("export-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> cancel());
        Button accept = new Button("Choose file\u2026");
        accept.setId("export-choose-file");
        accept.setDefaultButton(true);
        accept.setOnAction(event -> accept());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, cancel, accept);
        VBox content = new VBox(heading, titleNote, slideTitle, fields, error(size.width()), error(size.height()),
                Labels.subtitle("Common sizes: a 16:9 slide, full HD, a 4:3 slide, a square."), presets, buttons);
        content.setId("export-dialog");
        content.getStyleClass().add(Styles.EXPORT_DIALOG);
        Scene scene = new Scene(content);
        Stylesheets.bind(scene, appearance);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                cancel();
                event.consume();
            }
        });
        stage.setScene(scene);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setResizable(false);
        stage.setOnCloseRequest(event -> size.revert());
    }

    private static TextField field(NumberInput input, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        field.getStyleClass().add(Styles.MONO);
        field.textProperty().bindBidirectional(input.textProperty());
        input.invalid().addListener((o, was, invalid) -> field.pseudoClassStateChanged(Styles.INVALID, invalid));
        return field;
    }

    private static Label error(NumberInput input) {
        Label error = new Label();
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(input.problemProperty());
        Styles.showWhen(error, input.invalid());
        return error;
    }

    /**
     * Asks the size to export a chart at; once a good size is taken, the dialog closes and the action runs.
     *
     * @param format what the chart is exported as, e.g. "PNG"
     */
    void ask(ChartView chart, String format, Window owner, Runnable accepted) {
        onAccept = accepted;
        size.revert();
        stage.setTitle("Export a chart as " + format);
        heading.setText("Export \u201c" + chart.name() + "\u201d as " + format);
        slideTitle.setText(chart.slideTitle());
        if (stage.getOwner() == null && owner != null) {
            stage.initOwner(owner);
        }
        stage.show();
        stage.sizeToScene();
        stage.toFront();
    }

    /** Whether the dialog is asking. */
    boolean isShowing() {
        return stage.isShowing();
    }

    private void accept() {
        if (size.accept()) {
            stage.hide();
            onAccept.run();
        }
    }

    private void cancel() {
        size.revert();
        stage.hide();
    }
}
