package it.ordo.domain.fulfilment;

import it.ordo.domain.BaseEntity;
import it.ordo.domain.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.regex.Pattern;

/** Where a product lies in one warehouse; pick lists walk the bins in their written order. */
@Entity
@Table(name = "bin_location")
public class BinLocation extends BaseEntity {

    /** Letters, digits and dashes, as printed on the shelf labels (A-03-2). */
    private static final Pattern BIN = Pattern.compile("[A-Z0-9][A-Z0-9./-]{0,19}");

    private long productId;
    private long warehouseId;
    private String bin;
    @Version
    private long version;

    protected BinLocation() {
    }

    public BinLocation(long productId, long warehouseId, String bin) {
        this.productId = productId;
        this.warehouseId = warehouseId;
        move(bin);
    }

    public final void move(String newBin) {
        this.bin = normalize(newBin);
    }

    /** A bin as the warehouse writes it, in capitals; refused when empty or with other characters. */
    public static String normalize(String text) {
        String b = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!BIN.matcher(b).matches()) {
            throw new DomainException("bin.invalid", text == null ? "" : text);
        }
        return b;
    }

    public long productId() {
        return productId;
    }

    public long warehouseId() {
        return warehouseId;
    }

    public String bin() {
        return bin;
    }
}
