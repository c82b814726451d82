package dev.berth.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table with aligned columns, so that it reads in a terminal and pastes into docs. */
public final class Table {

    private final List<String[]> rows = new ArrayList<>();

    public Table(String... header) {
        rows.add(header);
    }

    /** Adds a row; missing cells are blank. */
    public Table row(String... cells) {
        rows.add(cells);
        return this;
    }

    /** @return whether the table has rows besides its header */
    public boolean hasRows() {
        return rows.size() > 1;
    }

    @Override
    public String toString() {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        java.util.Arrays.fill(width, 3);
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], cell(row, i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            line(out, rows.get(r), width);
            if (r == 0) {
                String[] rule = new String[columns];
                for (int i = 0; i < columns; i++) {
                    rule[i] = "-".repeat(Math.max(3, width[i]));
                }
                line(out, rule, width);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] row, int[] width) {
        out.append('|');
        for (int i = 0; i < width.length; i++) {
            String cell = cell(row, i);
            out.append(' ').append(cell).append(" ".repeat(width[i] - cell.length())).append(" |");
        }
        out.append('\n');
    }

    private static String cell(String[] row, int i) {
        return i < row.length && row[i] != null ? row[i] : "";
    }
}
