package org.atomic2dynamics.report;

import java.util.List;

/** A plain-text table: left-aligned text columns, right-aligned number columns from {@code firstNumeric} on. */
public final class TextTable {
    private TextTable() {
    }

    public static String render(List<String[]> rows, int firstNumeric) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] row : rows) {
            for (int i = 0; i < cols; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            appendRow(out, rows.get(r), width, firstNumeric);
            if (r == 0) {
                for (int i = 0; i < cols; i++) {
                    out.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String[] row, int[] width, int firstNumeric) {
        for (int i = 0; i < row.length; i++) {
            String cell = row[i];
            String pad = " ".repeat(width[i] - cell.length());
            out.append(i == 0 ? "" : "  ").append(i >= firstNumeric ? pad + cell : cell + (i == row.length - 1 ? "" : pad));
        }
        out.append('\n');
    }
}
