package it.ordo.application.returns;

import it.ordo.application.NotFoundException;
import it.ordo.domain.Quantities;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.company.Company;
import it.ordo.domain.company.CompanyRepository;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.returns.CustomerReturn;
import it.ordo.domain.returns.ReturnLine;
import it.ordo.domain.returns.ReturnRepository;
import java.util.List;
import java.util.Map;

/**
 * The return label of an authorised return, for the one who asks for it (customer service printing it, the
 * mail sender attaching it to the "return authorised" e-mail): read inside the caller's transaction, printed
 * after it. Not a use case: its callers check their own permission.
 */
public final class ReturnLabels {

    private final ReturnRepository returns;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final CompanyRepository company;
    private final ReturnLabelRenderer renderer;

    public ReturnLabels(ReturnRepository returns, CustomerRepository customers, ProductRepository products,
                        CompanyRepository company, ReturnLabelRenderer renderer) {
        this.returns = returns;
        this.customers = customers;
        this.products = products;
        this.company = company;
        this.renderer = renderer;
    }

    /** What the label of return {@code rmaNumber} says; inside a transaction. */
    public ReturnLabelRenderer.Label read(String rmaNumber) {
        CustomerReturn r = returns.findByNumber(rmaNumber).orElseThrow(() -> new NotFoundException("return", rmaNumber));
        Customer customer = customers.find(r.customerId()).orElseThrow();
        Company c = company.find().orElse(null);
        String companyAddress = c == null ? "" : c.street() + "\n" + c.postalCode() + " " + c.city()
                + (c.province() == null ? "" : " (" + c.province() + ")");
        Map<Long, Product> byId = products.findAll(r.lines().stream().map(ReturnLine::productId).distinct().toList());
        List<String> lines = r.lines().stream().map(l -> {
            Product p = byId.get(l.productId());
            return Quantities.shown(l.quantity()).toPlainString() + " \u00d7 " + p.sku() + "  " + p.description();
        }).toList();
        return new ReturnLabelRenderer.Label(r.number(), r.orderNumber(), customer.language(),
                c == null ? "" : c.name(), companyAddress, customer.name(),
                customer.billingAddress() == null ? "" : customer.billingAddress().oneLine(), lines);
    }

    /** The label as a PDF; outside any transaction (a PDF never holds the database). */
    public byte[] pdf(ReturnLabelRenderer.Label label) {
        return renderer.render(label);
    }
}
