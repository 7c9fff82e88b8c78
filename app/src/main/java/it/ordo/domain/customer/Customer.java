package it.ordo.domain.customer;

import it.ordo.domain.Address;
import it.ordo.domain.BaseEntity;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.order.Channel;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A customer with its commercial conditions. Its {@link CustomerKind} says which identity codes it needs and,
 * with where the goods go, the VAT treatment of its orders.
 */
@Entity
@Table(name = "customer")
public class Customer extends BaseEntity {

    private String code;
    @Enumerated(EnumType.STRING)
    @Column(name = "customer_kind")
    private CustomerKind kind = CustomerKind.IT_BUSINESS;
    private String name;
    @Column(name = "vat_number")
    private String vatNumber;
    @Column(name = "fiscal_code")
    private String fiscalCode;
    /** Public administration: the office code (codice univoco ufficio) electronic invoices are sent to. */
    @Column(name = "office_code")
    private String officeCode;
    @Column(name = "vies_confirmed_by")
    private String viesConfirmedBy;
    @Column(name = "vies_confirmed_at")
    private Instant viesConfirmedAt;
    private String email;
    private String phone;
    private String language = "it";
    @Enumerated(EnumType.STRING)
    private Tier tier = Tier.B;
    @Column(name = "credit_limit")
    private BigDecimal creditLimit = BigDecimal.ZERO;
    @Column(name = "payment_terms")
    private String paymentTerms;
    @Column(name = "price_list_id")
    private Long priceListId;
    @Column(name = "customer_group")
    private String customerGroup;
    @Enumerated(EnumType.STRING)
    @Column(name = "default_channel")
    private Channel defaultChannel = Channel.PHONE;
    @Column(name = "sales_agent")
    private String salesAgent;
    @Column(name = "accepts_backorders")
    private boolean acceptsBackorders = true;
    private boolean blocked;
    @Column(name = "default_warehouse_id")
    private Long defaultWarehouseId;
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "bill_street")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "bill_postal_code")),
        @AttributeOverride(name = "city", column = @Column(name = "bill_city")),
        @AttributeOverride(name = "province", column = @Column(name = "bill_province")),
        @AttributeOverride(name = "country", column = @Column(name = "bill_country"))
    })
    private Address billingAddress;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "customer_id", nullable = false)
    @OrderBy("position")
    private List<ShippingAddress> shippingAddresses = new ArrayList<>();
    /** The kinds of e-mail the customer does not want, names separated by commas; null for none. */
    @Column(name = "mail_opt_out")
    private String mailOptOut;
    @Version
    private long version;

    protected Customer() {
    }

    /** An Italian customer: a business with a Partita IVA, else a person with a Codice Fiscale. */
    public Customer(String code, String name, String vatNumber, String fiscalCode, Address billingAddress,
                    String paymentTerms, long defaultWarehouseId) {
        this(code, blank(vatNumber) ? CustomerKind.IT_PERSON : CustomerKind.IT_BUSINESS, name, vatNumber, fiscalCode,
                null, billingAddress, paymentTerms, defaultWarehouseId);
    }

    public Customer(String code, CustomerKind kind, String name, String vatNumber, String fiscalCode,
                    String officeCode, Address billingAddress, String paymentTerms, long defaultWarehouseId) {
        this.code = code;
        this.defaultWarehouseId = defaultWarehouseId;
        identify(kind, name, vatNumber, fiscalCode, officeCode, billingAddress);
        this.paymentTerms = paymentTerms;
    }

    /** Identity data of an Italian customer, keeping its kind (see {@link #identify}). */
    public final void rename(String newName, String newVatNumber, String newFiscalCode, Address newBilling) {
        CustomerKind same = kind == null ? CustomerKind.IT_BUSINESS : kind;
        if ((same == CustomerKind.IT_BUSINESS || same == CustomerKind.IT_PERSON)) {
            same = blank(newVatNumber) ? CustomerKind.IT_PERSON : CustomerKind.IT_BUSINESS;
        }
        identify(same, newName, newVatNumber, newFiscalCode, officeCode, newBilling);
    }

    /**
     * Who the customer is: its kind, name, codes and billing address, all checked together
     * ({@link #identityProblems}); nothing changes when any is wrong. A changed VAT number drops the VIES
     * confirmation, which was for the old one.
     *
     * @throws ValidationException with one message per wrong field
     */
    public final void identify(CustomerKind newKind, String newName, String newVatNumber, String newFiscalCode,
                               String newOfficeCode, Address newBilling) {
        List<Message> problems = identityProblems(newKind, newVatNumber, newFiscalCode, newOfficeCode,
                newBilling);
        if (!problems.isEmpty()) {
            if (problems.size() == 1) {
                throw new DomainException(problems.getFirst().key(), problems.getFirst().args().toArray());
            }
            throw new ValidationException(problems);
        }
        String vat = normalVat(newKind, newVatNumber);
        if (vat == null || !vat.equals(vatNumber)) {
            viesConfirmedBy = null;
            viesConfirmedAt = null;
        }
        this.kind = newKind;
        this.name = newName;
        this.vatNumber = vat;
        this.fiscalCode = blank(newFiscalCode) ? null : CodiceFiscale.of(newFiscalCode).value();
        this.officeCode = newKind == CustomerKind.PUBLIC_ADMINISTRATION ? newOfficeCode.strip().toUpperCase() : null;
        this.billingAddress = newBilling;
    }

    /** The form a valid VAT number is stored in: 11 digits for Italy, prefixed elsewhere in the EU. */
    private static String normalVat(CustomerKind kind, String raw) {
        if (blank(raw)) {
            return null;
        }
        return switch (kind) {
            case EU_BUSINESS -> EuVatNumber.of(raw).toString();
            case NON_EU_BUSINESS -> raw.strip().toUpperCase().replace(" ", "");
            default -> PartitaIva.of(raw).value();
        };
    }

    private static final Pattern OFFICE_CODE = Pattern.compile("[A-Z0-9]{6}");
    private static final Pattern FOREIGN_TAX_ID = Pattern.compile("[A-Z0-9./-]{2,20}");

    /**
     * Every problem of a customer's identity, each naming its field: the codes its kind requires, valid by
     * their check digits; an EU VAT number whose prefix is the billing country's; the postal code in the billing
     * country's format. Empty when the data can be recorded.
     */
    public static List<Message> identityProblems(CustomerKind kind, String vatNumber, String fiscalCode,
                                                                String officeCode, Address billing) {
        List<Message> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(Message.of("customer.kind.missing"));
            return problems;
        }
        String country = billing == null ? null : billing.country();
        boolean noVat = blank(vatNumber);
        boolean noFiscal = blank(fiscalCode);
        switch (kind) {
            case IT_BUSINESS -> {
                if (noVat) {
                    problems.add(Message.of("customer.vatNumber.required", kind.name()));
                }
            }
            case IT_PERSON -> {
                if (noFiscal && noVat) {
                    problems.add(Message.of("customer.identity.missing"));
                } else if (noFiscal) {
                    problems.add(Message.of("customer.fiscalCode.required", kind.name()));
                }
            }
            case PUBLIC_ADMINISTRATION -> {
                if (noFiscal) {
                    problems.add(Message.of("customer.fiscalCode.required", kind.name()));
                }
                if (officeCode == null || !OFFICE_CODE.matcher(officeCode.strip().toUpperCase()).matches()) {
                    problems.add(Message.of("customer.officeCode.invalid",
                            officeCode == null ? "" : officeCode));
                }
            }
            case EU_BUSINESS -> {
                if (noVat) {
                    problems.add(Message.of("customer.vatNumber.required", kind.name()));
                } else {
                    Optional<Message> wrong = EuVatNumber.problem(vatNumber);
                    if (wrong.isPresent()) {
                        problems.add(wrong.get());
                    } else {
                        EuVatNumber eu = EuVatNumber.of(vatNumber);
                        if ("IT".equals(eu.country())) {
                            problems.add(Message.of("customer.euVatNumber.italian", eu.toString()));
                        } else if (country != null && !eu.isoCountry().equals(country)) {
                            problems.add(Message.of("customer.euVatNumber.country", eu.toString(),
                                    country, EuCountries.vatPrefix(country)));
                        }
                    }
                }
                if (country != null && !EuCountries.isMember(country)) {
                    problems.add(Message.of("customer.country.notEu", country));
                }
            }
            case NON_EU_BUSINESS -> {
                if (!noVat && !FOREIGN_TAX_ID.matcher(vatNumber.strip().toUpperCase().replace(" ", "")).matches()) {
                    problems.add(Message.of("customer.taxId.invalid", vatNumber));
                }
                if (EuCountries.isMember(country)) {
                    problems.add(Message.of("customer.country.inEu", country));
                }
            }
            case CONSUMER -> {
                if (!noVat) {
                    problems.add(Message.of("customer.consumer.vatNumber", vatNumber));
                }
            }
        }
        boolean italianVat = kind == CustomerKind.IT_BUSINESS || kind == CustomerKind.IT_PERSON
                || kind == CustomerKind.PUBLIC_ADMINISTRATION;
        if (italianVat && !noVat && !PartitaIva.isValid(vatNumber)) {
            problems.add(Message.of("customer.vatNumber.invalid", vatNumber));
        }
        if (!noFiscal && !CodiceFiscale.isValid(fiscalCode)) {
            problems.add(Message.of("customer.fiscalCode.invalid", fiscalCode));
        }
        if (billing != null) {
            PostalCodes.problem(billing.country(), billing.postalCode(), billing.province()).ifPresent(problems::add);
        }
        return problems;
    }

    /** Records that a person found the EU VAT number registered on VIES; only for an EU business. */
    public void confirmVies(ViesConfirmation confirmation) {
        if (kind != CustomerKind.EU_BUSINESS) {
            throw new DomainException("customer.vies.notEu", code, kind.name());
        }
        this.viesConfirmedBy = confirmation.confirmedBy();
        this.viesConfirmedAt = confirmation.confirmedAt();
    }

    /** The VIES confirmation of the current VAT number, if someone made one. */
    public Optional<ViesConfirmation> viesConfirmation() {
        return viesConfirmedBy == null ? Optional.empty()
                : Optional.of(new ViesConfirmation(viesConfirmedBy, viesConfirmedAt));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public void setContacts(String newEmail, String newPhone, String newLanguage) {
        this.email = newEmail;
        this.phone = newPhone;
        this.language = "en".equals(newLanguage) ? "en" : "it";
    }

    public void setTerms(Tier newTier, BigDecimal newCreditLimit, String newPaymentTerms, boolean backorders) {
        if (newCreditLimit.signum() < 0) {
            throw new DomainException("customer.creditLimit.negative", newCreditLimit);
        }
        this.tier = newTier;
        this.creditLimit = newCreditLimit;
        this.paymentTerms = newPaymentTerms;
        this.acceptsBackorders = backorders;
    }

    public void setSales(Long newPriceListId, String newGroup, Channel channel, String agent, long warehouseId) {
        this.priceListId = newPriceListId;
        this.customerGroup = newGroup;
        this.defaultChannel = channel;
        this.salesAgent = agent;
        this.defaultWarehouseId = warehouseId;
    }

    /**
     * The kinds of e-mail the customer does not want, as their names separated by commas (null: none); read and
     * written through {@code domain.notification.MailOptOuts}, which knows the kinds.
     */
    public String mailOptOut() {
        return mailOptOut;
    }

    public void setMailOptOut(String kinds) {
        this.mailOptOut = kinds == null || kinds.isBlank() ? null : kinds;
    }

    public void block() {
        blocked = true;
    }

    public void unblock() {
        blocked = false;
    }

    /** Sets the default (first) delivery address, adding it when the customer has none yet. */
    public void setDefaultShippingAddress(String label, Address address) {
        if (shippingAddresses.isEmpty()) {
            shippingAddresses.add(new ShippingAddress(0, label, address));
        } else {
            shippingAddresses.getFirst().change(label, address);
        }
    }

    public void addShippingAddress(String label, Address address) {
        shippingAddresses.add(new ShippingAddress(shippingAddresses.size(), label, address));
    }

    /** Where goods go unless the order says otherwise: the first delivery address, else the billing address. */
    public Address defaultShipTo() {
        return shippingAddresses.isEmpty() ? billingAddress : shippingAddresses.getFirst().address();
    }

    public String code() {
        return code;
    }

    public CustomerKind kind() {
        return kind;
    }

    public String officeCode() {
        return officeCode;
    }

    public String name() {
        return name;
    }

    public String vatNumber() {
        return vatNumber;
    }

    public String fiscalCode() {
        return fiscalCode;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String language() {
        return language;
    }

    public Tier tier() {
        return tier;
    }

    public BigDecimal creditLimit() {
        return creditLimit;
    }

    public String paymentTerms() {
        return paymentTerms;
    }

    public Long priceListId() {
        return priceListId;
    }

    public String customerGroup() {
        return customerGroup;
    }

    public Channel defaultChannel() {
        return defaultChannel;
    }

    public String salesAgent() {
        return salesAgent;
    }

    public boolean acceptsBackorders() {
        return acceptsBackorders;
    }

    public boolean blocked() {
        return blocked;
    }

    public long defaultWarehouseId() {
        return defaultWarehouseId;
    }

    public Address billingAddress() {
        return billingAddress;
    }

    public List<ShippingAddress> shippingAddresses() {
        return Collections.unmodifiableList(shippingAddresses);
    }

    public long version() {
        return version;
    }
}
