package it.ordo.domain.fulfilment;

import it.ordo.domain.BaseEntity;
import it.ordo.domain.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A carrier (vettore): named with its address on the DDT, its tracking link on the label. */
@Entity
@Table(name = "carrier")
public class Carrier extends BaseEntity {

    private String code;
    private String name;
    private String address;
    /** The tracking page, with {0} where the tracking number goes. */
    private String trackingUrl;
    private boolean active = true;
    @Version
    private long version;

    protected Carrier() {
    }

    public Carrier(String code, String name, String address, String trackingUrl) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z0-9_]{2,10}")) {
            throw new DomainException("carrier.code.invalid", code == null ? "" : code);
        }
        this.code = c;
        update(name, address, trackingUrl);
    }

    public final void update(String newName, String newAddress, String newTrackingUrl) {
        if (newName == null || newName.isBlank() || newName.length() > 120) {
            throw new DomainException("carrier.name.invalid", code);
        }
        if (newTrackingUrl != null && !newTrackingUrl.isBlank()
                && (!newTrackingUrl.startsWith("https://") || !newTrackingUrl.contains("{0}"))) {
            throw new DomainException("carrier.trackingUrl.invalid", code, newTrackingUrl);
        }
        this.name = newName.strip();
        this.address = newAddress == null || newAddress.isBlank() ? null : newAddress.strip();
        this.trackingUrl = newTrackingUrl == null || newTrackingUrl.isBlank() ? null : newTrackingUrl.strip();
    }

    /** The tracking page of a parcel, or null when the carrier has none or the parcel no number yet. */
    public String trackingLink(String trackingNumber) {
        if (trackingUrl == null || trackingNumber == null) {
            return null;
        }
        return trackingUrl.replace("{0}", URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8));
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String trackingUrl() {
        return trackingUrl;
    }

    public boolean active() {
        return active;
    }
}
