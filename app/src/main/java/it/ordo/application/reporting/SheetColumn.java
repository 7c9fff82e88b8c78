package it.ordo.application.reporting;

import java.util.Objects;

/** One column of an exported table: its heading (in the user's language), its type and its width in characters. */
public record SheetColumn(String header, CellType type, int width) {

    public SheetColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        width = Math.clamp(width, 4, 80);
    }

    /** A column as wide as its type usually needs, or its heading if that is longer. */
    public static SheetColumn of(String header, CellType type) {
        int usual = switch (type) {
            case TEXT -> 24;
            case INTEGER, BOOLEAN -> 8;
            case QUANTITY, PERCENT -> 10;
            case MONEY -> 14;
            case DATE -> 12;
            case TIMESTAMP -> 18;
        };
        return new SheetColumn(header, type, Math.max(usual, header.length() + 4));
    }
}
