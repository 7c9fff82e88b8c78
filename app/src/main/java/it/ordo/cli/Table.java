package it.ordo.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A text table with aligned columns: a heading, a rule, and rows; numbers right-aligned. */
final class Table {

    private final List<String> headers;
    private final Set<Integer> rightAligned = new HashSet<>();
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = List.of(headers);
    }

    Table right(int... columns) {
        for (int c : columns) {
            rightAligned.add(c);
        }
        return this;
    }

    Table row(Object... cells) {
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null ? "" : String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintStream out) {
        print(out, "");
    }

    void print(PrintStream out, String indent) {
        int[] width = new int[headers.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = headers.get(c).length();
            for (List<String> row : rows) {
                if (c < row.size()) {
                    width[c] = Math.max(width[c], row.get(c).length());
                }
            }
        }
        out.println(line(headers, width, indent));
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        out.println(line(rule, width, indent));
        for (List<String> row : rows) {
            out.println(line(row, width, indent));
        }
    }

    private String line(List<String> cells, int[] width, String indent) {
        StringBuilder sb = new StringBuilder(indent);
        for (int c = 0; c < width.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            String pad = " ".repeat(width[c] - cell.length());
            if (c > 0) {
                sb.append("  ");
            }
            sb.append(rightAligned.contains(c) ? pad + cell : cell + pad);
        }
        return sb.toString().stripTrailing();
    }
}
