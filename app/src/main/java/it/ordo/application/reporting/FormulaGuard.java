package it.ordo.application.reporting;

/**
 * The OWASP rule against formula injection: a cell whose text begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return can
 * be run as a formula by Excel or LibreOffice when the file is opened or the
 * cell edited. A customer's name or an order note typed on the web shop must
 * never do that on an accountant's machine.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** Whether Excel or LibreOffice could read this text as a formula. */
    public static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /**
     * The text for a CSV cell: risky text gets a leading apostrophe, which
     * the spreadsheet shows as text and the reader sees as a sign of it.
     */
    public static String forCsv(String text) {
        return risky(text) ? "'" + text : text;
    }
}
