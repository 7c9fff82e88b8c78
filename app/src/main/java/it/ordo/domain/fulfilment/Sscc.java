package it.ordo.domain.fulfilment;

import it.ordo.domain.DomainException;

/**
 * A parcel's Serial Shipping Container Code (GS1 application identifier 00):
 * 18 digits, the extension digit, the company's GS1 prefix, a serial reference
 * that fills the remaining digits, and a mod-10 check digit. A carrier's or a
 * customer's receiving dock scans it as the parcel's one identity, so a serial
 * is never used twice: it is drawn from a gap-free counter when the parcel ships.
 */
public record Sscc(String value) {

    public static final int LENGTH = 18;
    /** GS1 company prefixes have 7 to 10 digits (the longer, the fewer serials a company gets). */
    public static final int MIN_PREFIX = 7;
    public static final int MAX_PREFIX = 10;

    public Sscc {
        if (value == null || value.length() != LENGTH || !digits(value)
                || checkDigit(value.substring(0, LENGTH - 1)) != value.charAt(LENGTH - 1) - '0') {
            throw new DomainException("sscc.invalid", value);
        }
    }

    /** The SSCC of the {@code serial}th parcel of a company with this prefix and extension digit. */
    public static Sscc of(int extension, String companyPrefix, long serial) {
        String prefix = prefix(companyPrefix);
        if (extension < 0 || extension > 9) {
            throw new DomainException("sscc.extension.invalid", extension);
        }
        int serialDigits = LENGTH - 2 - prefix.length();
        if (serial < 0 || String.valueOf(serial).length() > serialDigits) {
            throw new DomainException("sscc.serial.exhausted", prefix, serialDigits);
        }
        String body = extension + prefix + String.format("%0" + serialDigits + "d", serial);
        return new Sscc(body + checkDigit(body));
    }

    /** A GS1 company prefix as typed: 7 to 10 digits, spaces ignored; refused otherwise. */
    public static String prefix(String typed) {
        String p = typed == null ? "" : typed.replace(" ", "").strip();
        if (p.length() < MIN_PREFIX || p.length() > MAX_PREFIX || !digits(p)) {
            throw new DomainException("gs1.prefix.invalid", typed == null ? "" : typed);
        }
        return p;
    }

    /**
     * The GS1 mod-10 check digit of the digits before it: from the right,
     * digits are weighted 3, 1, 3, 1…; the check digit takes the sum up to a
     * multiple of ten.
     */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? 3 * d : d;
        }
        return (10 - sum % 10) % 10;
    }

    /** As printed under the barcode: (00) then the digits. */
    public String humanReadable() {
        return "(00) " + value;
    }

    /** What the GS1-128 symbol carries after its FNC1: the application identifier 00 and the code. */
    public String elementString() {
        return "00" + value;
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return value;
    }
}
