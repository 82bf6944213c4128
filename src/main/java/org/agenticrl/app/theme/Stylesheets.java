package org.agenticrl.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;

/** Keeps a scene's look in step with the appearance model: AtlantaFX base theme, our colours, the text scale. */
public final class Stylesheets {
    private static final double BASE_FONT = 14;

    private Stylesheets() {
    }

    public static void bind(Scene scene, AppearanceModel appearance) {
        Runnable apply = () -> apply(scene, appearance.themeProperty().get(), appearance.textScaleProperty().get());
        appearance.themeProperty().addListener((o, before, after) -> apply.run());
        appearance.textScaleProperty().addListener((o, before, after) -> apply.run());
        apply.run();
    }

    private static void apply(Scene scene, Theme theme, double scale) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().setAll(
                resource("app.css"), resource(theme == Theme.DARK ? "dark.css" : "light.css"));
        scene.getRoot().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * scale));
        // Style the window now, not at the next pulse: an open tooltip looks its colours up through the node it
        // belongs to, and if its popup is styled first it finds none (ClassCastException warnings for '-fx-effect'
        // in '*.tooltip', and a tooltip without the theme's colours).
        scene.getRoot().applyCss();
    }

    private static String resource(String name) {
        return Stylesheets.class.getResource("/org/agenticrl/app/" + name).toExternalForm();
    }
}
