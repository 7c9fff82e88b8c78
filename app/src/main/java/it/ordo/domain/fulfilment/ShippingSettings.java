package it.ordo.domain.fulfilment;

import it.ordo.domain.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The company's shipping identity: its GS1 company prefix and the extension
 * digit of its SSCCs. Without a prefix (a company not in GS1) parcels get no
 * SSCC and labels print without one. One row.
 */
@Entity
@Table(name = "shipping_settings")
public class ShippingSettings {

    @Id
    private Long id = 1L;
    private String gs1Prefix;
    private int ssccExtension;
    @Version
    private long version;

    protected ShippingSettings() {
    }

    public ShippingSettings(String gs1Prefix, int ssccExtension) {
        change(gs1Prefix, ssccExtension);
    }

    /** A blank prefix removes it: parcels shipped from now on have no SSCC. */
    public void change(String prefix, int extension) {
        if (extension < 0 || extension > 9) {
            throw new DomainException("sscc.extension.invalid", extension);
        }
        this.gs1Prefix = prefix == null || prefix.isBlank() ? null : Sscc.prefix(prefix);
        this.ssccExtension = extension;
    }

    /** The SSCC of the parcel with this serial, or null for a company without a GS1 prefix. */
    public Sscc sscc(long serial) {
        return gs1Prefix == null ? null : Sscc.of(ssccExtension, gs1Prefix, serial);
    }

    public String gs1Prefix() {
        return gs1Prefix;
    }

    public int ssccExtension() {
        return ssccExtension;
    }
}
