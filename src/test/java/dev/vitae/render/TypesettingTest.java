package dev.vitae.render;

import dev.vitae.model.Document;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the built-in themes set awkward content: long words, bullets beside Chinese, references without a quote. */
class TypesettingTest {

    static List<String> themes() {
        return ThemeCatalog.BUILT_IN;
    }

    /** Every glyph the PDF draws, with its page's width. */
    private record Glyph(String text, float x, float width, float pageWidth, String font) {
    }

    private static List<Glyph> glyphs(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Glyph> out = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        out.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getWidthDirAdj(), p.getPageWidth(),
                                p.getFont().getName()));
                    }
                }
            };
            stripper.getText(doc);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("themes")
    void aWordOrAddressLongerThanALineBreaksInsteadOfRunningOffThePage(String theme) {
        String word = "supercalifragilisticexpialidocious".repeat(4);
        Document doc = Rendering.withSettings(Rendering.json("""
                {"basics": {"name": "A", "email": "a@example.com", "url": "https://example.com/%s"},
                 "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020", "highlights": ["Did %s."]}]}"""
                .formatted("very/long/path/".repeat(8), word)), v -> v.put("theme", theme));
        List<Glyph> glyphs = glyphs(Rendering.RENDERER.pdf(doc, null).bytes());
        String text = String.join("", glyphs.stream().map(Glyph::text).toList());
        assertTrue(text.contains(word.substring(0, 40)), text);
        for (Glyph g : glyphs) {
            assertTrue(g.x() + g.width() <= g.pageWidth(), g + " ends past the page's edge");
        }
    }

    @ParameterizedTest
    @MethodSource("themes")
    void bulletsBesideChineseAreTheLatinFontsAndStayInsideTheMargin(String theme) {
        Document doc = Rendering.withSettings(ScriptsTest.resource("zh"), v -> v.put("theme", theme));
        List<Glyph> glyphs = glyphs(Rendering.RENDERER.pdf(doc, null).bytes());
        List<Glyph> bullets = glyphs.stream().filter(g -> g.text().equals("•")).toList();
        assertFalse(bullets.isEmpty(), "the highlights have bullets");
        double margin = glyphs.stream().filter(g -> !g.text().equals("•")).mapToDouble(Glyph::x).min().orElseThrow();
        for (Glyph b : bullets) {
            assertFalse(b.font().contains("Noto"), b + " is drawn in the Chinese font, at its size");
            assertTrue(b.x() >= margin - 0.5, b + " sticks out left of the text, which starts at " + margin);
        }
    }

    /** Contact lines of every length around a wrap: one of them wraps just where a separator is. */
    @ParameterizedTest
    @MethodSource("themes")
    void aWrappedContactLineNeverStartsWithASeparator(String theme) {
        for (int extra = 0; extra < 12; extra++) {
            Document doc = Rendering.withSettings(Rendering.json("""
                    {"basics": {"name": "Zoë Castañeda-Lindqvist", "email": "zoe%s@example.com",
                      "phone": "+46 70 123 45 67", "url": "https://zoecl.example.dev",
                      "profiles": [{"url": "https://github.com/zoecl"}, {"url": "https://www.linkedin.com/in/zoe-castaneda"},
                                   {"url": "https://mastodon.social/@zoecl"}],
                      "location": {"city": "Malmö", "countryCode": "SE"}}}""".formatted("o".repeat(extra))),
                    v -> v.put("theme", theme));
            String text = Rendering.text(Rendering.RENDERER.pdf(doc, null).bytes());
            for (String line : text.lines().map(String::strip).toList()) {
                assertFalse(line.startsWith("·"), "a line starts with a separator: " + line + "\n" + text);
            }
        }
    }

    @Test
    void academicsDateColumnWidensForDatesThatWouldNotFit() {
        Document chinese = Rendering.withSettings(ScriptsTest.resource("zh"), v -> v.put("theme", "academic"));
        assertTrue(Rendering.text(Rendering.RENDERER.pdf(chinese, null).bytes()).contains("2016年7月 – 2020年6月"), "one line, not '…6' and '月'");
        Document german = Rendering.withSettings(Rendering.sample(),
                v -> v.put("theme", "academic").put("locale", "de").put("dateFormat", "long"));
        assertTrue(Rendering.text(Rendering.RENDERER.pdf(german, null).bytes()).contains("Februar 2014 – Dezember 2015"));
        String english = Rendering.RENDERER.xhtml(Rendering.withSettings(Rendering.sample(), v -> v.put("theme", "academic")), null);
        assertFalse(english.contains(".line .when"), "short dates keep the usual column");
    }

    @ParameterizedTest
    @MethodSource("themes")
    void chineseIsNeverSlanted(String theme) {
        Document doc = Rendering.withSettings(ScriptsTest.resource("zh"), v -> v.put("theme", theme));
        try (PDDocument pdf = Loader.loadPDF(Rendering.RENDERER.pdf(doc, null).bytes())) {
            List<String> slanted = new ArrayList<>();
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.stream().filter(p -> Math.abs(p.getTextMatrix().getShearX()) > 0.01
                            || p.getFont().getName().contains("Italic")).forEach(p -> slanted.add(p.getUnicode()));
                }
            }.getText(pdf);
            assertEquals(List.of(), slanted, "slanted characters");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aReferenceWithoutAQuoteIsItsNameAlone() {
        for (String theme : themes()) {
            Document doc = Rendering.withSettings(Rendering.json("""
                    {"basics": {"name": "A"}, "references": [{"name": "Prof. Yongdae Kim"}, {"reference": "Great colleague."}]}"""),
                    v -> v.put("theme", theme));
            String text = Rendering.text(Rendering.RENDERER.pdf(doc, null).bytes());
            assertTrue(text.contains("Prof. Yongdae Kim"), theme + ": " + text);
            assertFalse(text.contains("—"), theme + ": a dash before no one, or before a name with no quote: " + text);
            assertTrue(text.contains("Great colleague."), theme + ": " + text);
        }
    }

    @Test
    void aWebsiteAlsoListedAsAProfileIsShownOnce() {
        Document doc = Rendering.json("""
                {"basics": {"name": "A", "url": "https://koudenpa.hatenablog.com/",
                  "profiles": [{"network": "Blog", "url": "https://koudenpa.hatenablog.com"},
                               {"network": "GitHub", "url": "https://github.com/7474"}]}}""");
        List<ViewModel.Contact> contacts = Rendering.RENDERER.viewModel(doc, null).basics().contacts();
        assertEquals(List.of("koudenpa.hatenablog.com", "github.com/7474"), contacts.stream().map(ViewModel.Contact::text).toList());
    }
}
