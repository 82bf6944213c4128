package org.agenticrl.app.shell;

import javafx.geometry.Pos;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.app.theme.Stylesheets;

/**
 * What the window shows while the Episode tab is built: the app's name, a line saying what is being done and a bar
 * of how far it has got, in the theme's colours and at the text scale the window will have. Made of shapes and
 * panes only, no controls and no stylesheet, so that it reaches the screen before any of the app's styling is read.
 */
public final class StartupScreen extends StackPane {
    private static final double BAR_WIDTH = 24;
    private final Text line = new Text();
    private final Region done = new Region();

    public StartupScreen(Palette palette, double textScale) {
        double size = Stylesheets.BASE_FONT * textScale;
        Text name = new Text(SessionFileModel.APP_TITLE);
        name.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 2 * size));
        name.setFill(Color.web(palette.foreground()));
        line.setFont(Font.font(size));
        line.setFill(Color.web(palette.muted()));
        Pane track = new Pane(done);
        track.setBackground(Background.fill(Color.web(palette.border())));
        track.setMaxSize(BAR_WIDTH * size, size / 4);
        track.setMinSize(BAR_WIDTH * size, size / 4);
        done.setBackground(Background.fill(Color.web(palette.current())));
        done.setPrefHeight(size / 4);
        VBox content = new VBox(size, name, line, track);
        content.setAlignment(Pos.CENTER);
        getChildren().add(content);
        setBackground(Background.fill(Color.web(palette.pane())));
    }

    /**
     * Says what is being done now and how far the start has got.
     *
     * @param fraction 0 to 1
     */
    public void show(String doing, double fraction) {
        line.setText(doing);
        done.setPrefWidth(BAR_WIDTH * line.getFont().getSize() * Math.max(0, Math.min(1, fraction)));
    }

    /** The line shown now (for tests). */
    public String doing() {
        return line.getText();
    }
}
