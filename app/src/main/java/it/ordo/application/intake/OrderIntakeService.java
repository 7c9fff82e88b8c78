package it.ordo.application.intake;

import java.util.List;

/**
 * Orders from customers' Excel and CSV files. The workstation reads the file ({@link IntakeFiles}) and sends
 * its rows; nothing here touches a file. Every use case needs the order desk's permission to take orders.
 */
public interface OrderIntakeService {

    /**
     * A mapping for a file with these headers: the one last used for the customer when the file has its
     * columns, else each header recognised in Italian or English ("Cod. art.", "SKU", "Q.tà", "Qty"…).
     *
     * @param customerOrNull the customer the file is for, when known
     */
    IntakeMapping suggestMapping(List<String> header, String customerOrNull);

    /** Saves the mapping under its name (replacing one of that name), for the desktop and {@code order import}. */
    IntakeMapping saveMapping(IntakeMapping mapping);

    /** Every saved mapping, by name. */
    List<IntakeMapping> mappings();

    /**
     * Every row with its status and reasons, and the orders the rows make; a valid row with the price and
     * availability New order would show. Nothing is written.
     */
    IntakePreview preview(IntakeRequest request);

    /**
     * Places each order of the file in its own transaction through the normal order path (pricing, credit,
     * allocation): an order with a row in error is refused whole, nothing of it written; an order of this file
     * imported before is not placed again. Each outcome is recorded with the file's name and fingerprint, and
     * the mapping (when saved) is remembered for the customer.
     */
    IntakeResult confirm(IntakeRequest request);

    /** Remembers that the customer's own article code stands for our product, for this and every later file. */
    void resolveArticle(String customer, String theirCode, String sku);
}
