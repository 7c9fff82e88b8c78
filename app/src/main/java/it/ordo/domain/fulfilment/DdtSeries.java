package it.ordo.domain.fulfilment;

import it.ordo.domain.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A warehouse that numbers its DDTs in a series of its own (a company whose
 * warehouses issue documents apart, each with its own register). Warehouses
 * without one use the company's series, {@link DdtNumber#SERIES}. Each series
 * is gap-free per year, like the company's.
 */
@Entity
@Table(name = "ddt_series")
public class DdtSeries {

    /** Letters only, so a DDT number stays SERIES-YYYY-NNNNNN and reads back unambiguously. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{1,6}");

    @Id
    private Long warehouseId;
    private String series;
    @Version
    private long version;

    protected DdtSeries() {
    }

    public DdtSeries(long warehouseId, String series) {
        this.warehouseId = warehouseId;
        this.series = code(series);
    }

    /** A series as typed: one to six letters, not the company's own series. */
    public static String code(String typed) {
        String s = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(s).matches() || s.equals(DdtNumber.SERIES)) {
            throw new DomainException("ddt.series.invalid", typed == null ? "" : typed);
        }
        return s;
    }

    public void rename(String newSeries) {
        this.series = code(newSeries);
    }

    /**
     * The counter of a series in the numbering table: the company's is "DDT"
     * (as it always was); a warehouse's is kept apart from every other
     * counter there (orders, tickets, returns) by its "DDT-" prefix.
     */
    public static String counter(String series) {
        return series.equals(DdtNumber.SERIES) ? series : DdtNumber.SERIES + "-" + series;
    }

    public long warehouseId() {
        return warehouseId;
    }

    public String series() {
        return series;
    }
}
