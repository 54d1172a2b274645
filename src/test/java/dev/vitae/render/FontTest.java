package dev.vitae.render;

import dev.vitae.model.Document;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fonts: no ligatures in extracted text, the fallback chain for other scripts, no break at hyphens. */
class FontTest {

    private static final String LIGATURE_WORDS = "traffic office flow affinity fjord shuffle";

    @ParameterizedTest
    @ValueSource(strings = {"Liberation Serif", "Liberation Sans", "DejaVu Serif", "DejaVu Sans"})
    void extractedTextHasNoLigatures(String family) {
        // in a highlight, not the justified summary: justified text is drawn glyph by glyph, which skips GSUB
        Document doc = Rendering.withSettings(Rendering.json("{\"basics\": {\"name\": \"Ffion Fifield\"},"
                + " \"work\": [{\"name\": \"Office\", \"highlights\": [\"" + LIGATURE_WORDS + "\"]}]}"),
                v -> v.put("fontFamily", family));
        String text = Rendering.rawText(Rendering.RENDERER.pdf(doc, null).bytes());
        assertTrue(text.contains(LIGATURE_WORDS), text);
        assertTrue(text.contains("Ffion Fifield"), text);
        assertTrue(text.codePoints().noneMatch(cp -> cp >= 0xFB00 && cp <= 0xFB06), text);
    }

    @Test
    void greekCyrillicAndSymbolsRenderThroughTheFallbackChain() throws Exception {
        String words = "Ελληνικά Русский Українська Ελευθερία → ★ ✓ ∑ ½ € ≠ ∞";
        Document doc = Rendering.json("{\"basics\": {\"name\": \"Δημήτρης Пётр\", \"summary\": \"" + words + "\"}}");
        byte[] pdf = Rendering.RENDERER.pdf(doc, null).bytes();
        String text = Rendering.text(pdf);
        assertTrue(text.contains(words), text);
        assertTrue(text.contains("Δημήτρης Пётр"), text);
        assertFalse(text.contains("#"), "no replacement glyphs: " + text);
        List<String> fonts = fontNames(pdf);
        assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVu")), "symbols come from the fallback: " + fonts);
    }

    @Test
    void hyphenatedWordsAreNeverSplitAtTheHyphen() {
        String words = "self-hosted ".repeat(60) + "state-of-the-art ".repeat(30) + "and/or ".repeat(30);
        Document doc = Rendering.json("{\"basics\": {\"name\": \"A\", \"summary\": \"" + words.strip() + "\"}}");
        String text = Rendering.text(Rendering.RENDERER.pdf(doc, null).bytes());
        for (String line : text.split("\\R")) {
            assertFalse(line.endsWith("-") || line.endsWith("/"), "line ends inside a word: " + line);
        }
        String joined = text.replaceAll("\\s+", " ");
        assertEquals(60, count(joined, "self-hosted"), text);
        assertEquals(30, count(joined, "state-of-the-art"), text);
    }

    @Test
    void latinResumesNeverLoadTheCjkFont() {
        FontCatalog fonts = Rendering.RENDERER.fonts();
        String latin = Rendering.RENDERER.xhtml(Rendering.sample(), null) + " Ελληνικά Русский עברית العربية – € ★";
        assertEquals(FontCatalog.ScriptFonts.NONE, fonts.forText(latin));
        FontCatalog.ScriptFonts japanese = fonts.forText("職務経歴 カクヨム");
        assertEquals(fonts.scriptFamilies(), japanese.families());
        assertEquals(List.of(), japanese.problems());
    }

    @Test
    void textNoFontHasIsReportedNotHidden(@org.junit.jupiter.api.io.TempDir java.nio.file.Path noFonts) throws Exception {
        // a computer without Korean fonts: the bundled CJK font has no Hangul
        FontCatalog fonts = FontCatalog.bundled(new SystemFonts(List.of(noFonts)));
        Renderer renderer = new Renderer(ThemeCatalog.builtIn(), fonts, java.util.Locale.ENGLISH);
        RenderedPdf pdf = renderer.pdf(Rendering.json("{\"basics\": {\"name\": \"김민준\", \"label\": \"엔지니어\"}}"), null);
        assertEquals(1, pdf.warnings().size(), pdf.warnings().toString());
        String warning = pdf.warnings().get(0);
        assertTrue(warning.contains("Hangul") && warning.contains("김") && warning.contains("Korean"), warning);
    }

    @Test
    void installedFontsFillInForScriptsNoBundledFontHas(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // stands in for an installed font: DejaVu Sans has Georgian, which the catalogue below leaves out
        java.nio.file.Files.write(dir.resolve("Installed.ttf"), Rendering.RENDERER.fonts().bytes(
                Rendering.RENDERER.fonts().family("DejaVu Sans").orElseThrow().faces().get(0)));
        SystemFonts installed = new SystemFonts(List.of(dir));
        assertTrue(installed.covering("ა".codePointAt(0)).isPresent());
        assertTrue(installed.covering("김".codePointAt(0)).isEmpty());
    }

    private static int count(String s, String word) {
        int n = 0;
        for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    static List<String> fontNames(byte[] pdf) throws Exception {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    names.add(f.getName());
                }
            }
        }
        return names;
    }
}
