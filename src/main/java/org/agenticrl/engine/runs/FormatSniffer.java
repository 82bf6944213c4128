package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Recognises a file's run format by its content, never its name: a zip with a header.json or samples/ (inspect_ai's
 * .eval), a Parquet file with step, prompt and completion columns (TRL), a first line that is a JSON object, or
 * else a JSON document, with the fields of verl, this app's lines, rLLM, inspect_ai or this app's episode export. Anything
 * unreadable is simply not recognised.
 */
final class FormatSniffer implements AutoCloseable {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PARQUET = {'P', 'A', 'R', '1'};
    private static final int FIRST_LINE_LIMIT = 1 << 16;

    private DuckDb db;

    Optional<RunFormat> sniff(Path file) {
        try {
            byte[] head = head(file, FIRST_LINE_LIMIT);
            if (startsWith(head, ZIP)) {
                return isInspectArchive(file) ? Optional.of(RunFormat.INSPECT) : Optional.empty();
            }
            if (startsWith(head, PARQUET)) {
                return isTrlParquet(file) ? Optional.of(RunFormat.TRL) : Optional.empty();
            }
            return textFormat(file, head);
        } catch (IOException | RunException e) {
            return Optional.empty();
        }
    }

    /** The first line when it is a whole JSON object (a JSON-lines file), otherwise the whole document's first value. */
    private static Optional<RunFormat> textFormat(Path file, byte[] head) throws IOException {
        int end = 0;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        if (end < head.length) {
            try {
                JsonNode line = Json.MAPPER.readTree(new String(head, 0, end, StandardCharsets.UTF_8));
                if (line != null && line.isObject()) {
                    return classify(line);
                }
            } catch (IOException e) {
                // not one object on one line: perhaps an indented document
            }
        }
        if (Files.size(file) > Json.MAX_DOCUMENT_BYTES) {
            return Optional.empty();
        }
        JsonNode document = Json.MAPPER.readTree(file.toFile());
        return document != null && document.isObject() ? classify(document) : Optional.empty();
    }

    private static Optional<RunFormat> classify(JsonNode object) {
        if (RllmEpisodes.isCompanion(object)) {
            return Optional.of(RunFormat.RLLM_COMPANION);
        }
        if (object.has("input") && object.has("output") && object.has("score")) {
            return Optional.of(RunFormat.VERL);
        }
        if (object.has("step") && object.has("reward") && (object.has("prompt") || object.has("steps"))) {
            return Optional.of(RunFormat.AGENTIC_JSONL);
        }
        if (RllmEpisodes.recognises(object)) {
            return Optional.of(RunFormat.RLLM);
        }
        if (InspectLog.recognises(object)) {
            return Optional.of(RunFormat.INSPECT);
        }
        return AppEpisodes.recognises(object) ? Optional.of(RunFormat.APP_EPISODE) : Optional.empty();
    }

    /**
     * A zip whose first entry, or failing that any entry of its central directory, is inspect_ai's: header.json,
     * samples/ or _journal/. The first local entry is looked at first: a log of gigabytes has a central directory of
     * hundreds of thousands of entries, read once, by its reader. A zip whose central directory is gone is so
     * recognised too (its reader then reports the damage).
     */
    private static boolean isInspectArchive(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ZipArchiveInputStream zip = new ZipArchiveInputStream(in)) {
            ZipArchiveEntry first = zip.getNextEntry();
            if (first != null && isInspectEntry(first.getName())) {
                return true;
            }
        } catch (IOException e) {
            // not readable in order: perhaps its central directory says more
        }
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            return Collections.list(zip.getEntries()).stream().anyMatch(e -> isInspectEntry(e.getName()));
        }
    }

    private static boolean isInspectEntry(String name) {
        return name.equals("header.json") || name.startsWith("samples/") || name.startsWith("_journal/");
    }

    private boolean isTrlParquet(Path file) throws RunException {
        if (db == null) {
            db = new DuckDb();
        }
        try {
            Map<String, String> columns = db.describe("SELECT * FROM read_parquet(" + DuckDb.literal(file.toString()) + ")");
            return columns.containsKey("step") && columns.containsKey("prompt") && columns.containsKey("completion");
        } catch (SQLException e) {
            return false;
        }
    }

    private static byte[] head(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public void close() {
        if (db != null) {
            db.close();
        }
    }
}
