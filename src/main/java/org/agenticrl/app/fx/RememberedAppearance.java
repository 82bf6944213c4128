package org.agenticrl.app.fx;

import java.util.function.Consumer;
import java.util.prefs.Preferences;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Theme;

/** Keeps the theme and text scale in the user's preferences, so the app opens the way it was left. */
public final class RememberedAppearance {
    /** The key of the remembered theme. */
    public static final String THEME = "appearance.theme";
    private static final String SCALE = "appearance.textScale";

    private final Preferences preferences;

    public RememberedAppearance(Preferences preferences) {
        this.preferences = preferences;
    }

    /**
     * An appearance model with the remembered values, saving every later change.
     *
     * @param forThisRun changes for this run only (the command line's --theme, --text-scale), applied before saving
     *                   starts, so that they are not remembered
     */
    public AppearanceModel load(Consumer<AppearanceModel> forThisRun) {
        AppearanceModel appearance = new AppearanceModel();
        String theme = preferences.get(THEME, Theme.LIGHT.name());
        appearance.themeProperty().set(Theme.DARK.name().equals(theme) ? Theme.DARK : Theme.LIGHT);
        double scale = preferences.getDouble(SCALE, 1.0);
        if (scale >= AppearanceModel.MIN_SCALE && scale <= AppearanceModel.MAX_SCALE) {
            appearance.textScaleProperty().set(scale);
        }
        forThisRun.accept(appearance);
        appearance.themeProperty().addListener((o, before, after) -> preferences.put(THEME, after.name()));
        appearance.textScaleProperty().addListener((o, before, after) -> preferences.putDouble(SCALE, after.doubleValue()));
        return appearance;
    }
}
