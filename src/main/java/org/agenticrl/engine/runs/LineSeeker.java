package org.agenticrl.engine.runs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Reads single lines of a run's files by byte offset, keeping the last file open so that a page of samples from one
 * file opens it once. Read-only. Not thread-safe.
 */
final class LineSeeker implements AutoCloseable {
    private final List<Path> files;
    private FileChannel channel;
    private int open = -1;

    LineSeeker(List<Path> files) {
        this.files = files;
    }

    /** The line's bytes, without its newline. */
    byte[] line(int file, long offset, int length) throws RunException {
        Path path = files.get(file);
        try {
            if (file != open) {
                close();
                channel = FileChannel.open(path, StandardOpenOption.READ);
                open = file;
            }
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new RunException(path + " changed since the run was opened: it is shorter now");
                }
            }
            return buffer.array();
        } catch (IOException e) {
            throw new RunException("could not read " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // a file opened only for reading loses nothing when closing fails
            }
            channel = null;
            open = -1;
        }
    }
}
