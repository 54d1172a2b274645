package dev.vitae.render;

import dev.vitae.model.DateStyle;
import dev.vitae.model.PartialDate;

import java.util.Locale;

/**
 * Dates and date ranges as a reader sees them: {@code Feb 2019 – Present}, {@code 2016 – 2018}, {@code Mai 2020}.
 * A value that is not a JSON Resume date ("Summer 2019") is shown as written rather than dropped, except a word
 * for the present ("present", "Current"), which is shown as the locale's word for it.
 */
final class DateRanges {

    static final String DASH = " – ";

    private final DateStyle style;
    private final Locale locale;
    private final String present;

    DateRanges(DateStyle style, Locale locale, String present) {
        this.style = style;
        this.locale = locale;
        this.present = present;
    }

    /** One date, or "" when blank. */
    String date(String text) {
        String t = Xml.clean(text).strip();
        if (t.isEmpty()) {
            return "";
        }
        if (PartialDate.meansPresent(t)) {
            return present;
        }
        return PartialDate.forReading(t).map(d -> d.format(style, locale)).orElse(t);
    }

    /** A range; a start without an end runs to the present, an end without a start stands alone. */
    String range(String start, String end) {
        String from = date(start);
        String to = date(end);
        if (from.isEmpty()) {
            return to;
        }
        if (to.isEmpty()) {
            return from + DASH + present;
        }
        return from.equals(to) ? from : from + DASH + to;
    }
}
