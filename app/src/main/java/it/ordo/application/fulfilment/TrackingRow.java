package it.ordo.application.fulfilment;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.domain.Message;
import it.ordo.domain.fulfilment.SensorKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of a tracking file, checked: the tracking number, when, the
 * carrier's status code or a sensor reading, place and text. A time without
 * an offset is the company's local time, as carriers' files usually write it.
 */
record TrackingRow(int line, String trackingNumber, Instant at, String statusCode, String place, String text,
                   SensorKind sensor, BigDecimal value) {

    /** Shock in g and temperature in °C beyond these are a broken reading, not a parcel's story. */
    private static final BigDecimal MAX_READING = new BigDecimal("1000");

    /** The row checked, or null with its reasons added to {@code errors}. */
    static TrackingRow parse(ImportRow row, ZoneId zone, List<ImportReport.RowError> errors) {
        List<Message> problems = new ArrayList<>();
        String tracking = field(row, "tracking");
        if (tracking == null) {
            problems.add(Message.of("tracking.number.missing"));
        } else if (tracking.length() > 40) {
            problems.add(Message.of("tracking.number.long", tracking));
        }
        Instant at = null;
        String time = field(row, "time");
        if (time == null) {
            problems.add(Message.of("tracking.time.missing"));
        } else {
            at = instant(time, zone);
            if (at == null) {
                problems.add(Message.of("tracking.time.invalid", time));
            }
        }
        String status = field(row, "status");
        if (status != null && status.length() > 30) {
            problems.add(Message.of("tracking.status.unknown", status, "-"));
        }
        SensorKind sensor = null;
        BigDecimal value = null;
        String sensorText = field(row, "sensor");
        if (sensorText != null) {
            String s = sensorText.toUpperCase(Locale.ROOT);
            sensor = s.startsWith("TEMP") ? SensorKind.TEMPERATURE : s.equals("SHOCK") ? SensorKind.SHOCK : null;
            if (sensor == null) {
                problems.add(Message.of("tracking.sensor.unknown", sensorText));
            }
            String v = field(row, "value");
            try {
                value = v == null ? null : new BigDecimal(v.replace(',', '.'));
            } catch (NumberFormatException e) {
                value = null;
            }
            if (value == null || value.abs().compareTo(MAX_READING) > 0) {
                problems.add(Message.of("tracking.sensor.value", v == null ? "" : v, sensorText));
            }
        }
        if (status == null && sensorText == null) {
            problems.add(Message.of("tracking.nothing"));
        }
        if (!problems.isEmpty()) {
            errors.add(new ImportReport.RowError(row.line(), tracking, problems));
            return null;
        }
        return new TrackingRow(row.line(), tracking, at, status, cut(field(row, "place"), 120),
                cut(field(row, "text"), 300), sensor, value);
    }

    private static Instant instant(String text, ZoneId zone) {
        String t = text.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).atZone(zone).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static String field(ImportRow row, String name) {
        String v = row.fields().get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
