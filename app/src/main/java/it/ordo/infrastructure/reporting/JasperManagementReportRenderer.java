package it.ordo.infrastructure.reporting;

import it.ordo.application.reporting.CellType;
import it.ordo.application.reporting.ManagementReportRenderer;
import it.ordo.application.reporting.PrintedReport;
import it.ordo.application.reporting.ReportChart;
import it.ordo.application.reporting.ReportTable;
import it.ordo.i18n.Texts;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Prints the returns, tickets and stock reports with the one template for
 * titled tables ({@code it/ordo/reports/management_report.jasper}), loaded
 * once. The cells are formatted here for the reader's locale from the
 * columns' types: euro with two decimals, quantities with up to three,
 * percentages with one, days as the locale writes them.
 */
public final class JasperManagementReportRenderer implements ManagementReportRenderer {

    static final String TEMPLATE = "/it/ordo/reports/management_report.jasper";
    /** The template has a column for the row's name and six more. */
    static final int COLUMNS = 7;
    /** The most bars the template's short and middle chart bands hold; the tall one holds ReportChart.MOST_BARS. */
    static final int SMALL_CHART = 3;
    static final int MEDIUM_CHART = 5;

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private final CompiledTemplate template = new CompiledTemplate(TEMPLATE);

    @Override
    public byte[] render(PrintedReport report, Locale locale, ZoneId zone) {
        Texts texts = new Texts(locale);
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put("companyName", report.companyName());
        p.put("title", report.title());
        p.put("subtitle", report.subtitle());
        p.put("printedAt", texts.get("mgmt.printedAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(locale).withZone(zone).format(report.madeAt())));
        p.put("pagePattern", texts.get("mgmt.page"));
        p.put("definitions", report.definitions());
        Cells cells = new Cells(locale);
        List<Map<String, ?>> records = new ArrayList<>();
        for (ReportChart chart : report.charts()) {
            java.awt.image.BufferedImage image = ReportChartImage.draw(chart, locale);
            if (image != null) {
                records.add(record("HEADING", List.of(chart.title())));
                // Three heights of band, so a chart of a few bars leaves no space of white under it.
                int bars = chart.bars().size();
                Map<String, Object> picture = record(bars <= SMALL_CHART ? "SMALL_CHART"
                        : bars <= MEDIUM_CHART ? "MEDIUM_CHART" : "CHART", List.of());
                picture.put("chart", image);
                records.add(picture);
            }
        }
        for (ReportTable table : report.tables()) {
            if (table.columns().size() > COLUMNS) {
                throw new IllegalArgumentException("The printed table " + table.title() + " has more than "
                        + COLUMNS + " columns");
            }
            records.add(record("HEADING", List.of(table.title())));
            List<String> headings = table.columns().stream().map(c -> c.header()).toList();
            records.add(record("COLUMNS", headings));
            if (table.rows().isEmpty()) {
                records.add(record("NOTE", List.of(table.empty())));
            }
            for (List<Object> row : table.rows()) {
                records.add(record("ROW", cells.format(table, row)));
            }
            if (table.total() != null) {
                records.add(record("TOTAL", cells.format(table, table.total())));
            }
        }
        try {
            JasperPrint print = JasperFillManager.getInstance(context).fill(template.get(), p,
                    new JRMapCollectionDataSource(records));
            return CompiledTemplate.pdf(context, print, report.title(), report.companyName());
        } catch (JRException | JRRuntimeException e) {
            throw new JasperOrderDocumentRenderer.DocumentRenderingException("Cannot print " + report.title() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Map<String, Object> record(String kind, List<String> values) {
        Map<String, Object> r = new HashMap<>();
        r.put("kind", kind);
        for (int i = 0; i < values.size(); i++) {
            r.put("c" + i, values.get(i));
        }
        return r;
    }

    /** The locale's formats for each type of cell. */
    private static final class Cells {

        private final DecimalFormat money;
        private final DecimalFormat quantity;
        private final DecimalFormat integer;
        private final DecimalFormat percent;
        private final DateTimeFormatter date;

        Cells(Locale locale) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
            money = new DecimalFormat("#,##0.00 \u20ac", symbols);
            quantity = new DecimalFormat("#,##0.###", symbols);
            integer = new DecimalFormat("#,##0", symbols);
            percent = new DecimalFormat("#,##0.0 '%'", symbols);
            date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        }

        List<String> format(ReportTable table, List<Object> row) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                out.add(format(table.columns().get(i).type(), row.get(i)));
            }
            return out;
        }

        private String format(CellType type, Object value) {
            if (value == null) {
                return null;
            }
            return switch (type) {
                case MONEY -> money.format(value);
                case QUANTITY -> quantity.format(value);
                case INTEGER -> integer.format(value);
                case PERCENT -> percent.format(value);
                case DATE -> value instanceof LocalDate d ? date.format(d) : value.toString();
                case TEXT, TIMESTAMP, BOOLEAN -> value.toString();
            };
        }
    }
}
