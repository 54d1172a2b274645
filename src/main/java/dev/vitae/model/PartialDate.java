package dev.vitae.model;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as JSON Resume writes it: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. The precision is part
 * of the value: {@code 2021} is a year, not 1 January 2021.
 *
 * @param year  four-digit year
 * @param month 1–12, or 0 when only the year is known
 * @param day   1–31, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    /** A full date with a time of day, as files exported from other tools have: {@code 2010-08-01T00:00:00.000Z}. */
    private static final Pattern WITH_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?");
    /** Words files use for an end date that has not come, where the format leaves the end date out. */
    private static final Pattern PRESENT = Pattern.compile("(?i)present|current|now|today|ongoing");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("there is no year " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("there is no month " + month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("a day needs a month");
            }
            int length = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > length) {
                throw new IllegalArgumentException(Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " " + year + " has no day " + day);
            }
        }
    }

    /**
     * Parses a JSON Resume date.
     *
     * @throws IllegalArgumentException with a message fit for a user, e.g. {@code "2021-13" is not a date}
     */
    public static PartialDate parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = SHAPE.matcher(s);
        if (!m.matches()) {
            Matcher withTime = WITH_TIME.matcher(s);
            throw new IllegalArgumentException(quote(s) + (withTime.matches()
                    ? " is not a date (write " + withTime.group(1) + ": a résumé's dates have no time of day)"
                    : " is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"));
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            // 0 means "not given" inside the record, so a written 00 must be refused here
            if (m.group(2) != null && month == 0) {
                throw new IllegalArgumentException("there is no month 0");
            }
            if (m.group(3) != null && day == 0) {
                throw new IllegalArgumentException("there is no day 0");
            }
            return new PartialDate(year, month, day);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(quote(s) + " is not a date (" + e.getMessage() + ")");
        }
    }

    private static String quote(String s) {
        return '"' + (s.length() > 40 ? s.substring(0, 39) + "…" : s) + '"';
    }

    /** Whether {@code text} is a word such as "Present" written in place of an end date. */
    public static boolean meansPresent(String text) {
        return text != null && PRESENT.matcher(text.strip()).matches();
    }

    /**
     * The date a reader should see: as {@link #tryParse}, and also the day of a date with a time of day, which
     * the format does not allow but other tools write.
     */
    public static Optional<PartialDate> forReading(String text) {
        Optional<PartialDate> date = tryParse(text);
        if (date.isEmpty() && text != null) {
            Matcher withTime = WITH_TIME.matcher(text.strip());
            if (withTime.matches()) {
                return tryParse(withTime.group(1));
            }
        }
        return date;
    }

    public static Optional<PartialDate> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean hasMonth() {
        return month != 0;
    }

    public boolean hasDay() {
        return day != 0;
    }

    /** The JSON Resume spelling, at this date's own precision. */
    public String iso() {
        if (!hasMonth()) {
            return String.format("%04d", year);
        }
        if (!hasDay()) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /**
     * The date for a reader. Résumés show months, not days, so a full date is shown at month precision; a
     * year stays a year in every style.
     */
    public String format(DateStyle style, Locale locale) {
        if (!hasMonth()) {
            return Integer.toString(year);
        }
        String language = locale.getLanguage();
        if (style != DateStyle.ISO && style != DateStyle.NUMERIC) {
            // East Asian languages write year and month with counters, whatever the length
            switch (language) {
                case "ja", "zh":
                    return year + "年" + month + "月";
                case "ko":
                    return year + "년 " + month + "월";
                default:
                    break;
            }
        }
        Month m = Month.of(month);
        return switch (style) {
            case NUMERIC -> month + "/" + year;
            case ISO -> String.format("%04d-%02d", year, month);
            case SHORT -> stripDot(m.getDisplayName(TextStyle.SHORT_STANDALONE, locale), locale) + " " + year;
            case LONG -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + year;
        };
    }

    /** English short months carry no dot; keep other languages' abbreviations as the locale spells them. */
    private static String stripDot(String month, Locale locale) {
        return locale.getLanguage().equals("en") && month.endsWith(".") ? month.substring(0, month.length() - 1) : month;
    }

    /** Orders by year, then month, then day; an unknown month or day sorts first. */
    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override
    public String toString() {
        return iso();
    }
}
