package dev.vitae.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue must cover the bundled JSON Resume schema field for field, with the right kinds. */
class SectionCatalogueTest {

    private static JsonNode schema() throws IOException {
        try (InputStream in = SectionCatalogueTest.class.getResourceAsStream("/dev/vitae/schema/jsonresume-schema-1.2.1.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** The kind a schema property calls for; a plain string may be one line or several. */
    private static Set<FieldKind> kindsFor(String key, JsonNode property) {
        if (property.has("$ref") && property.get("$ref").asText().endsWith("iso8601")) {
            return Set.of(FieldKind.DATE);
        }
        String type = property.path("type").asText();
        String format = property.path("format").asText();
        switch (type) {
            case "string":
                if (format.equals("email")) {
                    return Set.of(FieldKind.EMAIL);
                }
                // the schema describes basics.image as a URL without declaring the format; Vitae also takes a
                // file next to the résumé there
                if (key.equals("image")) {
                    return Set.of(FieldKind.IMAGE);
                }
                // the schema's description asks for an ISO 3166-1 code without a pattern; Vitae checks it
                if (key.equals("countryCode")) {
                    return Set.of(FieldKind.COUNTRY_CODE);
                }
                if (format.equals("uri")) {
                    return Set.of(FieldKind.URL);
                }
                return Set.of(FieldKind.TEXT, FieldKind.MULTILINE);
            case "object":
                return Set.of(FieldKind.OBJECT);
            case "array":
                return property.path("items").path("type").asText().equals("object")
                        ? Set.of(FieldKind.OBJECT_LIST) : Set.of(FieldKind.STRING_LIST);
            default:
                throw new AssertionError("unexpected schema type " + type + " for " + key);
        }
    }

    private static List<String> compare(String where, JsonNode properties, List<FieldSpec> fields) {
        List<String> wrong = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            Optional<FieldSpec> field = fields.stream().filter(f -> f.key().equals(p.getKey())).findFirst();
            if (field.isEmpty()) {
                wrong.add(where + "." + p.getKey() + " is missing from the catalogue");
                continue;
            }
            Set<FieldKind> kinds = kindsFor(p.getKey(), p.getValue());
            if (!kinds.contains(field.get().kind())) {
                wrong.add(where + "." + p.getKey() + " is " + field.get().kind() + ", schema says " + kinds);
            }
            JsonNode nested = p.getValue().has("items") ? p.getValue().get("items") : p.getValue();
            if (nested.has("properties")) {
                wrong.addAll(compare(where + "." + p.getKey(), nested.get("properties"), field.get().children()));
            }
        }
        for (FieldSpec f : fields) {
            if (!properties.has(f.key())) {
                wrong.add(where + "." + f.key() + " is in the catalogue but not in the schema");
            }
        }
        return wrong;
    }

    @Test
    void everySchemaFieldHasACatalogueFieldOfTheRightKind() throws IOException {
        JsonNode top = schema().get("properties");
        List<String> wrong = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        top.fieldNames().forEachRemaining(name -> {
            if (!name.equals("$schema") && !name.equals("meta")) {
                sections.add(name);
            }
        });
        for (String name : sections) {
            JsonNode section = top.get(name);
            Optional<SectionSpec> spec = SectionCatalogue.find(name);
            if (spec.isEmpty()) {
                wrong.add("section " + name + " is missing from the catalogue");
                continue;
            }
            boolean list = section.path("type").asText().equals("array");
            assertEquals(list, spec.get().list(), name + " list-ness");
            JsonNode properties = list ? section.path("items").path("properties") : section.path("properties");
            wrong.addAll(compare(name, properties, spec.get().fields()));
        }
        assertEquals(List.of(), wrong);
        assertEquals(12, sections.size());
        assertEquals(sections.size(), SectionCatalogue.all().size(), "no section beyond the schema's");
    }

    @Test
    void basicsComeFirstAndTheListSectionsFollowInDefaultOrder() {
        assertEquals("basics", SectionCatalogue.all().get(0).key());
        assertFalse(SectionCatalogue.all().get(0).list());
        assertEquals(11, SectionCatalogue.listSections().size());
        assertTrue(SectionCatalogue.listSections().stream().allMatch(SectionSpec::list));
        assertEquals(SectionCatalogue.listSections().stream().map(SectionSpec::key).toList(), SectionCatalogue.defaultOrder());
        assertEquals("work", SectionCatalogue.defaultOrder().get(0));
    }

    @Test
    void everySectionAndFieldHasALabelAndTitleFieldsExist() {
        for (SectionSpec s : SectionCatalogue.all()) {
            assertFalse(s.label().isBlank(), s.key());
            assertTrue(s.field(s.titleKey()).isPresent(), s.key() + " title " + s.titleKey());
            if (s.subtitleKey() != null) {
                assertTrue(s.field(s.subtitleKey()).isPresent(), s.key() + " subtitle " + s.subtitleKey());
            }
            s.fields().forEach(f -> assertFalse(f.label().isBlank(), s.key() + "." + f.key()));
        }
    }

    @Test
    void legacyNamesFromRealFilesAreRecognised() {
        SectionSpec work = SectionCatalogue.find("work").orElseThrow();
        assertEquals("name", work.field("company").orElseThrow().key());
        assertEquals("url", work.field("website").orElseThrow().key());
        SectionSpec basics = SectionCatalogue.BASICS;
        assertEquals("image", basics.field("picture").orElseThrow().key());
        assertEquals("phone", basics.field("tel").orElseThrow().key());
        assertEquals("url", basics.field("website").orElseThrow().key());
        assertEquals("score", SectionCatalogue.find("education").orElseThrow().field("gpa").orElseThrow().key());
    }

    @Test
    void aLegacyNameIsReadAndEditedWhereItIs() {
        JsonNode entry = Json.node("{'company': 'Initech', 'position': 'Dev'}");
        FieldSpec name = SectionCatalogue.find("work").orElseThrow().field("name").orElseThrow();
        assertEquals("company", name.keyIn(entry));
        assertEquals("Initech", name.textIn(entry));
        assertEquals("name", name.keyIn(Json.node("{}")), "a new value goes under the current name");
        assertEquals("name", name.keyIn(Json.node("{'name': 'A', 'company': 'B'}")), "the current name wins");
    }

    @Test
    void summarizesAnEntryOnOneLine() {
        SectionSpec work = SectionCatalogue.find("work").orElseThrow();
        assertEquals("Cloudflare — Systems Engineer, 2022–Present",
                work.summarize(Json.node("{'name': 'Cloudflare', 'position': 'Systems Engineer', 'startDate': '2022-03'}")));
        assertEquals("Initech, 2019–2021",
                work.summarize(Json.node("{'company': 'Initech', 'startDate': '2019', 'endDate': '2021-02'}")));
        assertEquals("(untitled)", work.summarize(Json.node("{}")));
        SectionSpec skills = SectionCatalogue.find("skills").orElseThrow();
        assertEquals("Languages — Java, Go", skills.summarize(Json.node("{'name': 'Languages', 'keywords': ['Java', 'Go']}")));
        assertEquals("Languages — Java, Go", skills.summarize(Json.node("{'name': 'Languages', 'keywords': ['Java', 'Go', '']}")),
                "a keyword just added and still empty leaves no trailing comma");
        assertEquals("Initech, 2019–Present",
                work.summarize(Json.node("{'name': 'Initech', 'startDate': '2019-03-01T00:00:00Z', 'endDate': 'present'}")),
                "a date with a time and a word for the present read as dates");
    }
}
