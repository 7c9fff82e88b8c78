package it.ordo.cli;

/**
 * A text argument shown exactly as typed. Texts reformats plain strings that
 * look like numbers ("12345" would become "12,345"), which is wrong for codes,
 * SKUs, EANs and file names; wrapping them keeps them untouched.
 */
record Verbatim(String text) {

    static Verbatim of(Object value) {
        return new Verbatim(value == null ? "" : String.valueOf(value));
    }

    @Override
    public String toString() {
        return text;
    }
}
