package it.ordo.ui.reporting;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A report's PDF as pictures of its pages, for the preview: drawn on the
 * background executor, never on the JavaFX thread. At most {@link #MOST}
 * pages are drawn (a page at screen resolution holds megabytes); the rest are
 * on paper or in the saved file.
 */
final class PdfPages {

    static final int MOST = 20;
    /** About the screen's resolution: an A4 page fits a window's width at 100 %. */
    private static final float DPI = 96f;

    /** What the preview shows: the pages drawn and how many the document has. */
    record Pages(String title, List<BufferedImage> pages, int total) {
    }

    private PdfPages() {
    }

    static Pages draw(String title, byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < Math.min(MOST, doc.getNumberOfPages()); i++) {
                pages.add(renderer.renderImageWithDPI(i, DPI, ImageType.RGB));
            }
            return new Pages(title, pages, doc.getNumberOfPages());
        }
    }
}
