package dev.vitae.render;

import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewModelTest {

    private static ViewModel vm(Document doc) {
        return Rendering.RENDERER.viewModel(doc, null);
    }

    private static ViewModel.Section section(ViewModel vm, String key) {
        return vm.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void consecutiveRolesAtOneEmployerAreGrouped() {
        Document doc = Rendering.json("""
                {"work": [
                  {"name": "Acme", "position": "Staff Engineer", "startDate": "2022-03", "location": "Berlin"},
                  {"company": "acme ", "position": "Engineer", "startDate": "2019-01", "endDate": "2022-02"},
                  {"name": "Globex", "position": "Intern", "startDate": "2018"},
                  {"name": "Acme", "position": "Student", "startDate": "2017", "endDate": "2018"}
                ]}""");
        List<ViewModel.Entry> entries = section(vm(doc), "work").entries();
        assertEquals(List.of("Acme", "Globex", "Acme"), entries.stream().map(ViewModel.Entry::title).toList());
        assertEquals(List.of("Staff Engineer", "Engineer"), entries.get(0).roles().stream().map(ViewModel.Role::position).toList());
        assertEquals("Berlin", entries.get(0).location());
        assertEquals("Mar 2022 – Present", entries.get(0).roles().get(0).dates());
        assertEquals("Jan 2019 – Feb 2022", entries.get(0).roles().get(1).dates());
        assertEquals("/work/1", entries.get(0).roles().get(1).pointer());
        assertEquals("2017 – 2018", entries.get(2).roles().get(0).dates());
    }

    @Test
    void aWordForThePresentAndADateWithATimeOfDayReadAsDates() {
        Document doc = Rendering.json("""
                {"work": [{"name": "Acme", "position": "Dev", "startDate": "2010-08-01T00:00:00.000Z", "endDate": "present"}]}""");
        assertEquals("Aug 2010 – Present", section(vm(doc), "work").entries().get(0).roles().get(0).dates());
        String german = section(vm(Rendering.withSettings(doc, v -> v.put("locale", "de"))), "work").entries().get(0).roles().get(0).dates();
        assertTrue(german.startsWith("Aug. 2010 – ") || german.startsWith("Aug 2010 – "), german);
        assertFalse(german.toLowerCase(java.util.Locale.ROOT).contains("present"), german);
    }

    @Test
    void inARightToLeftResumeEnglishTextIsEmbeddedLeftToRight() {
        Document doc = Rendering.withSettings(Rendering.json("""
                {"work": [{"name": "Acme", "position": "Dev", "highlights": [
                  "Maintained the client library, 1,200 stars.", "قدت نقل نظام التسويات باستخدام Kafka و Redis.",
                  "Kotlin هي لغتي المفضلة في العمل"]}]}"""), v -> v.put("locale", "ar"));
        List<String> highlights = section(vm(doc), "work").entries().get(0).roles().get(0).highlights();
        assertEquals("<span dir=\"ltr\">Maintained the client library, 1,200 stars.</span>", highlights.get(0));
        assertFalse(highlights.get(1).contains("dir="), "Arabic with English words stays right to left");
        assertFalse(highlights.get(2).contains("dir="), "so does Arabic that starts with an English word");
        Document english = Rendering.json("{\"work\": [{\"name\": \"Acme\", \"highlights\": [\"Plain.\"]}]}");
        assertEquals("Plain.", section(vm(english), "work").entries().get(0).roles().get(0).highlights().get(0));
    }

    @Test
    void hiddenSectionsEntriesAndFieldsAreDropped() {
        Document doc = Rendering.withSettings(Rendering.json("""
                {"basics": {"name": "A", "phone": "555", "email": "a@example.com"},
                 "work": [{"name": "Acme", "position": "One"}, {"name": "Acme", "position": "Two"},
                          {"name": "Initech", "position": "Three", "highlights": ["keep", "drop"]}],
                 "references": [{"name": "R", "reference": "Great"}]}"""),
                v -> v.putArray("hidden").add("/references").add("/work/0").add("/work/2/highlights/1").add("/basics/phone"));
        ViewModel vm = vm(doc);
        assertEquals(List.of("work"), vm.sections().stream().map(ViewModel.Section::key).toList());
        List<ViewModel.Entry> work = section(vm, "work").entries();
        assertEquals(List.of("Two"), work.get(0).roles().stream().map(ViewModel.Role::position).toList());
        assertEquals(List.of("keep"), work.get(1).roles().get(0).highlights());
        assertEquals(List.of("email"), vm.basics().contacts().stream().map(ViewModel.Contact::kind).toList());

        Document noHeader = Rendering.withSettings(doc, v -> v.withArray("/hidden").add("/basics"));
        assertEquals("", vm(noHeader).basics().name());
        assertEquals(List.of(), vm(noHeader).basics().contacts());
    }

    @Test
    void sectionsFollowTheSettingsOrderAndHeadings() {
        Document doc = Rendering.withSettings(Rendering.json("""
                {"work": [{"name": "Acme"}], "skills": [{"name": "Java"}], "education": [{"institution": "MIT"}]}"""),
                v -> {
                    v.putArray("sectionOrder").add("skills").add("education");
                    v.putObject("headings").put("skills", "Toolbox");
                });
        ViewModel vm = vm(doc);
        assertEquals(List.of("skills", "education", "work"), vm.sections().stream().map(ViewModel.Section::key).toList());
        assertEquals(List.of("Toolbox", "Education", "Experience"),
                vm.sections().stream().map(ViewModel.Section::heading).toList());
    }

    @Test
    void linksInFieldsKeepOnlyWebAndMailAddresses() {
        Document doc = Rendering.json("""
                {"basics": {"name": "A", "url": "javascript:alert(1)", "email": "not an email",
                  "profiles": [{"network": "GitHub", "url": "github.com/a"}, {"network": "X", "url": "file:///etc/passwd"}]},
                 "projects": [{"name": "P", "url": "vbscript:x"}]}""");
        ViewModel vm = vm(doc);
        List<String> hrefs = vm.basics().contacts().stream().map(ViewModel.Contact::href).toList();
        assertEquals(List.of("", "", "https://github.com/a", ""), hrefs);
        assertEquals("javascript:alert(1)", vm.basics().contacts().get(1).text(), "shown as text, not as a link");
        assertEquals("", section(vm, "projects").entries().get(0).url());
    }

    @Test
    void datesAndPresentAreLocalised() {
        String json = """
                {"work": [{"name": "Acme", "position": "Dev", "startDate": "2019-07", "endDate": "2020-03"},
                          {"name": "Globex", "position": "Dev", "startDate": "2020-05"}]}""";
        Document en = Rendering.withSettings(Rendering.json(json), v -> v.put("dateFormat", "long"));
        List<ViewModel.Entry> work = section(vm(en), "work").entries();
        assertEquals("July 2019 – March 2020", work.get(0).roles().get(0).dates());
        assertEquals("May 2020 – Present", work.get(1).roles().get(0).dates());
        assertEquals("Experience", section(vm(en), "work").heading());

        Document de = Rendering.withSettings(Rendering.json(json), v -> v.put("dateFormat", "long").put("locale", "de"));
        ViewModel vm = vm(de);
        List<ViewModel.Entry> deWork = section(vm, "work").entries();
        assertEquals("Juli 2019 – März 2020", deWork.get(0).roles().get(0).dates());
        assertEquals("Mai 2020 – heute", deWork.get(1).roles().get(0).dates());
        assertEquals("Berufserfahrung", section(vm, "work").heading());
        assertEquals("de", vm.lang());
        assertEquals("Lebenslauf", vm.title(), "a résumé without a name is titled by the word alone");
    }

    @Test
    void junkIsToleratedAndRenderedWhereItMakesSense() {
        Document doc = Rendering.json("""
                {"basics": {"name": 42, "label": null, "email": ["a@example.com"], "location": "Paris",
                            "profiles": {"network": "x"}},
                 "work": {},
                 "education": [null, 7, "text", {"institution": 3.50, "courses": "Maths", "startDate": "Autumn 2019"}],
                 "skills": [{"name": "Go", "keywords": "Concurrency"}, {"name": ["a", "b"], "keywords": [1, null, {"x": 1}, true]}],
                 "projects": {"name": "Solo", "highlights": "one highlight"},
                 "languages": "English",
                 "interests": [{}],
                 "meta": {"vitae": {"hidden": "nope", "sectionOrder": [1, "bogus", "skills"], "fontSize": "big",
                                    "margins": -5, "page": "A5", "accent": "red", "dateFormat": "weird"}}}""");
        ViewModel vm = vm(doc);
        assertEquals("42", vm.basics().name());
        assertEquals("", vm.basics().label());
        assertEquals(List.of("skills", "projects", "education"), vm.sections().stream().map(ViewModel.Section::key).toList());
        ViewModel.Entry edu = section(vm, "education").entries().get(0);
        assertEquals("3.50", edu.title());
        assertEquals("Autumn 2019 – Present", edu.dates());
        assertEquals("Maths", edu.details().get(0).text());
        assertEquals("Concurrency", section(vm, "skills").entries().get(0).keywords());
        assertEquals("1, true", section(vm, "skills").entries().get(1).keywords());
        assertEquals(List.of("one highlight"), section(vm, "projects").entries().get(0).highlights());
        assertTrue(Rendering.RENDERER.pdf(doc, null).pageCount() >= 1);
        assertFalse(Rendering.RENDERER.html(doc, null).isEmpty());
        Layout layout = Rendering.RENDERER.layout(doc);
        assertEquals(10, layout.fontSize());
        assertEquals("#1f3b64", layout.accent());
    }

    @Test
    void metadataComesFromNameLabelAndSkills() {
        ViewModel vm = vm(Rendering.sample());
        assertEquals("Zoë Castañeda-Lindqvist — Résumé", vm.title());
        assertEquals("Zoë Castañeda-Lindqvist", vm.author());
        assertEquals("Senior Software Engineer, Distributed Systems", vm.subject());
        assertTrue(vm.keywords().startsWith("Kotlin, Java, Go"), vm.keywords());
        assertFalse(vm.keywords().contains("Languages"), "a skill group's name is no keyword");
    }
}
