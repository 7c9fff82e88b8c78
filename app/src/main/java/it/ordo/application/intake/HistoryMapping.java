package it.ordo.application.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a past-orders file feeds which {@link HistoryField}, and the file's rows turned into
 * {@link HistoryRow}s in chunks of whole orders, on the workstation where the file is read.
 *
 * @param columns header → field, headers compared without regard to case
 */
public record HistoryMapping(Map<String, HistoryField> columns) {

    /** The fields every past order needs. */
    public static final List<HistoryField> REQUIRED = List.of(HistoryField.ORDER_KEY, HistoryField.SKU,
            HistoryField.QUANTITY, HistoryField.UNIT_PRICE, HistoryField.ORDER_DATE);

    /** Rows per chunk (one transaction each; an order's rows are never split), from the command line and the desktop. */
    public static final int CHUNK_ROWS = 20_000;

    /** Product codes of the Online Retail file: five digits and maybe a letter or two (85123A). */
    public static final String ONLINE_RETAIL_PRODUCTS = "[0-9]{5}.*";

    /** The Online Retail file's layout (UCI dataset 352). */
    public static HistoryMapping onlineRetail() {
        Map<String, HistoryField> m = new LinkedHashMap<>();
        m.put("InvoiceNo", HistoryField.ORDER_KEY);
        m.put("StockCode", HistoryField.SKU);
        m.put("Description", HistoryField.DESCRIPTION);
        m.put("Quantity", HistoryField.QUANTITY);
        m.put("InvoiceDate", HistoryField.ORDER_DATE);
        m.put("UnitPrice", HistoryField.UNIT_PRICE);
        m.put("CustomerID", HistoryField.CUSTOMER);
        m.put("Country", HistoryField.COUNTRY);
        return new HistoryMapping(m);
    }

    /** Each mapped field's column in the table; a header the table lacks is named in the exception. */
    public Map<HistoryField, Integer> index(IntakeTable table) {
        Map<HistoryField, Integer> index = new EnumMap<>(HistoryField.class);
        columns.forEach((header, field) -> {
            int at = -1;
            for (int i = 0; i < table.header().size(); i++) {
                if (table.header().get(i).strip().equalsIgnoreCase(header.strip())) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new MissingColumnException(header);
            }
            index.put(field, at);
        });
        return index;
    }

    /** A mapped header the file does not have. */
    public static final class MissingColumnException extends RuntimeException {
        private final String header;

        MissingColumnException(String header) {
            super(header);
            this.header = header;
        }

        public String header() {
            return header;
        }
    }

    /**
     * The table's rows as history rows, grouped by order key in the order the keys first appear, cut into chunks of
     * about {@code rowsPerChunk} rows that never split an order (an order larger than that is a chunk of its own).
     */
    public List<List<HistoryRow>> chunks(IntakeTable table, int rowsPerChunk) {
        Map<HistoryField, Integer> index = index(table);
        Map<String, List<HistoryRow>> byKey = new LinkedHashMap<>();
        for (IntakeTable.Row r : table.rows()) {
            HistoryRow row = new HistoryRow(r.number(), cell(r, index, HistoryField.ORDER_KEY),
                    cell(r, index, HistoryField.CUSTOMER), cell(r, index, HistoryField.SKU),
                    cell(r, index, HistoryField.DESCRIPTION), cell(r, index, HistoryField.QUANTITY),
                    cell(r, index, HistoryField.UNIT_PRICE), cell(r, index, HistoryField.DISCOUNT),
                    cell(r, index, HistoryField.ORDER_DATE), cell(r, index, HistoryField.STATUS),
                    cell(r, index, HistoryField.COUNTRY), cell(r, index, HistoryField.SHIP_DATE),
                    cell(r, index, HistoryField.DELIVERY_DATE), cell(r, index, HistoryField.PROMISED_DATE));
            String key = row.orderKey() == null ? "" : row.orderKey().strip();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<List<HistoryRow>> chunks = new ArrayList<>();
        List<HistoryRow> current = new ArrayList<>();
        for (List<HistoryRow> order : byKey.values()) {
            if (!current.isEmpty() && current.size() + order.size() > rowsPerChunk) {
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.addAll(order);
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private static String cell(IntakeTable.Row r, Map<HistoryField, Integer> index, HistoryField f) {
        Integer i = index.get(f);
        return i == null || i >= r.cells().size() ? null : r.cells().get(i);
    }
}
