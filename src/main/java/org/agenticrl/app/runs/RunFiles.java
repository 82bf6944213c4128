package org.agenticrl.app.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the files of a run look like on disk: every regular file under its path (as deep as the opener looks) with
 * its size and modification time. Two equal fingerprints mean nothing was added, removed or written in between, so a
 * followed run is read again only when its fingerprint changes. Reading one only lists the folder.
 */
record RunFiles(List<String> entries) {
    private static final int DEPTH = 4;

    /** The fingerprint of the files under path now; empty when it cannot be listed (it will differ once it can). */
    static RunFiles of(Path path) {
        try (Stream<Path> walk = Files.walk(path, DEPTH)) {
            return new RunFiles(walk.filter(Files::isRegularFile).sorted().map(RunFiles::entry).toList());
        } catch (IOException | UncheckedIOException e) {
            return new RunFiles(List.of());
        }
    }

    private static String entry(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return file + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return file + " unreadable";
        }
    }
}
