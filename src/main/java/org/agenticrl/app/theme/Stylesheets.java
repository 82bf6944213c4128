package org.agenticrl.app.theme;

import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Keeps a scene's look in step with the appearance model: the AtlantaFX base theme, app.css for layout and
 * components, and on the root the text scale and the theme's {@link Palette} as looked-up colours, so that every
 * colour is written in one place (as AtlantaFX's own ThemeManager does with its named colours).
 */
public final class Stylesheets {
    /** The size of normal text, in pixels, at a text scale of 1. */
    public static final double BASE_FONT = 14;

    private Stylesheets() {
    }

    public static void bind(Scene scene, AppearanceModel appearance) {
        Runnable apply = () -> apply(scene, appearance.themeProperty().get(), appearance.textScaleProperty().get());
        appearance.themeProperty().addListener((o, before, after) -> apply.run());
        appearance.textScaleProperty().addListener((o, before, after) -> apply.run());
        scene.getStylesheets().setAll(Stylesheets.class.getResource("/org/agenticrl/app/app.css").toExternalForm());
        apply.run();
    }

    /**
     * Makes the theme's AtlantaFX stylesheet the application's. Done before the first control is made, it also spares
     * JavaFX reading its own default stylesheet (Modena), which a control's class otherwise loads.
     */
    public static void useTheme(Theme theme) {
        Application.setUserAgentStylesheet(BinaryStylesheets.userAgentStylesheet(theme));
    }

    private static void apply(Scene scene, Theme theme, double scale) {
        useTheme(theme);
        scene.getRoot().setStyle(rootStyle(Palette.of(theme), scale));
        // Style the window now, not at the next pulse: an open tooltip looks its colours up through the node it
        // belongs to, and if its popup is styled first it finds none (ClassCastException warnings for '-fx-effect'
        // in '*.tooltip', and a tooltip without the theme's colours).
        scene.getRoot().applyCss();
    }

    /** "-fx-font-size: 14.0px; -agent-pane: #f6f8fa; …": the text scale and every colour of the palette. */
    static String rootStyle(Palette palette, double scale) {
        return Css.fontSize(BASE_FONT * scale, 1) + " "
                + palette.lookedUpColours().entrySet().stream().map(colour -> colour.getKey() + ": " + colour.getValue() + ";")
                .collect(Collectors.joining(" "));
    }
}
