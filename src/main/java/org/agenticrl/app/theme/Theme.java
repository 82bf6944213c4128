package org.agenticrl.app.theme;

/** The two looks of the app: light for desks and bright rooms, dark with high contrast for projectors. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark, high contrast");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
