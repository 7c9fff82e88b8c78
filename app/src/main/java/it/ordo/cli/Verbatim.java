package it.ordo.cli;

/** A text argument (code, SKU, file name) shown exactly as typed, whatever it looks like. */
record Verbatim(String text) {

    static Verbatim of(Object value) {
        return new Verbatim(value == null ? "" : String.valueOf(value));
    }

    @Override
    public String toString() {
        return text;
    }
}
