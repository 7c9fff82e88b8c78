package it.ordo.application.fulfilment;

import it.ordo.application.imports.ImportReport;
import java.util.List;

/**
 * What a tracking import did: rows read, events recorded (sensor readings
 * among them), repeats of events already known, shipments delivered by it,
 * exceptions flagged for customer service, and each refused row with its reasons.
 */
public record TrackingReport(int rows, int recorded, int sensorReadings, int duplicates, int delivered,
                             int ordersDelivered, int exceptions, List<ImportReport.RowError> errors) {
}
