package org.agenticrl.app.glossary;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The glossary's entries in their reading order, read from a JSON file ({@code glossary.json} beside this class for the
 * app's own) and checked: every entry has an id, a term and a text, ids are unique, and every "see" names an entry.
 */
public final class Glossary {
    private static final String BUILT_IN = "glossary.json";

    private final Map<String, GlossaryEntry> entries = new LinkedHashMap<>();

    private record File(List<GlossaryEntry> entries) {
    }

    private Glossary(List<GlossaryEntry> list) {
        for (GlossaryEntry entry : list) {
            require(entry.id(), "an entry without an id");
            require(entry.term(), "entry '" + entry.id() + "' has no term");
            require(entry.text(), "entry '" + entry.id() + "' has no text");
            if (entries.putIfAbsent(entry.id(), entry) != null) {
                throw new IllegalArgumentException("entry '" + entry.id() + "' is given twice");
            }
        }
        Set<String> ids = new HashSet<>(entries.keySet());
        for (GlossaryEntry entry : list) {
            for (String other : entry.see()) {
                if (!ids.contains(other)) {
                    throw new IllegalArgumentException("entry '" + entry.id() + "' refers to '" + other
                            + "', which is not an entry");
                }
            }
        }
    }

    /** The app's own glossary. */
    public static Glossary builtIn() {
        try (InputStream in = Glossary.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the class path");
            }
            return read(in);
        } catch (IOException problem) {
            throw new UncheckedIOException(problem);
        }
    }

    /**
     * Reads a glossary: {@code {"entries": [{"id", "term", "aliases"?, "formula"?, "text", "see"?}, ...]}}.
     *
     * @throws IOException if the JSON is malformed or has unknown fields
     * @throws IllegalArgumentException if an entry lacks an id, term or text, an id repeats or a "see" names no entry
     */
    public static Glossary read(InputStream json) throws IOException {
        ObjectMapper mapper = new ObjectMapper()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        return new Glossary(mapper.readValue(json, File.class).entries());
    }

    public List<GlossaryEntry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<GlossaryEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    private static void require(String value, String problem) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(problem);
        }
    }
}
