package org.agenticrl.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * A one-line progress report on stderr, rewritten in place, only when a person is watching a terminal: with output
 * redirected or under a test nothing is written, and the line is never even made.
 */
record TerminalProgress(PrintWriter err) {
    static TerminalProgress on(PrintWriter err) {
        return new TerminalProgress(System.console() == null ? null : err);
    }

    /** Replaces the line with a new one. */
    void show(Supplier<String> line) {
        if (err != null) {
            err.print("\r" + line.get() + "   ");
            err.flush();
        }
    }

    /** Ends the line, once the work is done. */
    void done() {
        if (err != null) {
            err.println();
        }
    }
}
