package org.agenticrl.app.runs;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.agenticrl.app.controls.Styles;

/** While a run is being opened: what is being done, a progress bar (moving when the share cannot be told) and Cancel. */
public final class RunOpeningBar extends HBox {
    public RunOpeningBar(RunModel runs) {
        super(10);
        setId("run-opening");
        getStyleClass().add(Styles.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.setId("run-opening-text");
        text.textProperty().bind(runs.progressTextProperty());
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(220);
        progress.progressProperty().bind(runs.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("run-opening-cancel");
        cancel.setOnAction(event -> runs.cancelOpening());
        getChildren().addAll(text, progress, cancel);
        Styles.showWhen(this, runs.openingProperty());
    }
}
