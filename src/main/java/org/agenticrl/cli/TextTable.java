package org.agenticrl.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of text cells printed in aligned columns, each column as wide as its widest cell, so that a long value (a
 * return of 1.2E+15, say) widens its column instead of pushing the rest of its row out of line. Numbers are best
 * right-aligned; the first columns may be left-aligned for labels. Not thread-safe.
 */
final class TextTable {
    private static final String GAP = "  ";

    private final int leftAligned;
    private final List<String[]> rows = new ArrayList<>();

    /** @param leftAligned how many columns, from the first, are left-aligned; the others are right-aligned */
    TextTable(int leftAligned) {
        this.leftAligned = leftAligned;
    }

    /** Adds a row; rows may have different numbers of cells. */
    TextTable row(String... cells) {
        rows.add(cells.clone());
        return this;
    }

    /** Every row on its own line (each line ends with the line separator), columns separated by two spaces. */
    String render() {
        List<Integer> widths = new ArrayList<>();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i == widths.size()) {
                    widths.add(0);
                }
                widths.set(i, Math.max(widths.get(i), row[i].length()));
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String padding = " ".repeat(widths.get(i) - row[i].length());
                line.append(i == 0 ? "" : GAP).append(i < leftAligned ? row[i] + padding : padding + row[i]);
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }
}
