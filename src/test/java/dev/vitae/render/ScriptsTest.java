package dev.vitae.render;

import dev.vitae.model.Document;
import dev.vitae.store.ParseError;
import dev.vitae.store.ResumeReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Japanese (corpus/07), Chinese, Arabic and Hebrew résumés in every theme: every character the page shows comes
 * back out of the PDF (no missing glyph, no replacement character), Arabic as letters rather than presentation
 * forms, the document language and direction follow the locale, and no font problem is reported.
 */
class ScriptsTest {

    record Case(String name, Document doc, String theme) {
        @Override
        public String toString() {
            return name + " in " + theme;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String theme : ThemeCatalog.BUILT_IN) {
            out.add(Arguments.of(new Case("ja (corpus/07)", Rendering.withSettings(Rendering.corpus("07"),
                    v -> v.put("theme", theme).put("locale", "ja")), theme)));
            for (String lang : List.of("zh", "ar", "he")) {
                out.add(Arguments.of(new Case(lang, Rendering.withSettings(resource(lang), v -> v.put("theme", theme)), theme)));
            }
        }
        return out.stream();
    }

    static Document resource(String lang) {
        try (InputStream in = ScriptsTest.class.getResourceAsStream("/dev/vitae/samples/" + lang + ".json")) {
            return ResumeReader.read(in.readAllBytes(), Path.of(lang + ".json")).document();
        } catch (IOException | ParseError e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyShownCharacterComesBackOut(Case c) {
        RenderedPdf pdf = Rendering.pdf(c.doc());
        assertEquals(List.of(), pdf.warnings(), "every character has a glyph");
        ViewModel model = Rendering.RENDERER.viewModel(c.doc(), null);
        // left-to-right pages read in structure-tree order (columns stay whole); right-to-left lines by position
        String text = Rendering.squeeze(model.dir().equals("rtl") ? Rendering.text(pdf.bytes())
                : Rendering.taggedText(pdf.bytes()));
        String raw = Rendering.rawText(pdf.bytes());
        ViewModel vm = model;
        long hashes = ShownStrings.of(vm, c.theme()).stream().mapToLong(s -> s.chars().filter(ch -> ch == '#').count()).sum();
        assertFalse(text.contains("\uFFFD"), "no replacement characters");
        assertEquals(hashes, text.chars().filter(ch -> ch == '#').count(), "no '#' for a missing glyph");
        assertTrue(raw.codePoints().noneMatch(cp -> cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFE),
                "Arabic extracts as letters, not presentation forms");
        assertTrue(raw.codePoints().noneMatch(cp -> cp >= 0x2E80 && cp <= 0x2FDF), "ideographs extract as themselves, not as radicals");
        for (String shown : ShownStrings.of(vm, c.theme())) {
            // a line mixing directions may come out with its runs in another order, so right-to-left text is
            // checked word by word; every word is still whole and in its own order
            List<String> pieces = vm.dir().equals("rtl")
                    ? Stream.of(shown.split("[\\s\\p{P}\\p{S}]+")).filter(w -> !w.isEmpty()).toList()
                    : List.of(Rendering.squeeze(shown));
            for (String piece : pieces) {
                assertTrue(text.contains(piece), "\"" + piece + "\" (of \"" + shown + "\") missing in:\n" + text);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void languageAndDirectionFollowTheLocale(Case c) {
        ViewModel vm = Rendering.RENDERER.viewModel(c.doc(), null);
        boolean rtl = c.name().equals("ar") || c.name().equals("he");
        assertEquals(rtl ? "rtl" : "ltr", vm.dir());
        String html = Rendering.RENDERER.html(c.doc(), null);
        assertTrue(html.contains("dir=\"" + vm.dir() + "\""), "the HTML export carries the direction");
        assertTrue(html.contains("lang=\"" + vm.lang() + "\""));
    }
}
