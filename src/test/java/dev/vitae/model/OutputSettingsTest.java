package dev.vitae.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.vitae.model.Json.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputSettingsTest {

    @Test
    void aLocaleIsATagOfALanguageJavaKnows() {
        assertEquals(Optional.of(java.util.Locale.forLanguageTag("de-CH")), OutputSettings.knownLocale(" de-CH "));
        assertEquals("fil", OutputSettings.knownLocale("fil").orElseThrow().getLanguage(), "three letters");
        assertEquals("sv", OutputSettings.knownLocale("sv").orElseThrow().getLanguage(), "one Vitae has no headings in");
        for (String notOne : List.of("xx", "en_US", "", "not a tag!", "zz-DE")) {
            assertEquals(Optional.empty(), OutputSettings.knownLocale(notOne), notOne);
        }
    }

    @Test
    void readsEverySetting() {
        OutputSettings s = doc("{'meta': {'theme': 'elegant', 'vitae': {'theme': 'classic', 'page': 'letter', 'margins': 12.5,"
                + " 'fontSize': 10.5, 'fontFamily': 'DejaVu Serif', 'accent': '#1f5fa8', 'dateFormat': 'long', 'locale': 'de-CH',"
                + " 'sectionOrder': ['skills', 'work'], 'headings': {'work': 'Berufserfahrung'}, 'hidden': ['/references', '/work/3'],"
                + " 'newPage': ['/projects'], 'pageNumbers': true, 'themeOptions': {'compact': true}}}}").settings();
        assertEquals(Optional.of("classic"), s.theme(), "Vitae's own theme setting wins over meta.theme");
        assertEquals(Optional.of("letter"), s.page());
        assertEquals(OutputSettings.Margins.all(12.5), s.margins().orElseThrow());
        assertEquals(Optional.of(10.5), s.fontSize());
        assertEquals(Optional.of("DejaVu Serif"), s.fontFamily());
        assertEquals(Optional.of("#1f5fa8"), s.accent());
        assertEquals(Optional.of(DateStyle.LONG), s.dateFormat());
        assertEquals(Optional.of("de-CH"), s.locale());
        assertEquals(List.of("skills", "work"), s.sectionOrder());
        assertEquals(Map.of("work", "Berufserfahrung"), s.headings());
        assertEquals(Set.of("/references", "/work/3"), s.hidden());
        assertTrue(s.isHidden("/work/3"));
        assertFalse(s.isHidden("/work/2"));
        assertEquals(Set.of("/projects"), s.newPage());
        assertEquals(Optional.of(true), s.pageNumbers());
        assertTrue(s.themeOptions().get("compact").booleanValue());
        assertEquals("Berufserfahrung", s.heading("work", "Work"));
        assertEquals("Skills", s.heading("skills", "Skills"));
    }

    @Test
    void nothingSetMeansEveryDefault() {
        OutputSettings s = Document.empty().settings();
        assertTrue(s.theme().isEmpty());
        assertTrue(s.page().isEmpty());
        assertTrue(s.margins().isEmpty());
        assertTrue(s.dateFormat().isEmpty());
        assertTrue(s.hidden().isEmpty());
        assertTrue(s.pageNumbers().isEmpty());
        assertEquals(SectionCatalogue.defaultOrder(), s.orderedSections());
    }

    @Test
    void fallsBackToTheJsonResumeThemeName() {
        assertEquals(Optional.of("elegant"), doc("{'meta': {'theme': 'elegant'}}").settings().theme());
    }

    @Test
    void marginsMayGiveEachSide() {
        OutputSettings s = doc("{'meta': {'vitae': {'margins': {'top': 10, 'right': 15, 'bottom': 12, 'left': 15}}}}").settings();
        assertEquals(new OutputSettings.Margins(10, 15, 12, 15), s.margins().orElseThrow());
        assertTrue(doc("{'meta': {'vitae': {'margins': {'top': 10}}}}").settings().margins().isEmpty(),
                "an incomplete set of sides is ignored");
    }

    @Test
    void valuesOfTheWrongTypeAreIgnored() {
        OutputSettings s = doc("{'meta': {'vitae': {'page': 4, 'margins': 'wide', 'fontSize': '10', 'dateFormat': 'fancy',"
                + " 'theme': '  ', 'sectionOrder': 'work', 'headings': {'work': 5, 'skills': 'Tools'}, 'hidden': ['/work/0', 3],"
                + " 'pageNumbers': 'yes', 'themeOptions': []}}}").settings();
        assertTrue(s.page().isEmpty());
        assertTrue(s.margins().isEmpty());
        assertTrue(s.fontSize().isEmpty());
        assertTrue(s.dateFormat().isEmpty());
        assertTrue(s.theme().isEmpty());
        assertTrue(s.sectionOrder().isEmpty());
        assertEquals(Map.of("skills", "Tools"), s.headings());
        assertEquals(Set.of("/work/0"), s.hidden());
        assertTrue(s.pageNumbers().isEmpty());
        assertTrue(s.themeOptions().isEmpty());
    }

    @Test
    void settingsOutsideAnObjectAreIgnored() {
        assertTrue(doc("{'meta': {'vitae': 'a4'}}").settings().page().isEmpty());
        assertTrue(doc("{'meta': 5}").settings().page().isEmpty());
    }

    @Test
    void orderedSectionsPutsTheNamedFirstAndSkipsUnknownAndRepeatedNames() {
        List<String> order = doc("{'meta': {'vitae': {'sectionOrder': ['skills', 'nope', 'basics', 'skills', 'education']}}}")
                .settings().orderedSections();
        assertEquals(List.of("skills", "education"), order.subList(0, 2));
        assertEquals(SectionCatalogue.defaultOrder().size(), order.size());
        assertEquals(Set.copyOf(SectionCatalogue.defaultOrder()), Set.copyOf(order));
    }

    @Test
    void pointersOfSettings() {
        assertEquals("/meta/vitae/theme", OutputSettings.pointer(OutputSettings.THEME));
    }
}
