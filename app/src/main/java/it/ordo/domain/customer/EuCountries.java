package it.ordo.domain.customer;

import java.util.Set;

/** The 27 EU member states by ISO code: where an intra-EU supply can go. */
public final class EuCountries {

    public static final Set<String> MEMBERS = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
            "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private EuCountries() {
    }

    public static boolean isMember(String isoCountry) {
        return isoCountry != null && MEMBERS.contains(isoCountry);
    }

    /** The VAT prefix of a member state: its ISO code, except Greece, whose VAT numbers start with EL. */
    public static String vatPrefix(String isoCountry) {
        return "GR".equals(isoCountry) ? "EL" : isoCountry;
    }

    /** The ISO country of a VAT prefix (EL is Greece). */
    public static String isoOfPrefix(String prefix) {
        return "EL".equals(prefix) ? "GR" : prefix;
    }
}
