package it.ordo.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Labelled values one under the other ("Status      CONFIRMED"); empty values are left out. */
final class Block {

    private final List<String[]> entries = new ArrayList<>();

    Block add(String label, Object value) {
        String text = value == null ? "" : String.valueOf(value);
        if (!text.isBlank()) {
            entries.add(new String[] {label, text});
        }
        return this;
    }

    void print(PrintStream out) {
        print(out, "");
    }

    void print(PrintStream out, String indent) {
        int width = entries.stream().mapToInt(e -> e[0].length()).max().orElse(0);
        for (String[] e : entries) {
            String[] lines = e[1].split("\\R");
            out.println((indent + pad(e[0], width) + "  " + lines[0]).stripTrailing());
            for (int i = 1; i < lines.length; i++) {
                out.println((indent + " ".repeat(width + 2) + lines[i]).stripTrailing());
            }
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
