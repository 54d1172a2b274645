package dev.vitae.render;

import dev.vitae.model.Document;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDFs of corpus/01 and of the sample, in every built-in theme on A4 and Letter, checked with PDFBox. */
class PdfOutputTest {

    /** The body font each theme uses by default, as the PDF names it. */
    private static final Map<String, String> FONTS = Map.of("classic", "LiberationSerif", "modern", "Lato",
            "academic", "LiberationSerif", "compact", "Roboto");

    record Case(String name, Document doc, String theme, String page) {
        @Override
        public String toString() {
            return name + " in " + theme + " on " + page;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String theme : ThemeCatalog.BUILT_IN) {
            for (String page : List.of(Layout.A4, Layout.LETTER)) {
                for (String name : List.of("sample", "corpus/01")) {
                    Document doc = name.equals("sample") ? Rendering.sample() : Rendering.corpus("01");
                    out.add(Arguments.of(new Case(name, Rendering.withSettings(doc,
                            v -> v.put("page", page).put("theme", theme)), theme, page)));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fitsOnePage(Case c) {
        RenderedPdf pdf = Rendering.pdf(c.doc());
        // an academic CV is meant to run long: its generous type and year column take these to two pages
        assertEquals(c.theme().equals("academic") ? 2 : 1, pdf.pageCount(), "a one-page résumé is one page");
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            assertEquals(pdf.pageCount(), doc.getNumberOfPages());
            float expectedWidth = c.page().equals(Layout.A4) ? 595.3f : 612f;
            assertEquals(expectedWidth, doc.getPage(0).getMediaBox().getWidth(), 1f, "page size");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void textHoldsEveryShownStringInReadingOrder(Case c) {
        byte[] pdf = Rendering.pdf(c.doc()).bytes();
        // the structure tree's order: what screen readers and tagged-PDF-aware readers follow, columns included
        String text = Rendering.taggedText(pdf);
        String raw = Rendering.rawText(pdf);
        assertTrue(raw.codePoints().noneMatch(cp -> cp >= 0xFB00 && cp <= 0xFB06), "no ligature characters: " + raw);
        assertFalse(text.contains("\uFFFD"), "no replacement characters");
        String squeezed = Rendering.squeeze(text);
        int at = 0;
        for (String expected : ShownStrings.of(Rendering.RENDERER.viewModel(c.doc(), null), c.theme())) {
            String s = Rendering.squeeze(expected);
            int found = squeezed.indexOf(s, at);
            assertTrue(found >= 0, "\"" + expected + "\" missing after position " + at + " in:\n" + text);
            at = found + s.length();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fontsAreEmbeddedAndSubset(Case c) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Rendering.pdf(c.doc()).bytes())) {
            List<String> names = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName n : res.getFontNames()) {
                    PDFont font = res.getFont(n);
                    names.add(font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font instanceof PDType0Font, font.getName() + " is a CID font");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is a subset");
                }
            }
            assertFalse(names.isEmpty());
            assertTrue(names.stream().anyMatch(n -> n.contains(FONTS.get(c.theme()))), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.contains("Noto") || n.contains("Han")),
                    "no CJK font in a Latin résumé: " + names);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void isTaggedWithMetadataAndLanguage(Case c) throws Exception {
        ViewModel vm = Rendering.RENDERER.viewModel(c.doc(), null);
        try (PDDocument doc = Loader.loadPDF(Rendering.pdf(c.doc()).bytes())) {
            var catalog = doc.getDocumentCatalog();
            assertNotNull(catalog.getStructureTreeRoot(), "structure tree");
            assertTrue(catalog.getStructureTreeRoot().getKids().size() > 0, "structure tree has content");
            assertNotNull(catalog.getMarkInfo());
            assertTrue(catalog.getMarkInfo().isMarked(), "MarkInfo /Marked true");
            assertEquals("en", catalog.getLanguage());
            PDDocumentInformation info = doc.getDocumentInformation();
            String name = c.doc().name();
            assertEquals(name + " — Résumé", info.getTitle());
            assertEquals(name, info.getAuthor());
            assertEquals(c.doc().text("/basics/label"), info.getSubject());
            assertEquals(vm.keywords(), info.getKeywords());
            assertFalse(info.getKeywords().isBlank());
            assertNotNull(catalog.getMetadata(), "XMP metadata");
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyLinkHasContentsAndAnAllowedTarget(Case c) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Rendering.pdf(c.doc()).bytes())) {
            int links = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        links++;
                        assertNotNull(link.getContents(), "link /Contents");
                        assertFalse(link.getContents().isBlank());
                        if (link.getAction() instanceof PDActionURI uri) {
                            assertTrue(SafeLinks.allowed(uri.getURI()), uri.getURI());
                        }
                    }
                }
            }
            assertTrue(links > 0, "the contact line has links");
        }
    }
}
