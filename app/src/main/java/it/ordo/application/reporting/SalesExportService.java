package it.ordo.application.reporting;

/** The accountants' export of a period's sales (EXPORT_SALES). */
public interface SalesExportService {

    /**
     * The orders sold from {@code period.from()} to {@code period.to()} with
     * their lines and totals per VAT rate and month.
     *
     * @throws it.ordo.domain.DomainException for a period that starts in the future
     */
    SalesExport sales(SalesPeriod period);
}
