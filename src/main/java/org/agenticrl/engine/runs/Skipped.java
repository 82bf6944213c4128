package org.agenticrl.engine.runs;

/**
 * Something of a run that could not be read: the file, the line (0 for a whole file or archive entry), why in a few
 * words that are the same for every case of its kind (counted together), and the detail of this case.
 */
public record Skipped(String file, long line, String reason, String detail) {
}
