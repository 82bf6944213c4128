package org.agenticrl.engine.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-file cache of a line-per-sample dump: a second open reads the same run from it and nothing from the files'
 * contents; a file that grew or changed is read again, the rest still comes from the cache; the cache lives in its own
 * folder, never beside the files.
 */
class RunCacheTest {
    @TempDir
    Path run;
    @TempDir
    Path cacheFolder;

    private static String line(int step, double score, String output) {
        return "{\"input\": \"q" + step + "\", \"output\": \"" + output + "\", \"score\": " + score + ", \"step\": " + step
                + ", \"acc\": " + (score > 0) + ", \"format\": \"0.5\"}\n";
    }

    private static List<Object> figures(Run opened) throws RunException {
        return List.of(opened.steps(), opened.sample(1, 1), opened.samples(2), opened.skipped().counts());
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> files = Files.list(cacheFolder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aSecondOpenReadsTheCacheAndGivesTheSameRun() throws Exception {
        Files.writeString(run.resolve("1.jsonl"), line(1, 1, "a") + line(1, 0, "b") + "{broken\n");
        Files.writeString(run.resolve("2.jsonl"), line(2, 0.5, "c") + line(2, 1, "d"));
        RunCache cache = RunCache.in(cacheFolder);
        List<Object> first;
        try (Run opened = RunOpener.open(run, false, OpenProgress.NONE, cache)) {
            first = figures(opened);
        }
        assertEquals(2, entries().size(), "one entry per file, in the cache folder");
        try (Stream<Path> beside = Files.list(run)) {
            assertEquals(2, beside.count(), "nothing written beside the run's files");
        }
        try (Run again = RunOpener.open(run, false, OpenProgress.NONE, cache)) {
            assertEquals(first, figures(again));
            assertEquals(1, again.skipped().total(), "the skipped line is remembered too");
            assertEquals(run.resolve("1.jsonl") + ":3", again.skipped().cases().get(0).file() + ":"
                    + again.skipped().cases().get(0).line());
        }
        try (Run uncached = RunOpener.open(run, false, OpenProgress.NONE, RunCache.none())) {
            assertEquals(first, figures(uncached), "the cache gives what reading the files gives");
        }
    }

    @Test
    void aFileThatGrewIsReadAgainAndTheOthersComeFromTheCache() throws Exception {
        Path one = run.resolve("1.jsonl");
        Path two = run.resolve("2.jsonl");
        Files.writeString(one, line(1, 1, "a") + line(1, 0, "b"));
        Files.writeString(two, line(2, 0.5, "c"));
        RunCache cache = RunCache.in(cacheFolder);
        try (Run opened = RunOpener.open(run, false, OpenProgress.NONE, cache)) {
            assertEquals(1, opened.sampleCount(2));
        }
        FileTime untouched = Files.getLastModifiedTime(one);
        List<byte[]> before = new java.util.ArrayList<>();
        for (Path entry : entries()) {
            before.add(Files.readAllBytes(entry));
        }
        Files.writeString(two, line(2, 0.5, "c") + line(2, 0, "d"));
        Files.writeString(one, line(1, 1, "a") + line(1, 0, "B"));
        Files.setLastModifiedTime(one, untouched);
        try (Run grown = RunOpener.open(run, false, OpenProgress.NONE, cache)) {
            assertEquals(2, grown.sampleCount(2), "the grown file was read again");
            assertEquals(0.25, grown.steps().get(1).rewardMean(), 1e-12);
            assertEquals("B", grown.sample(1, 1).response(), "lines are read from the file itself");
        }
        long kept = 0;
        for (Path entry : entries()) {
            byte[] now = Files.readAllBytes(entry);
            kept += before.stream().filter(old -> java.util.Arrays.equals(old, now)).count();
        }
        assertEquals(1, kept, "the unchanged file's entry is the one written before; the grown file's was rewritten");
    }

    @Test
    void aDamagedCacheEntryIsReadAgainFromTheRun() throws Exception {
        Files.writeString(run.resolve("1.jsonl"), line(1, 1, "a"));
        RunCache cache = RunCache.in(cacheFolder);
        try (Run opened = RunOpener.open(run, false, OpenProgress.NONE, cache)) {
            assertEquals(1, opened.sampleCount(1));
        }
        Files.write(entries().get(0), new byte[] {0, 0, 0, 1, 9});
        try (Run again = RunOpener.open(run, false, OpenProgress.NONE, cache)) {
            assertEquals(1.0, again.steps().get(0).rewardMean());
        }
        assertFalse(entries().isEmpty());
    }

    @Test
    void theStandardCacheIsTheFolderThePropertyNamesNeverTheUsersHomeInTests() {
        Path folder = RunCache.standard().folder();
        assertTrue(folder.startsWith(Path.of(System.getProperty(RunCache.FOLDER_PROPERTY))), folder.toString());
    }
}
