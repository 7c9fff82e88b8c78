package it.ordo.application.intake;

import java.math.BigDecimal;

/**
 * What the operator changed in the preview for one row of the file (the file itself is never changed).
 *
 * @param sku      the product chosen for the row; null to keep what the file says
 * @param quantity the corrected quantity; null to keep the file's
 * @param skip     leave the row out of its order
 */
public record RowFix(int row, String sku, BigDecimal quantity, boolean skip) {
}
