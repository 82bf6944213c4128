package org.agenticrl.engine.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One file's part of a line-per-sample run's index: where each step's samples are in it, and what it skipped. Its
 * lines are split once; when every line that is not blank is a sample of the one step DuckDB counted in the file (the
 * usual dump: a file per step, nothing broken), that is the index, with no JSON parsed. Any other file (several steps,
 * or lines DuckDB did not use) is read again with Jackson, which gives each sample's step and each skipped line's reason.
 */
record FileLines(Map<Long, SampleLines> samplesOfStep, SkipReport skipped) {
    /** A file left out (opening was cancelled): no samples, nothing skipped. */
    static final FileLines NONE = new FileLines(Map.of(), new SkipReport());

    /**
     * @param fileIndex   the file's index in the run's file list
     * @param usedPerStep how many samples of each step DuckDB read from the file
     */
    static FileLines of(LineFormat format, Path file, int fileIndex, Map<Long, Long> usedPerStep, boolean following) {
        SkipReport skipped = new SkipReport();
        SampleLines lines = new SampleLines();
        long[] nonBlank = {0};
        try {
            LineReader.read(file, new LineReader.LineVisitor() {
                @Override
                public void line(long number, long offset, byte[] bytes, int from, int length, boolean unterminated) {
                    if (!LineReader.isBlank(bytes, from, length)) {
                        lines.add(fileIndex, offset, length, number);
                        nonBlank[0]++;
                    }
                }

                @Override
                public void tooLong(long number, long offset) {
                    nonBlank[0]++;
                }
            });
        } catch (IOException e) {
            skipped.add(new Skipped(file.toString(), 0, "unreadable file", String.valueOf(e.getMessage())));
            return new FileLines(Map.of(), skipped);
        }
        if (nonBlank[0] == 0) {
            return new FileLines(Map.of(), skipped);
        }
        if (usedPerStep.size() == 1 && usedPerStep.values().iterator().next() == nonBlank[0]
                && lines.size() == nonBlank[0]) {
            return new FileLines(Map.of(usedPerStep.keySet().iterator().next(), lines), skipped);
        }
        Map<Long, SampleLines> byStep = new HashMap<>();
        LineScanner.scan(file, following, skipped, (number, offset, length, object) -> {
            Sample sample = format.sample(object, file + ":" + number, skipped, file.toString(), number);
            if (sample != null) {
                byStep.computeIfAbsent(sample.step(), s -> new SampleLines()).add(fileIndex, offset, length, number);
            }
        });
        return new FileLines(byStep, skipped);
    }
}
