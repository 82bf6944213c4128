package org.agenticrl.engine.runs;

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
