package org.agenticrl.engine.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a newline-delimited JSON file line by line: each line is decoded as strict UTF-8 and parsed as one JSON object,
 * and a line that is not is reported with its number and why. A last line without its newline is still being written
 * when following a run (it is passed over silently) and truncated otherwise.
 */
final class LineScanner {
    /** Receives each line that is a JSON object, with its 1-based number. */
    interface LineHandler {
        void line(long number, JsonNode object);
    }

    private LineScanner() {
    }

    /** Scans the file; returns false if it could not be read at all (reported too). */
    static boolean scan(Path file, boolean following, SkipReport report, LineHandler handler) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 0;
            boolean tooLong = false;
            int b;
            while ((b = in.read()) != -1) {
                if (b != '\n') {
                    if (line.size() < Json.MAX_DOCUMENT_BYTES) {
                        line.write(b);
                    } else {
                        tooLong = true;
                    }
                    continue;
                }
                number++;
                handle(file, number, line, tooLong, report, handler);
                line.reset();
                tooLong = false;
            }
            if (line.size() > 0 && !following && !isBlank(line.toByteArray())) {
                report.add(new Skipped(file.toString(), number + 1, "truncated line",
                        "the file ends inside this line (" + line.size() + " bytes, no newline)"));
            }
            return true;
        } catch (IOException e) {
            report.add(new Skipped(file.toString(), 0, "unreadable file", String.valueOf(e.getMessage())));
            return false;
        }
    }

    private static void handle(Path file, long number, ByteArrayOutputStream line, boolean tooLong, SkipReport report,
                               LineHandler handler) {
        byte[] bytes = line.toByteArray();
        if (isBlank(bytes)) {
            return;
        }
        String where = file.toString();
        if (tooLong) {
            report.add(new Skipped(where, number, "line too long",
                    "longer than " + (Json.MAX_DOCUMENT_BYTES >> 20) + " MB"));
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            report.add(new Skipped(where, number, "not UTF-8", "the line has bytes that are not UTF-8 text"));
            return;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                report.add(new Skipped(where, number, "not a JSON object", abbreviate(text)));
            } else {
                handler.line(number, node);
            }
        } catch (JsonProcessingException e) {
            report.add(new Skipped(where, number, "not JSON", e.getOriginalMessage()));
        }
    }

    /** Counts the lines of the file that are not blank, a last one without its newline only when not following. */
    static long countLines(Path file, boolean following) throws IOException {
        long count = 0;
        boolean content = false;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            int read;
            while ((read = in.read(buffer)) != -1) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        count += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\r' && b != '\t') {
                        content = true;
                    }
                }
            }
        }
        return count + (content && !following ? 1 : 0);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
