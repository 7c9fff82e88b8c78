package it.ordo.application.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The field a header most likely means, from the words Italian and English order files use. Headers are
 * compared without accents, punctuation or spaces ("Q.tà" and "QTA", "Cod. art." and "codart" are the same),
 * first whole, then by their longest known word at the start; each field is suggested for one column only.
 */
final class HeaderSuggestions {

    /** Known headers, normalised, by field; earlier entries win. */
    private static final Map<String, IntakeField> KNOWN = new LinkedHashMap<>();

    static {
        known(IntakeField.EAN, "ean", "ean13", "barcode", "codiceabarre", "codicebarre", "gtin");
        known(IntakeField.SKU, "sku", "codicearticolo", "codart", "codarticolo", "articolo", "codiceprodotto",
                "codprod", "itemcode", "item", "productcode", "partnumber", "partno", "code", "codice", "cod");
        known(IntakeField.CUSTOMER_ARTICLE, "vostrocodice", "nostrocodice", "codicecliente articolo", "codcliart",
                "ourcode", "customercode article", "customeritem", "customerpartno", "rifarticolo");
        known(IntakeField.QUANTITY, "qta", "qty", "quantita", "quantity", "qnt", "pezzi", "pz", "nrpezzi", "units",
                "quant");
        known(IntakeField.UNIT_PRICE, "prezzo", "prezzounitario", "przunit", "prezzounit", "price", "unitprice",
                "netprice", "prezzonetto", "importounitario");
        known(IntakeField.REQUESTED_DATE, "dataconsegna", "consegna", "consegnarichiesta", "datarichiesta",
                "deliverydate", "requesteddate", "requireddate", "duedate", "delivery", "datacons");
        known(IntakeField.ORDER_KEY, "ordine", "numeroordine", "nordine", "nrordine", "riferimentoordine",
                "riford", "rifordine", "order", "orderno", "ordernumber", "ponumber", "po", "ordernr", "vsordine",
                "vostroordine");
        known(IntakeField.CUSTOMER, "cliente", "codicecliente", "codcliente", "customer", "customercode",
                "customerno", "partitaiva", "piva", "vatnumber", "vat", "vatid");
        known(IntakeField.DESCRIPTION, "descrizione", "descr", "description", "desc", "prodotto", "product",
                "denominazione");
        known(IntakeField.NOTES, "note", "notes", "annotazioni", "remarks", "comments", "commento");
    }

    private static void known(IntakeField field, String... words) {
        for (String w : words) {
            KNOWN.putIfAbsent(w.replace(" ", ""), field);
        }
    }

    private HeaderSuggestions() {
    }

    /** Each header recognised mapped to its field; a field goes to its first matching column. */
    static List<IntakeMapping.Column> suggest(List<String> header) {
        List<IntakeMapping.Column> columns = new ArrayList<>();
        Set<IntakeField> taken = EnumSet.noneOf(IntakeField.class);
        // Exact matches first, so "Codice" as a prefix never takes a field a later "Codice articolo" names exactly.
        IntakeField[] chosen = new IntakeField[header.size()];
        for (int i = 0; i < header.size(); i++) {
            IntakeField f = KNOWN.get(normal(header.get(i)));
            if (f != null && taken.add(f)) {
                chosen[i] = f;
            }
        }
        for (int i = 0; i < header.size(); i++) {
            if (chosen[i] == null) {
                IntakeField f = byPrefix(normal(header.get(i)));
                if (f != null && taken.add(f)) {
                    chosen[i] = f;
                }
            }
        }
        for (int i = 0; i < header.size(); i++) {
            if (chosen[i] != null) {
                columns.add(new IntakeMapping.Column(header.get(i), chosen[i]));
            }
        }
        return columns;
    }

    private static IntakeField byPrefix(String h) {
        String best = null;
        for (String known : KNOWN.keySet()) {
            if (known.length() >= 3 && h.startsWith(known) && (best == null || known.length() > best.length())) {
                best = known;
            }
        }
        return best == null ? null : KNOWN.get(best);
    }

    static String normal(String header) {
        String h = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return h.replaceAll("[^a-z0-9]", "");
    }
}
