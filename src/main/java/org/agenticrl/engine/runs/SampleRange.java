package org.agenticrl.engine.runs;

/** The checks of a requested sample or page of a step against the step's sample count, with messages that say why. */
final class SampleRange {
    private SampleRange() {
    }

    static void checkIndex(long step, int index, int count) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(has(step, count) + ": there is no sample " + index);
        }
    }

    static void checkPage(long step, int from, int count, int size) {
        if (from < 0 || count < 0) {
            throw new IndexOutOfBoundsException("a page of samples starts at 0 or later and has 0 or more samples, "
                    + "not from " + from + " count " + count);
        }
        if ((long) from + count > size) {
            throw new IndexOutOfBoundsException(has(step, size) + ": a page of " + count + " from sample " + from
                    + " goes past the last");
        }
    }

    private static String has(long step, int count) {
        return count == 0 ? "the run has no samples at step " + step
                : "step " + step + " has " + count + " sample" + (count == 1 ? " (index 0)" : "s (indices 0 to "
                + (count - 1) + ")");
    }
}
