package it.ordo.application.returns;

import java.util.List;

/** Prints the return label the customer sticks on the parcel, RMA number as a Code 128 (JasperReports in infrastructure). */
public interface ReturnLabelRenderer {

    /** What the label says; the lines as "qty × SKU description", already in the customer's language. */
    record Label(String rmaNumber, String orderNumber, String language, String companyName, String companyAddress,
                 String customerName, String customerAddress, List<String> lines) {
    }

    byte[] render(Label label);
}
