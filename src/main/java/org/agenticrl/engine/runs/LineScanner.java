package org.agenticrl.engine.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reads a newline-delimited JSON file line by line: each line is decoded as strict UTF-8 and parsed as one JSON object,
 * and a line that is not is reported with its number and why. A last line without its newline counts when it is a
 * whole object; otherwise it is still being written when following a run (passed over silently) and truncated if not.
 */
final class LineScanner {
    /** Receives each line that is a JSON object, with its 1-based number, its byte offset and length in the file. */
    interface LineHandler {
        void line(long number, long offset, int length, JsonNode object);
    }

    private LineScanner() {
    }

    /** Scans the file; returns false if it could not be read at all (reported too). */
    static boolean scan(Path file, boolean following, SkipReport report, LineHandler handler) {
        String where = file.toString();
        try {
            LineReader.read(file, new LineReader.LineVisitor() {
                @Override
                public void line(long number, long offset, byte[] bytes, int from, int length, boolean unterminated) {
                    SkipReport lineReport = unterminated ? new SkipReport() : report;
                    JsonNode object = parse(bytes, from, length, where, number, lineReport);
                    if (object != null) {
                        handler.line(number, offset, length, object);
                    } else if (unterminated && lineReport.total() > 0 && !following) {
                        report.add(new Skipped(where, number, "truncated line",
                                "the file ends inside this line (" + length + " bytes, no newline)"));
                    }
                }

                @Override
                public void tooLong(long number, long offset) {
                    report.add(new Skipped(where, number, "line too long",
                            "longer than " + (Json.MAX_DOCUMENT_BYTES >> 20) + " MB"));
                }
            });
            return true;
        } catch (IOException e) {
            report.add(new Skipped(where, 0, "unreadable file", String.valueOf(e.getMessage())));
            return false;
        }
    }

    /** One line's JSON object; none for a blank line, or with the reason reported when it is not one. */
    static @Nullable JsonNode parse(byte[] bytes, int from, int length, String file, long number, SkipReport report) {
        if (LineReader.isBlank(bytes, from, length)) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, length))
                    .toString();
        } catch (CharacterCodingException e) {
            report.add(new Skipped(file, number, "not UTF-8", "the line has bytes that are not UTF-8 text"));
            return null;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (node != null && node.isObject()) {
                return node;
            }
            report.add(new Skipped(file, number, "not a JSON object", abbreviate(text)));
        } catch (JsonProcessingException e) {
            report.add(new Skipped(file, number, "not JSON", e.getOriginalMessage()));
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
