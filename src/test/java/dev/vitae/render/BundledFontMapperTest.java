package dev.vitae.render;

import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Once a renderer exists, PDFBox finds stand-ins for the standard fonts among Vitae's own fonts, without
 * listing the computer's fonts; the stand-in can draw the letters it is asked for.
 */
class BundledFontMapperTest {

    @Test
    void theStandardFontsOpenhtmltopdfCreatesAreServedFromTheBundledFonts() throws Exception {
        Rendering.pdf(Rendering.sample());
        assertInstanceOf(BundledFontMapper.class, FontMappers.instance());
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertTrue(helvetica.hasGlyph("A"), "a stand-in that has the letters");
        assertTrue(helvetica.getWidth('A') > 0);
    }
}
