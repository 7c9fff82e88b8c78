package it.ordo.domain.customer;

import it.ordo.domain.Address;
import it.ordo.domain.BaseEntity;
import it.ordo.domain.DomainException;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A business customer with its commercial conditions. */
@Entity
@Table(name = "customer")
public class Customer extends BaseEntity {

    private String code;
    private String name;
    @Column(name = "vat_number")
    private String vatNumber;
    @Column(name = "fiscal_code")
    private String fiscalCode;
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
    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String code, String name, String vatNumber, String fiscalCode, Address billingAddress,
                    String paymentTerms, long defaultWarehouseId) {
        this.code = code;
        this.defaultWarehouseId = defaultWarehouseId;
        rename(name, vatNumber, fiscalCode, billingAddress);
        this.paymentTerms = paymentTerms;
    }

    /** Identity data: at least one of Partita IVA and Codice Fiscale, each valid by its check digit. */
    public final void rename(String newName, String newVatNumber, String newFiscalCode, Address newBilling) {
        boolean noVat = newVatNumber == null || newVatNumber.isBlank();
        boolean noFiscal = newFiscalCode == null || newFiscalCode.isBlank();
        if (noVat && noFiscal) {
            throw new DomainException("customer.identity.missing");
        }
        this.name = newName;
        this.vatNumber = noVat ? null : PartitaIva.of(newVatNumber).value();
        this.fiscalCode = noFiscal ? null : CodiceFiscale.of(newFiscalCode).value();
        this.billingAddress = newBilling;
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
