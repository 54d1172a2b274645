package dev.vitae.render;

import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeCatalogTest {

    @Test
    void builtInClassicIsTheDefault() {
        ThemeCatalog catalog = ThemeCatalog.builtIn();
        assertEquals(List.of("classic", "modern", "academic", "compact"), catalog.names());
        assertEquals("classic", catalog.resolve(Optional.of("no-such-theme")).name());
        assertTrue(catalog.find("classic").orElseThrow().description().contains("one column"));
        for (Theme theme : catalog.themes()) {
            assertTrue(theme.builtIn(), theme.name());
            assertFalse(theme.description().isBlank(), theme.name() + " has a description");
        }
    }

    @Test
    void aBuiltInThemeIsLoadedOnceAndSharedByCataloguesMadeFromIt(@TempDir Path noThemes) {
        ThemeCatalog catalog = ThemeCatalog.builtIn();
        Theme modern = catalog.find("modern").orElseThrow();
        assertSame(modern, catalog.find("modern").orElseThrow());
        assertSame(modern, catalog.withUserThemes(noThemes).find("modern").orElseThrow());
        assertSame(catalog.resolve(Optional.empty()), catalog.themes().get(0));
    }

    @Test
    void userThemesLoadAndBrokenOnesAreReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(plain.resolve(Theme.MANIFEST), "{\"name\": \"plain\", \"defaults\": {\"fontSize\": 11}}");
        Files.writeString(plain.resolve(Theme.TEMPLATE), "<!DOCTYPE html><html lang=\"{{lang}}\"><head><title>{{title}}</title>"
                + "<meta name=\"subject\" content=\"{{subject}}\"/><style>{{{css}}}</style></head>"
                + "<body><h1>{{basics.name}}</h1></body></html>");
        Files.writeString(plain.resolve(Theme.STYLE), "body { font-family: {{font}}; font-size: {{fontSize}}; }");

        Path badJson = Files.createDirectories(dir.resolve("bad-json"));
        Files.writeString(badJson.resolve(Theme.MANIFEST), "{\n  \"name\": \"x\",\n}\n");
        Path badTemplate = Files.createDirectories(dir.resolve("bad-template"));
        Files.writeString(badTemplate.resolve(Theme.MANIFEST), "{\"name\": \"bad-template\"}");
        Files.writeString(badTemplate.resolve(Theme.TEMPLATE), "<p>\n{{#sections}}\nunclosed\n");
        Path shadow = Files.createDirectories(dir.resolve("shadow"));
        Files.writeString(shadow.resolve(Theme.MANIFEST), "{\"name\": \"classic\"}");
        Files.writeString(shadow.resolve(Theme.TEMPLATE), "<p/>");

        ThemeCatalog catalog = ThemeCatalog.builtIn().withUserThemes(dir);
        assertEquals(List.of("classic", "modern", "academic", "compact", "plain"), catalog.names());
        assertFalse(catalog.find("plain").orElseThrow().builtIn());
        List<String> problems = catalog.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("bad-json") && problems.get(0).contains(Theme.MANIFEST + ":3:"), problems.get(0));
        assertTrue(problems.get(1).contains("bad-template") && problems.get(1).contains(Theme.TEMPLATE + ":"), problems.get(1));
        assertTrue(problems.get(1).matches("(?s).*" + Theme.TEMPLATE + ":\\d+: .*"), "names the line: " + problems.get(1));
        assertTrue(problems.get(2).contains("already exists"), problems.get(2));

        Renderer renderer = new Renderer(catalog, Locale.ENGLISH);
        Document doc = Rendering.withSettings(Rendering.json("{\"basics\": {\"name\": \"Ana <b>\"}}"), v -> v.put("theme", "plain"));
        String xhtml = renderer.xhtml(doc, null);
        assertTrue(xhtml.contains("<h1>Ana &lt;b&gt;</h1>"), xhtml);
        assertTrue(xhtml.contains("font-size: 11pt"), xhtml);
        assertEquals(1, renderer.pdf(doc, null).pageCount());
    }

    @Test
    void aThemeStartsFromTheSharedBaseStylesheetUnlessItHasItsOwn(@TempDir Path dir) throws Exception {
        for (String name : List.of("shared-base", "own-base")) {
            Path theme = Files.createDirectories(dir.resolve(name));
            Files.writeString(theme.resolve(Theme.MANIFEST), "{\"name\": \"" + name + "\"}");
            Files.writeString(theme.resolve(Theme.TEMPLATE), "<html><head><style>{{{css}}}</style></head><body/></html>");
            Files.writeString(theme.resolve(Theme.STYLE), "{{> base}}\nbody { color: #123456; }");
        }
        Files.writeString(dir.resolve("own-base").resolve("base.css"), "body { margin: 3mm; }");
        Renderer renderer = new Renderer(ThemeCatalog.builtIn().withUserThemes(dir), Locale.ENGLISH);

        String shared = renderer.xhtml(Rendering.withSettings(Rendering.json("{}"), v -> v.put("theme", "shared-base")), null);
        assertTrue(shared.contains("word-wrap: break-word;") && shared.contains("font-size: 10pt;")
                && shared.contains("body { color: #123456; }"), shared);
        String own = renderer.xhtml(Rendering.withSettings(Rendering.json("{}"), v -> v.put("theme", "own-base")), null);
        assertTrue(own.contains("body { margin: 3mm; }") && !own.contains("word-wrap"), own);
    }

    @Test
    void aMissingFolderAddsNothing(@TempDir Path dir) {
        ThemeCatalog catalog = ThemeCatalog.builtIn().withUserThemes(dir.resolve("absent"));
        assertEquals(ThemeCatalog.BUILT_IN, catalog.names());
        assertEquals(List.of(), catalog.problems());
    }

    /** A record whose text, were it ever asked for, would fail the render. */
    private record Unprintable(String name) {
        @Override
        public String toString() {
            throw new AssertionError("a section formatted its record as text");
        }
    }

    @Test
    void aSectionOverARecordDoesNotSpellTheRecordOut(@TempDir Path dir) throws Exception {
        Path theme = Files.createDirectories(dir.resolve("sections"));
        Files.writeString(theme.resolve(Theme.MANIFEST), "{\"name\": \"sections\"}");
        Files.writeString(theme.resolve(Theme.TEMPLATE), "{{#entry}}<p>{{name}}</p>{{/entry}}{{^missing}}<p>none</p>{{/missing}}");

        Theme loaded = Theme.fromFolder(theme);

        assertEquals("<p>Ana</p><p>none</p>", loaded.template().execute(java.util.Map.of("entry", new Unprintable("Ana"))));
        assertEquals("<p>none</p>", loaded.template().execute(java.util.Map.of("entry", "")), "an empty string still closes a section");
    }

    @Test
    void aPartialThatIncludesItselfIsReportedWithItsFileNotAsAStackOverflow(@TempDir Path dir) throws Exception {
        Path loop = Files.createDirectories(dir.resolve("loop"));
        Files.writeString(loop.resolve(Theme.MANIFEST), "{\"name\": \"loop\"}");
        Files.writeString(loop.resolve(Theme.TEMPLATE), "<html><head><style>{{{css}}}</style></head><body>{{> row}}</body></html>");
        Files.writeString(loop.resolve("row.mustache"), "<p>{{> row}}</p>");
        Files.writeString(loop.resolve(Theme.STYLE), "{{> rule}}");
        Files.writeString(loop.resolve("rule.css"), "p { margin: 0; } {{> rule}}");
        Renderer renderer = new Renderer(ThemeCatalog.builtIn().withUserThemes(dir), Locale.ENGLISH);
        Document doc = Rendering.withSettings(Rendering.json("{\"basics\": {\"name\": \"Ana\"}}"), v -> v.put("theme", "loop"));

        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> renderer.xhtml(doc, null));
        assertTrue(e.getMessage().contains("loop/" + Theme.STYLE) && e.getMessage().contains("includes itself"), e.getMessage());

        Files.writeString(loop.resolve(Theme.STYLE), "p { margin: 0; }");
        Renderer fixedStyle = new Renderer(ThemeCatalog.builtIn().withUserThemes(dir), Locale.ENGLISH);
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> fixedStyle.xhtml(doc, null));
        assertTrue(e.getMessage().contains("loop/" + Theme.TEMPLATE) && e.getMessage().contains("includes itself"), e.getMessage());
    }
}
