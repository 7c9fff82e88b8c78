package it.ordo.application.reporting;

/** Turns order data into a printable document (PDF bytes). Implemented with JasperReports in infrastructure. */
public interface OrderDocumentRenderer {

    byte[] renderOrderConfirmation(OrderConfirmationData data);
}
