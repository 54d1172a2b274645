package dev.vitae.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialDateTest {

    @Test
    void parsesTheThreePrecisions() {
        assertEquals(new PartialDate(2021, 0, 0), PartialDate.parse("2021"));
        assertEquals(new PartialDate(2021, 3, 0), PartialDate.parse("2021-03"));
        assertEquals(new PartialDate(2021, 3, 9), PartialDate.parse("2021-03-09"));
        assertEquals(new PartialDate(2020, 2, 29), PartialDate.parse("2020-02-29"), "a leap day exists");
        assertEquals(new PartialDate(2021, 3, 0), PartialDate.parse(" 2021-03 "), "surrounding spaces are forgiven");
    }

    @Test
    void keepsItsPrecision() {
        PartialDate year = PartialDate.parse("2021");
        assertFalse(year.hasMonth());
        assertFalse(year.hasDay());
        assertEquals("2021", year.iso());
        assertEquals("2021-03", PartialDate.parse("2021-03").iso());
        assertEquals("2021-03-09", PartialDate.parse("2021-03-09").toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2021-13    | \"2021-13\" is not a date (there is no month 13)",
            "2021-02-30 | \"2021-02-30\" is not a date (February 2021 has no day 30)",
            "2021-02-29 | \"2021-02-29\" is not a date (February 2021 has no day 29)",
            "2021-04-31 | \"2021-04-31\" is not a date (April 2021 has no day 31)",
            "2021-00    | \"2021-00\" is not a date (there is no month 0)",
            "2021-01-00 | \"2021-01-00\" is not a date (there is no day 0)",
            "0000       | \"0000\" is not a date (there is no year 0)",
            "21-01      | \"21-01\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
            "2021/01    | \"2021/01\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
            "Jan 2021   | \"Jan 2021\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
            "2021-1     | \"2021-1\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
            "2021-01-01T00:00 | \"2021-01-01T00:00\" is not a date (write 2021-01-01: a résumé's dates have no time of day)",
            "2010-08-01T00:00:00.000Z | \"2010-08-01T00:00:00.000Z\" is not a date (write 2010-08-01: a résumé's dates have no time of day)",
            "2021-01-01 00:00 | \"2021-01-01 00:00\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
    })
    void refusesWhatIsNoDateWithAMessageForAPerson(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
        assertEquals(message, e.getMessage());
        assertTrue(PartialDate.tryParse(text).isEmpty());
    }

    @Test
    void aReaderSeesTheDayOfADateWithATimeOfDay() {
        assertEquals(new PartialDate(2010, 8, 1), PartialDate.forReading("2010-08-01T00:00:00.000Z").orElseThrow());
        assertEquals(new PartialDate(2010, 8, 1), PartialDate.forReading("2010-08-01T23:30+02:00").orElseThrow());
        assertEquals(new PartialDate(2010, 8, 0), PartialDate.forReading("2010-08").orElseThrow());
        assertTrue(PartialDate.forReading("2010-02-30T00:00Z").isEmpty(), "no such day");
        assertTrue(PartialDate.forReading("Summer 2010").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Present", "present", " Current ", "now", "Ongoing", "TODAY"})
    void wordsForThePresentAreKnownAndAreNoDate(String text) {
        assertTrue(PartialDate.meansPresent(text));
        assertTrue(PartialDate.tryParse(text).isEmpty());
        assertTrue(FieldCheck.problem(FieldKind.DATE, text).orElseThrow().contains("leave the end date empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "presently", "2020", "Present day"})
    void otherTextIsNoWordForThePresent(String text) {
        assertFalse(PartialDate.meansPresent(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "٢٠٢١"})
    void emptyAndNonAsciiDigitsAreNoDate(String text) {
        assertTrue(PartialDate.tryParse(text).isEmpty());
    }

    @Test
    void aVeryLongNonDateIsCutShortInTheMessage() {
        String text = "x".repeat(500);
        String message = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text)).getMessage();
        assertTrue(message.length() < 120, message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | NUMERIC | 2/2022",
            "en | SHORT   | Feb 2022",
            "en | LONG    | February 2022",
            "en | ISO     | 2022-02",
            "de | NUMERIC | 2/2022",
            "de | SHORT   | Feb 2022",
            "de | LONG    | Februar 2022",
            "de | ISO     | 2022-02",
            "fr | NUMERIC | 2/2022",
            "fr | SHORT   | févr. 2022",
            "fr | LONG    | février 2022",
            "fr | ISO     | 2022-02",
            "ja | NUMERIC | 2/2022",
            "ja | SHORT   | 2022年2月",
            "ja | LONG    | 2022年2月",
            "ja | ISO     | 2022-02",
    })
    void formatsInEveryStyleAndLanguage(String language, DateStyle style, String expected) {
        assertEquals(expected, PartialDate.parse("2022-02").format(style, Locale.forLanguageTag(language)));
        assertEquals(expected, PartialDate.parse("2022-02-17").format(style, Locale.forLanguageTag(language)),
                "a full date is shown at month precision");
    }

    @Test
    void monthNamesFollowTheLanguage() {
        PartialDate march = PartialDate.parse("2022-03");
        assertEquals("März 2022", march.format(DateStyle.LONG, Locale.GERMAN));
        assertEquals("mars 2022", march.format(DateStyle.LONG, Locale.FRENCH));
        assertEquals("Mar 2022", march.format(DateStyle.SHORT, Locale.ENGLISH));
    }

    @Test
    void aYearStaysAYearInEveryStyle() {
        for (DateStyle style : DateStyle.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.JAPANESE)) {
                assertEquals("2019", PartialDate.parse("2019").format(style, locale), style + " " + locale);
            }
        }
    }

    @Test
    void ordersByYearThenMonthThenDayWithTheUnknownFirst() {
        List<PartialDate> expected = List.of(PartialDate.parse("2020-12-31"), PartialDate.parse("2021"),
                PartialDate.parse("2021-01"), PartialDate.parse("2021-01-05"), PartialDate.parse("2021-02"),
                PartialDate.parse("2022"));
        List<PartialDate> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertEquals(expected, shuffled);
        assertEquals(0, PartialDate.parse("2021-05").compareTo(PartialDate.parse("2021-05")));
    }

    @Test
    void dateStylesAreFoundByTheirIds() {
        for (DateStyle style : DateStyle.values()) {
            assertEquals(style, DateStyle.byId(style.id()).orElseThrow());
        }
        assertEquals(DateStyle.LONG, DateStyle.byId(" Long ").orElseThrow());
        assertTrue(DateStyle.byId("fancy").isEmpty());
        assertTrue(DateStyle.byId(null).isEmpty());
    }

    @Property(tries = 300)
    void everyRealDaySurvivesWritingAndParsing(@ForAll @IntRange(min = 1, max = 9999) int year,
                                               @ForAll @IntRange(min = 1, max = 12) int month,
                                               @ForAll @IntRange(min = 1, max = 31) int day) {
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day > length) {
            assertThrows(IllegalArgumentException.class, () -> new PartialDate(year, month, day));
            return;
        }
        PartialDate date = new PartialDate(year, month, day);
        assertEquals(date, PartialDate.parse(date.iso()));
        assertEquals(new PartialDate(year, month, 0), PartialDate.parse(date.iso().substring(0, 7)));
    }
}
