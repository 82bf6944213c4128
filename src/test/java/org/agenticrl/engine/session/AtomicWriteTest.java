package org.agenticrl.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A save that fails at any stage, or on a full disk, leaves the old file whole and no temporary file behind. */
class AtomicWriteTest {
    private static final String OLD = "{\"old\": true}";
    private static final byte[] NEW = "{\"new\": \"a longer text than the old one, so a torn write would show\"}"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private Path target() throws IOException {
        Path target = folder.resolve("lecture.arl");
        Files.writeString(target, OLD);
        return target;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.toList();
        }
    }

    @ParameterizedTest
    @EnumSource(value = AtomicWrite.Stage.class, names = "REPLACED", mode = EnumSource.Mode.EXCLUDE)
    void aCrashBeforeTheReplaceLeavesTheOldFile(AtomicWrite.Stage crashAt) throws IOException {
        Path target = target();
        IOException crash = assertThrows(IOException.class, () -> AtomicWrite.write(target, NEW, stage -> {
            if (stage == crashAt) {
                throw new IOException("crash at " + stage);
            }
        }, out -> out));
        assertEquals("crash at " + crashAt, crash.getMessage());
        assertEquals(OLD, Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aCrashRightAfterTheReplaceLeavesTheNewFile() throws IOException {
        Path target = target();
        assertThrows(IOException.class, () -> AtomicWrite.write(target, NEW, stage -> {
            if (stage == AtomicWrite.Stage.REPLACED) {
                throw new IOException("crash after the replace");
            }
        }, out -> out));
        assertEquals(new String(NEW, StandardCharsets.UTF_8), Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void everyStageIsReachedInOrderOnASuccessfulWrite() throws IOException {
        Path target = target();
        List<AtomicWrite.Stage> reached = new java.util.ArrayList<>();
        AtomicWrite.write(target, NEW, reached::add, out -> out);
        assertEquals(List.of(AtomicWrite.Stage.values()), reached);
        assertEquals(new String(NEW, StandardCharsets.UTF_8), Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 10, 40})
    void aFullDiskLeavesTheOldFile(int bytesThatFit) throws IOException {
        Path target = target();
        IOException full = assertThrows(IOException.class, () -> AtomicWrite.write(target, NEW, stage -> { },
                out -> new DiskFullAfter(out, bytesThatFit)));
        assertEquals("No space left on device", full.getMessage());
        assertEquals(OLD, Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aNewFileIsCreated() throws IOException {
        Path target = folder.resolve("new.arl");
        AtomicWrite.write(target, NEW);
        assertEquals(new String(NEW, StandardCharsets.UTF_8), Files.readString(target));
    }

    /** Writes through the first n bytes, then fails as a full disk does. */
    private static final class DiskFullAfter extends FilterOutputStream {
        private int left;

        DiskFullAfter(OutputStream out, int n) {
            super(out);
            left = n;
        }

        @Override
        public void write(int b) throws IOException {
            if (left == 0) {
                throw new IOException("No space left on device");
            }
            left--;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }
}
