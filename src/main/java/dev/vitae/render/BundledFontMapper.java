package dev.vitae.render;

import dev.vitae.model.Lazy;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * PDFBox's stand-ins for fonts a PDF names without embedding them, taken from Vitae's own fonts instead of the
 * computer's. Vitae's PDFs embed every font they draw with, but openhtmltopdf creates the standard Helvetica
 * and ZapfDingbats fonts for form defaults in every render, and PDFBox's own mapper then lists the computer's
 * fonts (a scan on the very first run, a cache file in Vitae's data folder on every later start) and parses one
 * of them. Nothing is ever drawn with these stand-ins.
 */
final class BundledFontMapper implements FontMapper {

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    /** The regular face of the first family of the catalogue, parsed on first use. */
    private final Lazy<TrueTypeFont> standIn;

    private BundledFontMapper(FontCatalog fonts) {
        this.standIn = Lazy.of(() -> parse(fonts.bytes(fonts.families().get(0).faces().get(0))));
    }

    /** Makes PDFBox use Vitae's fonts as stand-ins, once per process. */
    static void install(FontCatalog fonts) {
        if (INSTALLED.compareAndSet(false, true)) {
            FontMappers.set(new BundledFontMapper(fonts));
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(standIn.get(), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(standIn.get(), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, standIn.get(), false);
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException("a bundled font cannot be read", e);
        }
    }
}
