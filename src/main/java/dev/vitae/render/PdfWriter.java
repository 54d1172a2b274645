package dev.vitae.render;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * XHTML to PDF with openhtmltopdf: PDF/UA tagging and PDF/A-3u (archivable, text extractable), the catalogue's fonts (embedded, subset, ligature-free,
 * with the fallback chain), no resource loading beyond inline images, and no line breaks at hyphens. Font
 * metrics are cached across renders, and across runs when the cache is kept in a file; the widths of strings
 * across renders ({@link StringWidths}). Thread-safe: each call builds its own renderer.
 */
final class PdfWriter {

    static {
        // openhtmltopdf logs every font load and cache hit through java.util.logging; the app has no use for it
        XRLog.setLoggingEnabled(false);
    }

    private static final Set<FSFontUseCase> DOCUMENT = EnumSet.of(FSFontUseCase.DOCUMENT);
    private static final Set<FSFontUseCase> FALLBACK = EnumSet.of(FSFontUseCase.FALLBACK_PRE);

    /** PDF/A needs an output intent; Java ships the sRGB profile. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final FontCatalog fonts;
    private final FontMetricsCache metrics;
    /** Null when openhtmltopdf measures every string itself. */
    private final StringWidths widths;

    PdfWriter(FontCatalog fonts, FontMetricsCache metrics) {
        this(fonts, metrics, new StringWidths(metrics));
    }

    /** @param widths widths kept over the faces of {@code metrics}; null leaves measuring to openhtmltopdf alone */
    PdfWriter(FontCatalog fonts, FontMetricsCache metrics, StringWidths widths) {
        this.fonts = fonts;
        this.metrics = metrics;
        this.widths = widths;
        BundledFontMapper.install(fonts);
    }

    RenderedPdf write(String xhtml, Layout layout) {
        return write(xhtml, layout, pages -> true);
    }

    /**
     * The PDF of {@code xhtml}, or null when {@code pageCountFits} refuses the number of pages the layout gives;
     * the count is known after layout, before any page is drawn.
     */
    RenderedPdf write(String xhtml, Layout layout, IntPredicate pageCountFits) {
        return make(xhtml, layout, pageCountFits, true, this::saved);
    }

    /**
     * The document {@link #write} would save, kept open instead, for drawing its pages (issue 7): a preview needs
     * no file, and saving the PDF and parsing it back was a quarter of each keystroke's render. Its fonts are
     * subset here, as saving would ({@link EarlySubsets}), so its pages draw the saved file's pixels. Null as for
     * {@link #write}.
     *
     * <p>It is not tagged: the structure tree is for readers of the file, draws nothing and moves nothing, and
     * tagging was a sixth of a keystroke's render of the ten-page CV (each marked run of text is a property list
     * PDFBox adds to the page's resources only after looking through those already there).
     */
    PreviewPdf open(String xhtml, Layout layout, IntPredicate pageCountFits) {
        return make(xhtml, layout, pageCountFits, false, (renderer, doc, text, scripts, rightToLeftText) -> {
            EarlySubsets.apply(doc);
            return new PreviewPdf(doc, scripts.problems(), PagePlaces.of(renderer));
        });
    }

    /** What a render makes of the finished document; it owns the document from then on. */
    private interface Finish<T> {
        T from(PdfBoxRenderer renderer, PDDocument doc, String xhtml, FontCatalog.ScriptFonts scripts,
               boolean rightToLeftText) throws IOException;
    }

    private <T> T make(String xhtml, Layout layout, IntPredicate pageCountFits, boolean tagged, Finish<T> finish) {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.usePdfUaAccessibility(tagged);
        b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        b.useColorProfile(SRGB);
        b.withProducer("Vitae");
        b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        for (FontCatalog.Family family : fonts.families()) {
            register(b, family, DOCUMENT);
        }
        for (FontCatalog.Family family : fonts.fallback()) {
            register(b, family, FALLBACK);
        }
        // a large CJK font is parsed only for a document that has characters the fallback chain lacks
        FontCatalog.ScriptFonts scripts = fonts.forText(xhtml);
        for (FontCatalog.Family family : scripts.families()) {
            register(b, family, FALLBACK);
        }
        ResourceGuard guard = new ResourceGuard();
        b.useExternalResourceAccessControl(guard, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        b.useExternalResourceAccessControl(guard, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        b.useUriResolver(guard);
        b.useHttpStreamImplementation(ResourceGuard.NOTHING);
        b.useProtocolsStreamImplementation(ResourceGuard.NOTHING, ResourceGuard.REFUSED_PROTOCOLS.toArray(String[]::new));
        b.useUnicodeLineBreaker(new NoHyphenBreaks(layout.locale()));
        boolean rightToLeftText = hasRightToLeftText(xhtml);
        if (layout.rightToLeft() || rightToLeftText) {
            b.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            b.useUnicodeBidiReorderer(new ICUBidiReorderer());
            b.defaultTextDirection(layout.rightToLeft() ? TextDirection.RTL : TextDirection.LTR);
        }
        b.withHtmlContent(xhtml, null);
        try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
            StringWidths.Measuring measuring = widths == null ? null : widths.textRenderer();
            if (measuring != null) {
                renderer.getSharedContext().setTextRenderer(measuring);
            }
            renderer.layout();
            if (measuring != null) {
                measuring.keep();
            }
            metrics.saveIfChanged();
            if (!pageCountFits.test(renderer.getRootBox().getLayer().getPages().size())) {
                return null;
            }
            PDDocument doc = renderer.createPDFKeepOpen();
            try {
                LinkContents.apply(doc);
                return finish.from(renderer, doc, xhtml, scripts, rightToLeftText);
            } catch (IOException | RuntimeException | Error e) {
                doc.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be made: " + e.getMessage(), e);
        }
    }

    private RenderedPdf saved(PdfBoxRenderer renderer, PDDocument document, String xhtml, FontCatalog.ScriptFonts scripts,
                              boolean rightToLeftText) throws IOException {
        try (PDDocument doc = document) {
            MarginTextLast.apply(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            byte[] bytes = out.toByteArray();
            if (rightToLeftText || !scripts.families().isEmpty()) {
                // the ToUnicode maps are written while saving, when the fonts are subset
                bytes = ExtractableText.apply(bytes, fonts.glyphsOf(scripts.families(), xhtml));
            }
            return new RenderedPdf(bytes, doc.getNumberOfPages(), scripts.problems());
        }
    }

    private void register(PdfRendererBuilder b, FontCatalog.Family family, Set<FSFontUseCase> use) {
        for (FontCatalog.Face face : family.faces()) {
            metrics.register(FontMetricsCache.key(family.name(), face.weight(), face.italic()), fonts.stamp(face));
            b.useFont(() -> new ByteArrayInputStream(fonts.bytes(face)), family.name(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true, use);
        }
    }

    private static boolean hasRightToLeftText(String s) {
        return s.codePoints().anyMatch(c -> {
            byte d = Character.getDirectionality(c);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }
}
