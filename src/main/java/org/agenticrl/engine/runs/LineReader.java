package org.agenticrl.engine.runs;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Splits a file into lines, reading it in large chunks (a byte at a time through a stream was most of the time it took
 * to open a dump of a gigabyte). Each line is handed over with its number and byte offset, without its newline; a line
 * longer than {@link Json#MAX_DOCUMENT_BYTES} is only numbered, never held whole.
 */
final class LineReader {
    private static final int CHUNK = 1 << 20;
    /** One chunk per thread, reused from file to file: a fresh one per file was nearly half the CPU time of the split. */
    private static final ThreadLocal<byte[]> CHUNKS = ThreadLocal.withInitial(() -> new byte[CHUNK]);
    private static final int LONGEST = Json.MAX_DOCUMENT_BYTES;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** Receives the lines in file order. */
    interface LineVisitor {
        /**
         * A line: {@code bytes[from, from + length)}, valid only during the call; {@code unterminated} for a last line
         * that no newline ends (it may still be being written).
         */
        void line(long number, long offset, byte[] bytes, int from, int length, boolean unterminated);

        /** A line longer than the longest line read (its bytes are passed over). */
        void tooLong(long number, long offset);
    }

    private LineReader() {
    }

    static void read(Path file, LineVisitor visitor) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = CHUNKS.get();
            long bufferOffset = 0;
            int start = 0;
            int end = 0;
            long number = 0;
            long tooLongAt = -1;
            int read;
            while ((read = in.read(buffer, end, buffer.length - end)) != -1) {
                int limit = end + read;
                for (int i = newline(buffer, end, limit); i >= 0; i = newline(buffer, i + 1, limit)) {
                    number++;
                    if (tooLongAt >= 0) {
                        visitor.tooLong(number, tooLongAt);
                        tooLongAt = -1;
                    } else {
                        visitor.line(number, bufferOffset + start, buffer, start, i - start, false);
                    }
                    start = i + 1;
                }
                end = limit;
                if (start > 0) {
                    System.arraycopy(buffer, start, buffer, 0, end - start);
                    bufferOffset += start;
                    end -= start;
                    start = 0;
                }
                if (end == buffer.length) {
                    if (buffer.length <= LONGEST) {
                        buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, LONGEST + 1L));
                    } else {
                        tooLongAt = tooLongAt >= 0 ? tooLongAt : bufferOffset;
                        bufferOffset += end;
                        end = 0;
                    }
                }
            }
            if (tooLongAt >= 0) {
                visitor.tooLong(number + 1, tooLongAt);
            } else if (end > 0) {
                visitor.line(number + 1, bufferOffset, buffer, 0, end, true);
            }
        }
    }

    /**
     * The index of the first newline in {@code bytes[from, limit)}, or -1. Eight bytes at a time: a byte equal to
     * '\n' is a zero byte of the word XOR eight newlines, and the lowest zero byte is the lowest one the classic
     * "has a zero byte" expression flags (little-endian: the lowest address is the least significant byte).
     */
    static int newline(byte[] bytes, int from, int limit) {
        int i = from;
        for (; i + Long.BYTES <= limit; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i) ^ NEWLINES;
            long zeros = (word - ONES) & ~word & HIGH_BITS;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < limit; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    static boolean isBlank(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
