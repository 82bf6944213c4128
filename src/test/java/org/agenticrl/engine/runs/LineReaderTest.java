package org.agenticrl.engine.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Lines split eight bytes at a time and across chunks are exactly the lines a plain split finds, offsets included. */
class LineReaderTest {
    @Property(tries = 2000)
    void theNewlineFoundIsTheFirstOne(@ForAll("newlineHeavy") byte[] bytes) {
        for (int from = 0; from <= bytes.length; from++) {
            int expected = -1;
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    expected = i;
                    break;
                }
            }
            assertEquals(expected, LineReader.newline(bytes, from, bytes.length));
        }
    }

    @Property(tries = 30)
    void linesLongerThanAChunkKeepTheirOffsetsAndNumbers(@ForAll("lineLengths") List<Integer> lengths)
            throws Exception {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lengths.size(); i++) {
            String line = String.valueOf((char) ('a' + i % 26)).repeat(lengths.get(i));
            expected.add((i + 1) + "@" + text.length() + ":" + line.length());
            text.append(line).append('\n');
        }
        text.append("tail");
        expected.add((lengths.size() + 1) + "@" + (text.length() - 4) + ":4 unterminated");
        Path file = Files.createTempFile("lines", ".jsonl");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            List<String> found = new ArrayList<>();
            LineReader.read(file, new LineReader.LineVisitor() {
                @Override
                public void line(long number, long offset, byte[] bytes, int from, int length, boolean unterminated) {
                    found.add(number + "@" + offset + ":" + length + (unterminated ? " unterminated" : ""));
                }

                @Override
                public void tooLong(long number, long offset) {
                    found.add(number + " too long");
                }
            });
            assertEquals(expected, found);
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<byte[]> newlineHeavy() {
        return Arbitraries.bytes().map(b -> b % 3 == 0 ? (byte) '\n' : b).array(byte[].class).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Integer>> lineLengths() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(900_000, 2_500_000))
                .list().ofMaxSize(6);
    }
}
