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
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDFs pass veraPDF's PDF/UA-1 validation with no failed rule. */
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

    @Test
    void multiPageResumeWithPageNumbersIsPdfUa1() throws Exception {
        Document doc = Rendering.corpus("10");
        assertTrue(Rendering.RENDERER.pdf(doc, null).pageCount() > 1);
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
        List<TestAssertion> failed = failedRules(pdf);
        assertEquals(List.of(), failed.stream().map(a -> a.getRuleId().getClause() + ": " + a.getMessage()).distinct().toList());
    }

    @Test
    void theValidatorRejectsAnUntaggedPdf() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument plain = new org.apache.pdfbox.pdmodel.PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            plain.save(out);
        }
        assertTrue(failedRules(out.toByteArray()).size() > 0, "veraPDF must report an untagged PDF");
    }

    private static void assertPdfUa(Document doc) throws Exception {
        byte[] pdf = Rendering.RENDERER.pdf(doc, null).bytes();
        List<TestAssertion> failed = failedRules(pdf);
        String report = failed.stream().map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()
                + ": " + a.getMessage() + " @ " + a.getLocation().getContext()).distinct()
                .collect(Collectors.joining("\n"));
        assertEquals(List.of(), failed.stream().map(a -> a.getRuleId().getClause()).distinct().toList(), report);
    }

    private static List<TestAssertion> failedRules(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            List<TestAssertion> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED).toList();
            assertEquals(failed.isEmpty(), result.isCompliant());
            return failed;
        }
    }
}
