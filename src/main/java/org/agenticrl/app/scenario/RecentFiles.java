package org.agenticrl.app.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/** The scenario files opened lately, most recent first, remembered between runs in the user's preferences. */
public final class RecentFiles {
    public static final int LIMIT = 8;
    private static final String KEY = "recent.";

    private final Preferences preferences;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    /** @param preferences where the list is kept (the app's user node; a throwaway node in tests; none: nowhere) */
    public RecentFiles(@Nullable Preferences preferences) {
        this.preferences = preferences;
        for (int i = 0; preferences != null && i < LIMIT; i++) {
            String value = preferences.get(KEY + i, null);
            if (value != null && !value.isBlank()) {
                files.add(Path.of(value));
            }
        }
    }

    /** A list that starts empty and is kept nowhere: for a window that must leave no trace, such as the lesson frames. */
    public static RecentFiles keptNowhere() {
        return new RecentFiles(null);
    }

    /** The files, most recent first (read-only). */
    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    /** Puts a file at the top of the list and saves the list. */
    public void remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        files.setAll(next.subList(0, Math.min(LIMIT, next.size())));
        for (int i = 0; preferences != null && i < LIMIT; i++) {
            if (i < files.size()) {
                preferences.put(KEY + i, files.get(i).toString());
            } else {
                preferences.remove(KEY + i);
            }
        }
    }
}
