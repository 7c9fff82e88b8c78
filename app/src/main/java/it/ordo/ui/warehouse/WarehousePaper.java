package it.ordo.ui.warehouse;

import it.ordo.application.fulfilment.ShippingDocumentService;
import it.ordo.i18n.Texts;
import it.ordo.ui.TaskExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The warehouse's printouts from the desktop: made by the shipping-document
 * service, sent in the background to the printer this workstation chose for
 * them, or, with none chosen, saved to a file and opened. The screen goes on
 * while the printer works.
 */
final class WarehousePaper {

    private final ShippingDocumentService documents;
    private final WarehousePrinters.Store printers;
    private final TaskExecutor executor;
    private final Texts texts;
    private Consumer<String> say = s -> { };
    private Consumer<Path> open = p -> { };
    private Consumer<Throwable> fail = e -> { };

    WarehousePaper(ShippingDocumentService documents, WarehousePrinters.Store printers, TaskExecutor executor,
                   Texts texts) {
        this.documents = documents;
        this.printers = printers;
        this.executor = executor;
        this.texts = texts;
    }

    /** Where the outcome goes: a notice, a file to open, a failure to show. */
    void listen(Consumer<String> notice, Consumer<Path> openFile, Consumer<Throwable> failure) {
        this.say = notice;
        this.open = openFile;
        this.fail = failure;
    }

    WarehousePrinters.Store printers() {
        return printers;
    }

    void ddt(String ddtNumber) {
        document(() -> documents.ddtPdf(ddtNumber), ddtNumber, "ddt-" + ddtNumber);
    }

    void pickList(List<String> orderNumbers) {
        document(() -> documents.pickListPdf(orderNumbers), texts.get("warehouse.paper.pickList"),
                "pick-list-" + orderNumbers.getFirst());
    }

    void manifest(String carrier, String warehouse, LocalDate day) {
        document(() -> documents.manifestPdf(carrier, warehouse, day), texts.get("warehouse.paper.manifest"),
                "manifest-" + carrier + "-" + warehouse + "-" + day);
    }

    /** The shipment's parcel labels, as PDF or ZPL as the label printer wants them. */
    void labels(String ddtNumber) {
        WarehousePrinters.Choice choice = printers.load();
        WarehousePrinters.LabelFormat format = choice.labelFormat();
        String job = texts.get("warehouse.paper.labels", ddtNumber);
        String file = "labels-" + ddtNumber;
        if (format == WarehousePrinters.LabelFormat.PDF) {
            send(choice.labels(), () -> documents.labelsPdf(ddtNumber), true, job, file + ".pdf");
        } else {
            send(choice.labels(), () -> documents.labelsZpl(ddtNumber, format.dpi()).getBytes(StandardCharsets.UTF_8),
                    false, job, file + ".zpl");
        }
    }

    private void document(Callable<byte[]> make, String job, String file) {
        send(printers.load().documents(), make, true, job, file + ".pdf");
    }

    private void send(String printer, Callable<byte[]> make, boolean pdf, String job, String fileName) {
        executor.run(() -> {
            byte[] data = make.call();
            if (printer != null) {
                WarehousePrinters.send(printer, data, pdf, job);
                return null;
            }
            return save(data, fileName);
        }, saved -> {
            if (saved == null) {
                say.accept(texts.get("warehouse.paper.printed", job, printer));
            } else {
                say.accept(texts.get("warehouse.paper.saved", job, saved.toString()));
                open.accept(saved);
            }
        }, fail);
    }

    private static Path save(byte[] data, String fileName) throws IOException {
        Path dir = Files.createTempDirectory("ordo-warehouse");
        return Files.write(dir.resolve(fileName.replaceAll("[^A-Za-z0-9._-]", "_")), data);
    }
}
