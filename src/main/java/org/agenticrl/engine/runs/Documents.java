package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.input.CloseShieldInputStream;

/**
 * Whole JSON documents of a run, from a file or a zip entry: one object each, or a reason reported with where it
 * came from (a file, or {@code file!entry}). Zip entries are read by commons-compress, whatever their compression
 * (stored, deflated, Zstandard through zstd-jni); an entry compressed in a way it cannot read is reported as such.
 */
final class Documents {
    private static final byte[] ZIP = {'P', 'K'};

    /** Something that opens a stream, which may fail. */
    interface Source {
        InputStream open() throws IOException;
    }

    private Documents() {
    }

    /** Whether the file starts as a zip does. */
    static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && magic[0] == ZIP[0] && magic[1] == ZIP[1];
        } catch (IOException e) {
            return false;
        }
    }

    /** The document read from the source, or empty with the reason reported against origin. */
    static Optional<JsonNode> read(String origin, Source source, SkipReport skipped) {
        try (InputStream in = source.open()) {
            JsonNode document = Json.MAPPER.readTree(in);
            if (document != null && document.isObject()) {
                return Optional.of(document);
            }
            skipped.add(new Skipped(origin, 0, "not a JSON object", "the document is not a JSON object"));
        } catch (IOException | RuntimeException e) {
            skipped.add(new Skipped(origin, 0, "not JSON", String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    /** A zip entry's document; a truncated or unreadable entry is reported as "unreadable entry". */
    static Optional<JsonNode> entry(ZipFile zip, ZipArchiveEntry entry, String origin, SkipReport skipped) {
        if (!zip.canReadEntryData(entry)) {
            skipped.add(new Skipped(origin, 0, "unreadable entry", "compression method " + entry.getMethod()
                    + " is not one this app reads"));
            return Optional.empty();
        }
        SkipReport why = new SkipReport();
        Optional<JsonNode> document = read(origin, () -> zip.getInputStream(entry), why);
        why.cases().forEach(problem -> skipped.add(new Skipped(origin, 0, problem.reason().equals("not JSON")
                ? "unreadable entry" : problem.reason(), problem.detail())));
        return document;
    }

    /** The stream of the current entry of a zip read in order, which reading a document must not close. */
    static InputStream unclosed(InputStream entry) {
        return CloseShieldInputStream.wrap(entry);
    }
}
