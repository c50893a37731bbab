package io.github.receivables.examples.quickstart.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table: the first column left-aligned, the others right-aligned, columns as wide
 * as their widest cell. Not thread-safe.
 */
final class TextTable {

    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header) {
        rows.add(List.copyOf(header));
    }

    void add(List<String> row) {
        rows.add(List.copyOf(row));
    }

    List<String> lines() {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? cell + pad : "  " + pad + cell);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
