package dev.vitae.render;

import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headings, "Present", month names and ranges follow {@code meta.vitae.locale}, else the system's language. */
class LocalisedOutputTest {

    private static final Document JOB = Rendering.json("{\"basics\": {\"name\": \"A\"}, \"work\": [{\"name\": \"Acme\","
            + " \"position\": \"Engineer\", \"startDate\": \"2019-07\"}, {\"name\": \"Initech\", \"startDate\": \"2016-03\","
            + " \"endDate\": \"2019-06\"}]}");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | Experience           | Jul 2019 – Present      | Mar 2016 – Jun 2019",
            "de | Berufserfahrung      | Juli 2019 – heute       | März 2016 – Juni 2019",
            "fr | Expérience professionnelle | juillet 2019 – aujourd’hui | mars 2016 – juin 2019",
            "es | Experiencia          | julio 2019 – actualidad | marzo 2016 – junio 2019",
            "pt | Experiência          | julho 2019 – atual   | março 2016 – junho 2019",
            "it | Esperienza professionale | luglio 2019 – oggi      | marzo 2016 – giugno 2019",
            "nl | Werkervaring         | juli 2019 – heden       | maart 2016 – juni 2019",
            "ja | 職歴                  | 2019年7月 – 現在          | 2016年3月 – 2019年6月",
            "zh | 工作经历               | 2019年7月 – 至今          | 2016年3月 – 2019年6月",
            "ar | الخبرة العملية         | يوليو 2019 – حتى الآن    | مارس 2016 – يونيو 2019",
            "he | ניסיון תעסוקתי         | יולי 2019 – היום         | מרץ 2016 – יוני 2019"})
    void headingsAndDatesAreLocalised(String locale, String heading, String current, String past) {
        String format = locale.equals("en") ? "short" : "long";
        Document doc = Rendering.withSettings(JOB, v -> v.put("locale", locale).put("dateFormat", format));
        ViewModel vm = Rendering.RENDERER.viewModel(doc, null);
        ViewModel.Section work = vm.sections().get(0);
        assertEquals(heading, work.heading());
        assertEquals(current, work.entries().get(0).roles().get(0).dates());
        assertEquals(past, work.entries().get(1).roles().get(0).dates());
        assertEquals(Locale.forLanguageTag(locale).toLanguageTag(), vm.lang());
    }

    @Test
    void withoutALocaleTheSystemLanguageIsUsed() {
        Renderer german = new Renderer(ThemeCatalog.builtIn(), Locale.GERMANY);
        assertEquals("Berufserfahrung", german.viewModel(JOB, null).sections().get(0).heading());
        Document english = Rendering.withSettings(JOB, v -> v.put("locale", "en"));
        assertEquals("Experience", german.viewModel(english, null).sections().get(0).heading());
    }

    @Test
    void theFilesOwnHeadingsWin() {
        Document doc = Rendering.withSettings(JOB, v -> {
            v.put("locale", "de");
            v.putObject("headings").put("work", "Stationen");
        });
        assertEquals("Stationen", Rendering.RENDERER.viewModel(doc, null).sections().get(0).heading());
    }

    @Test
    void themesOrderSectionsUnlessTheFileDoes() {
        Document doc = Rendering.json("{\"work\": [{\"name\": \"Acme\"}], \"education\": [{\"institution\": \"KTH\"}],"
                + " \"publications\": [{\"name\": \"Paper\"}], \"meta\": {\"vitae\": {\"theme\": \"academic\"}}}");
        assertEquals(java.util.List.of("publications", "education", "work"),
                Rendering.RENDERER.viewModel(doc, null).sections().stream().map(ViewModel.Section::key).toList());
        Document ordered = Rendering.withSettings(doc, v -> v.putArray("sectionOrder").add("work"));
        assertEquals("work", Rendering.RENDERER.viewModel(ordered, null).sections().get(0).key());
        assertTrue(Rendering.RENDERER.layout(ordered).sections().indexOf("work") == 0);
    }
}
