package org.agenticrl.app.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agenticrl.engine.session.SessionDocument;
import org.agenticrl.engine.session.SessionException;
import org.agenticrl.engine.session.SessionFiles;

/**
 * The lessons that come with the app: session files with a lesson among the resources
 * ({@code /org/agenticrl/app/lesson/ID.arl}), each written from the seed material and measured in the app.
 */
public final class BuiltInLessons {
    /** A built-in lesson: the id of its resource and the title the Lessons menu shows (the file's lesson title). */
    public record Entry(String id, String title) {
    }

    public static final List<Entry> ALL = List.of(
            new Entry("seed-notebook", "The seed notebook, section 4"),
            new Entry("traditional-vs-agentic", "Traditional vs agentic"),
            new Entry("reward-hacking", "Reward hacking"),
            new Entry("toy-to-real-run", "From the toy to a real run"));

    private BuiltInLessons() {
    }

    /**
     * Reads and checks a built-in lesson's session. Any thread.
     *
     * @throws SessionException if the resource is missing or does not read (a bug of the build, reported like a file)
     */
    public static SessionDocument load(String id) throws SessionException {
        String source = "built-in lesson " + id;
        try (InputStream in = BuiltInLessons.class.getResourceAsStream(id + SessionFiles.EXTENSION)) {
            if (in == null) {
                throw new SessionException(source, "", "is not among the app's resources");
            }
            return SessionFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new SessionException(source, "", "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
