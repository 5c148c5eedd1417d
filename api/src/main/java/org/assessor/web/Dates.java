package org.assessor.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the pages write them: "31 January 2027, 17:00 UTC". */
final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private Dates() {
    }

    static String date(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(day);
    }

    static String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }
}
