package it.ordo.infrastructure.reporting;

import it.ordo.application.reporting.CellType;
import it.ordo.application.reporting.ReportChart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Draws a management report's bar chart with Java2D, as the fulfilment report draws its chart: one
 * horizontal bar per row, its name on the left and its value, formatted for the reader's locale, at its end.
 * Drawn at four times the printed size, so the bars and the text stay sharp on paper.
 */
final class ReportChartImage {

    /** The printed width of the page's text column, in points. */
    static final int WIDTH = 539;
    /** The printed height of one bar's row, in points. */
    static final int ROW = 16;

    private static final int SCALE = 4;
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color BAR = new Color(0x1F, 0x3A, 0x5F);
    private static final Color AXIS = new Color(0xB8, 0xC4, 0xD4);

    private ReportChartImage() {
    }

    /** The chart as an image; null when it has no bar. */
    static BufferedImage draw(ReportChart chart, Locale locale) {
        if (chart.bars().isEmpty()) {
            return null;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        DecimalFormat format = switch (chart.type()) {
            case PERCENT -> new DecimalFormat("#,##0.0 '%'", symbols);
            case MONEY -> new DecimalFormat("#,##0.00 \u20ac", symbols);
            default -> new DecimalFormat("#,##0.###", symbols);
        };
        int width = WIDTH * SCALE;
        int rowHeight = ROW * SCALE;
        int height = rowHeight * chart.bars().size() + 8 * SCALE;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(new Font("DejaVu Sans", Font.PLAIN, 7 * SCALE));
            FontMetrics metrics = g.getFontMetrics();
            // A percentage is measured against the whole, so a bar of 50 % fills half the space.
            BigDecimal max = chart.type() == CellType.PERCENT ? BigDecimal.valueOf(100)
                    : chart.bars().stream().map(ReportChart.Bar::value).reduce(BigDecimal.ONE, BigDecimal::max);
            int labelWidth = 170 * SCALE;
            int barSpace = width - labelWidth - 60 * SCALE;
            int y = 4 * SCALE;
            for (ReportChart.Bar bar : chart.bars()) {
                g.setColor(TEXT);
                g.drawString(fit(bar.label(), metrics, labelWidth - 6 * SCALE), 0, y + rowHeight * 2 / 3);
                int length = (int) Math.max(1, Math.round(barSpace * Math.max(0, bar.value().doubleValue())
                        / max.doubleValue()));
                g.setColor(BAR);
                g.fillRect(labelWidth, y + 3 * SCALE, length, rowHeight - 6 * SCALE);
                g.setColor(TEXT);
                g.drawString(format.format(bar.value()), labelWidth + length + 4 * SCALE, y + rowHeight * 2 / 3);
                y += rowHeight;
            }
            g.setColor(AXIS);
            g.setStroke(new BasicStroke(SCALE));
            g.drawLine(labelWidth, 0, labelWidth, y);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The label cut with an ellipsis where it would run into the bars (a reason is free text). */
    private static String fit(String label, FontMetrics metrics, int room) {
        if (metrics.stringWidth(label) <= room) {
            return label;
        }
        String cut = label;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "\u2026") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }
}
