package org.agenticrl.engine.runs;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Where each sample of a step is written: the file (an index into the run's file list), the line's byte offset and
 * length, and its line number, in the order the samples are read. Primitive arrays, about 24 bytes a sample, so that
 * a dump of two million samples indexes in under 50 MB. Not thread-safe: filled by one thread, then only read.
 */
final class SampleLines {
    private int[] files = new int[16];
    private long[] offsets = new long[16];
    private int[] lengths = new int[16];
    private long[] numbers = new long[16];
    private int size;

    void add(int file, long offset, int length, long number) {
        if (size == offsets.length) {
            int grown = size * 2;
            files = Arrays.copyOf(files, grown);
            offsets = Arrays.copyOf(offsets, grown);
            lengths = Arrays.copyOf(lengths, grown);
            numbers = Arrays.copyOf(numbers, grown);
        }
        files[size] = file;
        offsets[size] = offset;
        lengths[size] = length;
        numbers[size] = number;
        size++;
    }

    void addAll(SampleLines other) {
        for (int i = 0; i < other.size; i++) {
            add(other.files[i], other.offsets[i], other.lengths[i], other.numbers[i]);
        }
    }

    /** Written for a cache, without the file (a cache entry is one file's). */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeLong(offsets[i]);
            out.writeInt(lengths[i]);
            out.writeLong(numbers[i]);
        }
    }

    /** Lines read back from what {@link #write} wrote, of the run's file at index file. */
    static SampleLines read(DataInputStream in, int file) throws IOException {
        SampleLines lines = new SampleLines();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            lines.add(file, in.readLong(), in.readInt(), in.readLong());
        }
        return lines;
    }

    int size() {
        return size;
    }

    int file(int index) {
        return files[index];
    }

    long offset(int index) {
        return offsets[index];
    }

    int length(int index) {
        return lengths[index];
    }

    long number(int index) {
        return numbers[index];
    }
}
