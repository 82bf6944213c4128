package org.agenticrl.engine.runs;

import java.io.IOException;
import java.nio.file.Path;

/** inspect_ai logs written for tests outside this package. */
public final class TestLogs {
    private TestLogs() {
    }

    /** A current-format log (Zstandard entries, condensed events) of one sample whose evaluation was cancelled. */
    public static Path cancelledLog(Path file) throws IOException {
        return new EvalArchive().add("header.json", "{\"version\": 2, \"status\": \"cancelled\", \"eval\": {}}")
                .add("samples/1_epoch_1.json", DamagedRunsTest.condensedSample(1, "[[0, 2]]"))
                .write(file, EvalArchive.ZSTANDARD);
    }
}
