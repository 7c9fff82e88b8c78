package it.ordo.application.intake;

/**
 * One row of a past-orders file with its mapped cells as the file writes them (null when the field is not
 * mapped): read on the workstation, checked and written by {@link HistoryImportService}.
 *
 * @param row the row's number as the file shows it (1 = the first line)
 */
public record HistoryRow(int row, String orderKey, String customer, String sku, String description, String quantity,
                         String unitPrice, String discount, String orderDate, String status, String country,
                         String shipDate, String deliveryDate, String promisedDate) {

    /** The row's mapped cells, for recognising an exact duplicate within its order. */
    String content() {
        return String.join("\u001f", String.valueOf(customer), String.valueOf(sku), String.valueOf(description),
                String.valueOf(quantity), String.valueOf(unitPrice), String.valueOf(discount),
                String.valueOf(orderDate), String.valueOf(status), String.valueOf(country),
                String.valueOf(shipDate), String.valueOf(deliveryDate), String.valueOf(promisedDate));
    }
}
