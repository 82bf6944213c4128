package org.agenticrl.engine.session;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agenticrl.engine.scenario.ScenarioException;
import org.agenticrl.engine.scenario.StrictJson;

/**
 * Reads, checks and writes session files. Reading is strict (as for scenario files) and every problem becomes a
 * {@link SessionException} with the file, the field path and the reason; nothing else escapes. Writing is atomic
 * ({@link AtomicWrite}). Thread-safe.
 */
public final class SessionFiles {
    /** The extension of session files. */
    public static final String EXTENSION = ".arl";
    /** Larger files are refused before they are read: a session with four long pins and a sweep is a few MB. */
    public static final long MAX_BYTES = 64L << 20;

    private static final ObjectMapper MAPPER = StrictJson.mapper(MAX_BYTES);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SessionFiles() {
    }

    /** The session's JSON text. */
    public static String toJson(SessionDocument document) {
        try {
            return MAPPER.writeValueAsString(SessionWriter.toFile(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session could not be written as JSON", e);
        }
    }

    /** Writes the session to the file atomically: the file is then either the old one or the new one. */
    public static void save(SessionDocument document, Path file) throws IOException {
        AtomicWrite.write(file, toJson(document).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads and checks a session file. */
    public static SessionDocument load(Path file) throws SessionException {
        return parse(readText(file), file.toString());
    }

    /** The text of a file of at most {@link #MAX_BYTES}, or why it cannot be read. */
    public static String readText(Path file) throws SessionException {
        String source = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new SessionException(source, "", "is a directory, not a session file");
            }
            if (!Files.isRegularFile(file)) {
                throw new SessionException(source, "", Files.exists(file) ? "is not a regular file" : "no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SessionException(source, "", "the file is " + size + " bytes; session files are at most "
                        + MAX_BYTES + " bytes");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new SessionException(source, "", "is not UTF-8 text");
        } catch (IOException e) {
            throw new SessionException(source, "", "cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Parses and checks a session's JSON text; a leading byte-order mark is skipped. */
    public static SessionDocument parse(String json, String source) throws SessionException {
        String text = !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
        if (text.isBlank()) {
            throw new SessionException(source, "", "the file is empty");
        }
        SessionFile file;
        try (JsonParser parser = MAPPER.createParser(text)) {
            try {
                file = MAPPER.readValue(parser, SessionFile.class);
            } catch (JsonProcessingException e) {
                ScenarioException problem = StrictJson.translate(e, source, "session");
                throw new SessionException(source, problem.path(), problem.reason());
            }
        } catch (IOException e) {
            throw new SessionException(source, "", "cannot read the text (" + e.getClass().getSimpleName() + ")");
        }
        if (file == null) {
            throw new SessionException(source, "", "must hold one JSON object, the session");
        }
        return new SessionReader(source).read(file);
    }

    /**
     * Whether a file's text is a session rather than a scenario: a JSON object whose {@code format} is
     * {@value SessionFile#FORMAT}, or, for text that is not JSON, a name ending in {@value #EXTENSION} (so that a
     * broken session is reported as one).
     */
    public static boolean isSession(String text, Path file) {
        try {
            JsonNode tree = new ObjectMapper().readTree(text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text
                    : text.substring(1));
            if (tree != null && tree.isObject()) {
                return SessionFile.FORMAT.equals(tree.path("format").asText(null)) || tree.has("schemaVersion")
                        && !tree.has("vocabulary") && file.getFileName().toString().endsWith(EXTENSION);
            }
        } catch (JsonProcessingException e) {
            // not JSON: decided by the name below
        }
        return file.getFileName() != null && file.getFileName().toString().endsWith(EXTENSION);
    }
}
