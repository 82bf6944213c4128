package org.agenticrl.app.shell;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app's icon on a window: the PNGs that {@code packaging/render-icons.sh} renders from {@code assets/icon.svg},
 * at every size a window manager asks for (a title bar's 16 px to a task switcher's 256 px), so that none has to
 * scale one up.
 */
public final class AppIcon {
    /** The sizes in pixels, each a square {@code /org/agenticrl/app/icon-N.png} on the class path. */
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    /** Gives the stage every size of the icon. */
    public static void setOn(Stage stage) {
        stage.getIcons().setAll(SIZES.stream()
                .map(size -> new Image(AppIcon.class.getResource("/org/agenticrl/app/icon-" + size + ".png")
                        .toExternalForm()))
                .toList());
    }
}
