package org.agenticrl.engine.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads scenarios from JSON files and from the built-in resources, and writes them back. Every problem, from an
 * unreadable file to a token missing from the vocabulary, becomes a {@link ScenarioException} that names the file, the
 * field path and the reason; nothing else escapes. The JSON is read strictly: a value is never converted to another
 * type (the text "1" is not a number, the number 1 is not text), a field given twice is refused, and so is anything
 * that is not standard JSON (comments, NaN, single quotes); a leading UTF-8 byte-order mark is skipped. Thread-safe.
 */
public final class ScenarioLoader {
    /** Scenario files larger than this are refused before they are parsed. */
    public static final long MAX_BYTES = 1 << 20;
    /** The built-in scenarios, in menu order; the first is the default. */
    public static final List<String> BUILT_IN = List.of("seed-calculator", "search-capital", "weather", "stock-pe",
            "traditional-vs-agentic");

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final ObjectMapper MAPPER = StrictJson.mapper(MAX_BYTES);

    private ScenarioLoader() {
    }

    /** The default scenario, the seed notebook's own system. */
    public static Scenario seed() {
        try {
            return builtIn(BUILT_IN.get(0));
        } catch (ScenarioException e) {
            throw new IllegalStateException("the built-in seed scenario is broken: " + e.getMessage(), e);
        }
    }

    /** @throws ScenarioException when the id names no built-in scenario (listing them) or the resource is broken */
    public static Scenario builtIn(String id) throws ScenarioException {
        if (!BUILT_IN.contains(id)) {
            throw new ScenarioException(id, "", "no built-in scenario has this id; built in: " + String.join(", ", BUILT_IN));
        }
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(id + ".json")) {
            if (in == null) {
                throw new ScenarioException(id, "", "the built-in resource is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + id);
        } catch (IOException e) {
            throw new ScenarioException(id, "", "cannot read the built-in resource: " + e.getMessage());
        }
    }

    /**
     * A built-in id, or else a path to a scenario file.
     *
     * @throws ScenarioException as {@link #builtIn} or {@link #load(Path)}
     */
    public static Scenario resolve(String idOrPath) throws ScenarioException {
        if (BUILT_IN.contains(idOrPath)) {
            return builtIn(idOrPath);
        }
        Path path;
        try {
            path = Path.of(idOrPath);
        } catch (RuntimeException e) {
            throw new ScenarioException(idOrPath, "", "is neither a built-in scenario (" + String.join(", ", BUILT_IN)
                    + ") nor a usable file path");
        }
        if (!Files.exists(path) && !idOrPath.contains("/") && !idOrPath.endsWith(".json")) {
            throw new ScenarioException(idOrPath, "", "is neither a built-in scenario (" + String.join(", ", BUILT_IN)
                    + ") nor an existing file");
        }
        return load(path);
    }

    /**
     * A user's scenario file. Its id must not be a built-in scenario's, so that the built-in stays reachable by its id.
     *
     * @throws ScenarioException when the file is missing, a directory, unreadable, too large, not JSON, not a valid
     *                           scenario or takes a built-in scenario's id
     */
    public static Scenario load(Path file) throws ScenarioException {
        String source = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(source, "", "is a directory, not a scenario file");
            }
            if (!Files.isRegularFile(file)) {
                throw new ScenarioException(source, "", Files.exists(file) ? "is not a regular file" : "no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScenarioException(source, "", "the file is " + size + " bytes; scenario files are at most "
                        + MAX_BYTES + " bytes");
            }
            Scenario scenario = parse(Files.readString(file, StandardCharsets.UTF_8), source);
            if (BUILT_IN.contains(scenario.id())) {
                throw new ScenarioException(source, "id", "'" + scenario.id() + "' is a built-in scenario's id; give "
                        + "your scenario its own id");
            }
            return scenario;
        } catch (CharacterCodingException e) {
            throw new ScenarioException(source, "", "is not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(source, "", "cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Parses and validates JSON text; a leading byte-order mark (as Windows Notepad writes) is skipped. Any id is
     * accepted here, a built-in's too.
     */
    public static Scenario parse(String json, String source) throws ScenarioException {
        if (json.length() > MAX_BYTES) {
            throw new ScenarioException(source, "", "the text is longer than " + MAX_BYTES + " characters");
        }
        String text = !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
        if (text.isBlank()) {
            throw new ScenarioException(source, "", "the file is empty");
        }
        return ScenarioValidator.validate(read(text, source), source);
    }

    /** The file's fields; the parser stays open while its error is translated, which quotes the value it was reading. */
    private static ScenarioFile read(String text, String source) throws ScenarioException {
        try (JsonParser parser = MAPPER.createParser(text)) {
            try {
                return MAPPER.readValue(parser, ScenarioFile.class);
            } catch (JsonProcessingException e) {
                throw JsonProblems.translate(e, source);
            }
        } catch (IOException e) {
            throw new ScenarioException(source, "", "cannot read the text (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The JSON text of a scenario file, indented; {@link #parse} reads it back to an equal file. */
    public static String toJson(ScenarioFile file) {
        try {
            return MAPPER.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario file could not be written as JSON", e);
        }
    }

    /** Writes the scenario's file to a path. */
    public static void save(Scenario scenario, Path file) throws IOException {
        Files.writeString(file, toJson(scenario.source()), StandardCharsets.UTF_8);
    }
}
