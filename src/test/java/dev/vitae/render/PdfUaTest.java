package dev.vitae.render;

import dev.vitae.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDFs pass veraPDF's PDF/UA-1 validation with no failed rule, and PDF/A-3u as well. */
class PdfUaTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void sampleIsPdfUa1() throws Exception {
        assertPdfUa(Rendering.sample());
    }

    @Test
    void corpusResumeIsPdfUa1() throws Exception {
        assertPdfUa(Rendering.corpus("01"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"modern", "academic", "compact"})
    void everyThemeIsPdfUa1(String theme) throws Exception {
        assertPdfUa(Rendering.withSettings(Rendering.sample(), v -> v.put("theme", theme)));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"ar, modern", "he, classic", "zh, academic"})
    void rightToLeftAndChineseResumesArePdfUa1(String lang, String theme) throws Exception {
        assertPdfUa(Rendering.withSettings(ScriptsTest.resource(lang), v -> v.put("theme", theme)));
    }

    @Test
    void sampleIsAlsoPdfA3u() throws Exception {
        byte[] pdf = Rendering.pdf(Rendering.sample()).bytes();
        assertEquals(List.of(), describe(failedRules(pdf, PDFAFlavour.PDFA_3_U)));
    }

    @Test
    void multiPageResumeWithPageNumbersIsPdfUa1() throws Exception {
        Document doc = Rendering.corpus("10");
        assertTrue(Rendering.pdf(doc).pageCount() > 1);
        assertPdfUa(doc);
    }

    @Test
    void resumeWithoutNameOrLabelIsPdfUa1() throws Exception {
        assertPdfUa(Rendering.json("{\"work\": [{\"name\": \"Acme\", \"highlights\": [\"Did things\"]}]}"));
    }

    @Test
    void aResumeWithPhotoAndMarkdownLinksIsPdfUa1(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 50, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", dir.resolve("me.png").toFile());
        Document doc = Rendering.json("{\"basics\": {\"name\": \"Ana Ruiz\", \"image\": \"me.png\","
                + " \"summary\": \"See [my blog](https://example.com/blog) and `code`.\"}}");
        byte[] pdf = Rendering.RENDERER.pdf(doc, dir).bytes();
        assertEquals(List.of(), describe(failedRules(pdf, PDFAFlavour.PDFUA_1)));
        assertEquals(List.of(), describe(failedRules(pdf, PDFAFlavour.PDFA_3_U)));
    }

    @Test
    void theValidatorRejectsAnUntaggedPdf() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument plain = new org.apache.pdfbox.pdmodel.PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            plain.save(out);
        }
        assertTrue(failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1).size() > 0, "veraPDF must report an untagged PDF");
    }

    private static void assertPdfUa(Document doc) throws Exception {
        byte[] pdf = Rendering.pdf(doc).bytes();
        List<TestAssertion> failed = failedRules(pdf, PDFAFlavour.PDFUA_1);
        assertEquals(List.of(), failed.stream().map(a -> a.getRuleId().getClause()).distinct().toList(),
                String.join("\n", describe(failed)));
    }

    private static List<String> describe(List<TestAssertion> failed) {
        return failed.stream().map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                + a.getMessage() + " @ " + a.getLocation().getContext()).distinct().toList();
    }

    private static List<TestAssertion> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            List<TestAssertion> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED).toList();
            assertEquals(failed.isEmpty(), result.isCompliant());
            return failed;
        }
    }
}
