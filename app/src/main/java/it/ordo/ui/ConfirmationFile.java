package it.ordo.ui;

import it.ordo.application.reporting.OrderDocumentService;
import java.nio.file.Files;
import java.nio.file.Path;

/** An order's confirmation PDF as a temporary file for the system viewer; call it off the JavaFX thread. */
public final class ConfirmationFile {

    private ConfirmationFile() {
    }

    public static Path write(OrderDocumentService documents, String number) throws java.io.IOException {
        byte[] pdf = documents.orderConfirmation(number);
        Path file = Files.createTempFile("ordo-" + number, ".pdf");
        Files.write(file, pdf);
        file.toFile().deleteOnExit();
        return file;
    }
}
