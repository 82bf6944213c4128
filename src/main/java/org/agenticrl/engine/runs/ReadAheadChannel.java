package org.agenticrl.engine.runs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file opened for reading through a read-ahead buffer: a read at a position the buffer holds costs no system call.
 * commons-compress reads a zip's central directory a few bytes at a time (three reads an entry): for inspect_ai's
 * log of 200,000 samples that was 600,000 system calls and most of the time to open it. Read-only; not thread-safe.
 */
final class ReadAheadChannel implements SeekableByteChannel {
    private static final int BUFFER = 1 << 20;

    private final FileChannel file;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private long bufferStart = -1;
    private long position;

    ReadAheadChannel(Path path) throws IOException {
        file = FileChannel.open(path, StandardOpenOption.READ);
        buffer.limit(0);
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
        if (position >= file.size()) {
            return -1;
        }
        if (target.remaining() >= BUFFER) {
            int read = file.read(target, position);
            position += Math.max(read, 0);
            return read;
        }
        if (bufferStart < 0 || position < bufferStart || position >= bufferStart + buffer.limit()) {
            buffer.clear();
            bufferStart = position;
            while (buffer.hasRemaining() && file.read(buffer, bufferStart + buffer.position()) > 0) {
                // fill as far as the file goes
            }
            buffer.flip();
        }
        int offset = (int) (position - bufferStart);
        int count = Math.min(target.remaining(), buffer.limit() - offset);
        target.put(buffer.array(), offset, count);
        position += count;
        return count;
    }

    @Override
    public int write(ByteBuffer source) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        position = newPosition;
        return this;
    }

    @Override
    public long size() throws IOException {
        return file.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return file.isOpen();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
