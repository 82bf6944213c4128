package org.agenticrl.app.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.agenticrl.engine.session.SessionDocument;
import org.agenticrl.engine.session.SessionFiles;

/**
 * Where the recovery copy of unsaved changes is kept: one session file, {@value #NAME}, in a per-user folder
 * ({@link #defaultFolder()}; tests give a folder of their own). It is written atomically, so a crash while writing it
 * leaves the previous copy. One copy per user: a second window open at the same time shares it.
 */
public final class RecoveryCopies {
    static final String NAME = "recovery" + SessionFiles.EXTENSION;

    private final Path folder;

    /** @param folder the folder the copy goes in; created when the first copy is written; null keeps no copies */
    public RecoveryCopies(Path folder) {
        this.folder = folder;
    }

    /** {@code ~/.agentic-rl/recovery}, beside the user's other settings (which java.util.prefs keeps). */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".agentic-rl", "recovery");
    }

    /** Keeps no copies (the benchmark and the screenshot tour, which must not touch the user's folder). */
    public static RecoveryCopies none() {
        return new RecoveryCopies(null);
    }

    /** Replaces the copy with this state. */
    public void write(SessionDocument document) throws IOException {
        if (folder != null) {
            Files.createDirectories(folder);
            SessionFiles.save(document, folder.resolve(NAME));
        }
    }

    /** The copy left by a run that did not close cleanly, if there is one. */
    public Optional<Path> find() {
        return folder == null || !Files.isRegularFile(folder.resolve(NAME)) ? Optional.empty()
                : Optional.of(folder.resolve(NAME));
    }

    /** Removes the copy (after a clean close, a save, or when the user discards it). */
    public void delete() throws IOException {
        if (folder != null) {
            Files.deleteIfExists(folder.resolve(NAME));
        }
    }
}
