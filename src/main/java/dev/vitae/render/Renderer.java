package dev.vitae.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openhtmltopdf.util.XRRuntimeException;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.vitae.model.Document;
import dev.vitae.model.JsonTree;
import dev.vitae.model.OutputSettings;
import dev.vitae.model.SectionCatalogue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.xml.sax.SAXParseException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;

/**
 * Document → XHTML → PDF, and the HTML export, from one template: what the preview shows is what gets
 * exported. Every option comes from the document's settings ({@code meta.vitae}); to render with other
 * options, render an edited snapshot. Thread-safe and meant to be kept: fonts and compiled templates are
 * loaded once and reused by every render.
 */
public final class Renderer {

    /** Width of a theme thumbnail in pixels: a settings list shows a few side by side. */
    public static final int THUMBNAIL_WIDTH = 240;
    private static final String SAMPLE = "/dev/vitae/samples/sample.json";

    private final ThemeCatalog themes;
    private final FontCatalog fonts;
    private final Locale fallbackLocale;
    private final PdfWriter pdfWriter;
    private final Map<String, byte[]> thumbnails = new ConcurrentHashMap<>();

    /** Built-in themes and fonts; documents without a locale are rendered in the system's language. */
    public Renderer() {
        this(ThemeCatalog.builtIn(), Locale.getDefault());
    }

    /** @param fallbackLocale the locale for documents that set none */
    public Renderer(ThemeCatalog themes, Locale fallbackLocale) {
        this(themes, FontCatalog.bundled(), fallbackLocale);
    }

    Renderer(ThemeCatalog themes, FontCatalog fonts, Locale fallbackLocale) {
        this(themes, fonts, fallbackLocale, FontMetricsCache.inMemory());
    }

    Renderer(ThemeCatalog themes, FontCatalog fonts, Locale fallbackLocale, FontMetricsCache metrics) {
        this.themes = themes;
        this.fonts = fonts;
        this.fallbackLocale = fallbackLocale;
        this.pdfWriter = new PdfWriter(fonts, metrics);
    }

    /**
     * Built-in themes plus the user's own from {@code userThemes}, in the system's language; font metrics are kept
     * in {@code cacheFolder} from one run to the next.
     */
    public static Renderer withUserThemes(Path userThemes, Path cacheFolder) {
        return new Renderer(ThemeCatalog.builtIn().withUserThemes(userThemes), FontCatalog.bundled(), Locale.getDefault(),
                FontMetricsCache.in(cacheFolder.resolve("font-metrics.tsv")));
    }

    public ThemeCatalog themes() {
        return themes;
    }

    public FontCatalog fonts() {
        return fonts;
    }

    /** The settings a render of {@code doc} uses, after checking them and applying the theme's defaults. */
    public Layout layout(Document doc) {
        return Layout.resolve(doc.settings(), theme(doc), fonts, fallbackLocale(doc));
    }

    /** The view model a template gets for {@code doc}. */
    public ViewModel viewModel(Document doc, Path baseDir) {
        return ViewModel.build(doc, layout(doc), baseDir);
    }

    /**
     * Why the résumé's photo ({@code basics.image}) will not appear, if it names one that cannot be used: a
     * missing or oversized file, one outside the résumé's folder, not an image. Empty when the photo is fine,
     * hidden, or not set.
     */
    public Optional<String> photoProblem(Document doc, Path baseDir) {
        if (doc.settings().isHidden("/basics/image") || doc.settings().isHidden("/basics")) {
            return Optional.empty();
        }
        return PhotoFile.problem(photo(doc), baseDir);
    }

    /** What {@code basics.image} names, or an empty string. */
    private static String photo(Document doc) {
        JsonNode basics = doc.root().path(SectionCatalogue.BASICS.key());
        return SectionCatalogue.BASICS.field("image").map(f -> f.textIn(basics)).orElse("");
    }

    /** The XHTML the PDF is made from. {@code baseDir} is the résumé's folder (for a photo), or null. */
    public String xhtml(Document doc, Path baseDir) {
        return markup(doc, baseDir, Output.PDF, false);
    }

    /**
     * The name under which the first page drawn of {@code doc} may be kept between runs, made without rendering
     * (issue 7, {@code PageSnapshots}): equal for two renders that draw the same page.
     *
     * @param contentSha256 the SHA-256 of the file {@code doc} was read from, whose content it is
     */
    public String snapshotKey(Document doc, Path baseDir, String contentSha256) {
        return SnapshotKey.of(contentSha256, theme(doc), fallbackLocale, baseDir, photo(doc));
    }

    /**
     * Renders the empty résumé and throws the PDF away, so that what every PDF needs whatever it shows (the PDF
     * libraries' classes and tables, the XML and XMP writers, the standard fonts' metrics, compiled code) is ready
     * when a real render asks for it. A command that makes one PDF calls this on a second thread while it reads
     * its input: a cold export on two cores is 25–90 ms sooner (issue 7, docs/performance.md). Safe beside other
     * renders.
     */
    public void prepareForPdf() {
        try {
            pdf(Document.empty(), null);
        } catch (RuntimeException | Error e) {
            // the real render meets the same trouble and reports it; a second report, or a trace, would only confuse
        }
    }

    /** The PDF; multi-page output gets page numbers unless the settings turn them off. */
    public RenderedPdf pdf(Document doc, Path baseDir) {
        return pdf(doc, baseDir, 0);
    }

    /**
     * The PDF, made in one pass when {@code pagesLastTime} (the page count of this document's previous render, 0
     * when unknown) tells rightly whether it has more than one page. Multi-page output gets page numbers unless
     * the settings turn them off; a single page gets none. Numbers sit in the page margin, so adding them moves
     * nothing on the pages: the markup is laid out with or without them as guessed, and only a wrong guess is
     * laid out again, before anything is drawn.
     */
    public RenderedPdf pdf(Document doc, Path baseDir, int pagesLastTime) {
        return render(doc, baseDir, pagesLastTime, pdfWriter::write);
    }

    /**
     * What {@link #pdf} would make, kept open in memory for the preview to draw pages from instead of saved as a
     * file; the pages look exactly the same. Close it when done.
     */
    public PreviewPdf preview(Document doc, Path baseDir, int pagesLastTime) {
        return render(doc, baseDir, pagesLastTime, pdfWriter::open);
    }

    /** The PDF writer's way of finishing a document: saved, or kept open. */
    private interface PdfMaker<T> {
        /** Null when {@code pageCountFits} refuses the page count of the layout. */
        T make(String xhtml, Layout layout, IntPredicate pageCountFits);
    }

    private <T> T render(Document doc, Path baseDir, int pagesLastTime, PdfMaker<T> maker) {
        Theme theme = theme(doc);
        Layout layout = layout(doc);
        // built once for both markups a first render may need: building it twice was 5.6 % of a cold export's
        // render of the ten-page CV (issue 7)
        ViewModel vm = ViewModel.build(doc, layout, baseDir);
        if (!layout.pageNumbers()) {
            return write(markup(theme, layout, vm, Output.PDF, false), layout, doc, pages -> true, maker);
        }
        String plain = markup(theme, layout, vm, Output.PDF, false);
        boolean numbered = pagesLastTime > 0 ? pagesLastTime > 1 : PageGuess.severalPages(plain);
        String first = numbered ? markup(theme, layout, vm, Output.PDF, true) : plain;
        T pdf = write(first, layout, doc, pages -> pages > 1 == numbered, maker);
        if (pdf == null) {
            pdf = write(numbered ? plain : markup(theme, layout, vm, Output.PDF, true), layout, doc, pages -> true, maker);
        }
        return pdf;
    }

    /**
     * A theme whose template gives markup that is not XHTML fails with a message naming the template. Null when
     * {@code pageCountFits} refuses the page count of the layout.
     */
    private <T> T write(String xhtml, Layout layout, Document doc, IntPredicate pageCountFits, PdfMaker<T> maker) {
        try {
            return maker.make(xhtml, layout, pageCountFits);
        } catch (XRRuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String where = cause instanceof SAXParseException sax
                    ? " (line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + " of its output: " + sax.getMessage() + ")"
                    : " (" + cause.getMessage() + ")";
            throw new IllegalStateException(theme(doc).origin() + "/" + Theme.TEMPLATE
                    + " gives markup that is not well-formed XHTML" + where, e);
        }
    }

    /**
     * A PNG of page 1 of the bundled sample résumé in {@code themeName}, {@value #THUMBNAIL_WIDTH} pixels wide,
     * for a list of themes. Made on first request and kept; slow the first time (a render), so call it off the
     * FX thread.
     *
     * @throws IllegalArgumentException when there is no such theme
     */
    public byte[] thumbnail(String themeName) {
        Theme theme = themes.find(themeName)
                .orElseThrow(() -> new IllegalArgumentException("no theme named " + themeName));
        return thumbnails.computeIfAbsent(theme.name(), this::makeThumbnail);
    }

    private byte[] makeThumbnail(String themeName) {
        ObjectNode root = sample().root().deepCopy();
        root.withObject("/meta").withObject("/vitae").put(OutputSettings.THEME, themeName);
        RenderedPdf pdf = pdf(Document.of(root), null);
        float dpi = THUMBNAIL_WIDTH * 72f / pageWidthPoints(pdf.bytes());
        BufferedImage page = PageImages.renderPage(pdf.bytes(), 0, dpi);
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(page, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float pageWidthPoints(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getPage(0).getMediaBox().getWidth();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample résumé that ships with Vitae, as shown in thumbnails and first runs. */
    public static Document sample() {
        try (InputStream in = Renderer.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SAMPLE);
            }
            return Document.of((ObjectNode) JsonTree.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTML export: one file with its stylesheet and photo inline, readable offline, printable. */
    public String html(Document doc, Path baseDir) {
        return markup(doc, baseDir, Output.HTML, false);
    }

    private enum Output { PDF, HTML }

    /** A document and the language guessed for it. */
    private record Guess(Document document, Locale locale) {
    }

    /**
     * The last document's guess: after a keystroke the section list and the render each ask for the document's
     * layout, and reading every letter of a ten-page CV takes about half a millisecond, warm.
     */
    private final AtomicReference<Guess> lastGuess = new AtomicReference<>();

    /** For a document whose settings name no locale: the language its letters are in, else the computer's. */
    private Locale fallbackLocale(Document doc) {
        if (doc.settings().locale().isPresent()) {
            return fallbackLocale;
        }
        Guess guess = lastGuess.get();
        if (guess == null || guess.document() != doc) {
            guess = new Guess(doc, WrittenLanguage.of(doc).orElse(fallbackLocale));
            lastGuess.set(guess);
        }
        return guess.locale();
    }

    private Theme theme(Document doc) {
        return themes.resolve(doc.settings().theme());
    }

    private String markup(Document doc, Path baseDir, Output output, boolean pageNumbers) {
        Layout layout = layout(doc);
        return markup(theme(doc), layout, ViewModel.build(doc, layout, baseDir), output, pageNumbers);
    }

    private String markup(Theme theme, Layout layout, ViewModel vm, Output output, boolean pageNumbers) {
        Map<String, Object> style = styleContext(layout, output, pageNumbers);
        double dates = vm.widestDates();
        if (dates > LONG_DATES_EMS) {
            // room for the widest date, the column's padding and the estimate's error, within reason
            double column = Math.min(15, dates + 1.0);
            style.put("longDates", true);
            style.put("dateColumn", number(column) + "em");
            style.put("dateColumnAndGap", number(Math.round(column * 9 + 20) / 10.0) + "em");
        }
        String css = withoutComments(fill(theme, Theme.STYLE, theme.style(), style, Map.of()));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("css", css);
        extra.put("pdf", output == Output.PDF);
        extra.put("html", output == Output.HTML);
        return fill(theme, Theme.TEMPLATE, theme.template(), vm, extra);
    }

    /** Runs one of a theme's templates; its mistakes become a message naming the file, never a stack trace. */
    private static String fill(Theme theme, String file, Template template, Object context, Object parent) {
        try {
            StringWriter out = new StringWriter(16 * 1024);
            template.execute(context, parent, out);
            return out.toString();
        } catch (MustacheException e) {
            throw new IllegalStateException(Theme.describe(theme.origin(), file, e), e);
        } catch (StackOverflowError e) {
            // Mustache loads partials as it meets them, with no limit on how deep they nest
            throw new IllegalStateException(theme.origin() + "/" + file + ": a partial includes itself, directly or"
                    + " through other partials", e);
        }
    }

    /** A CSS string (kept as it is) or a comment. */
    private static final java.util.regex.Pattern CSS_STRING_OR_COMMENT = java.util.regex.Pattern.compile(
            "(\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*')|/\\*(?s:.*?)\\*/\\n?");

    /** The stylesheet without its comments: notes for theme writers, not for whoever opens an exported page. */
    private static String withoutComments(String css) {
        return CSS_STRING_OR_COMMENT.matcher(css).replaceAll(m -> m.group(1) != null
                ? java.util.regex.Matcher.quoteReplacement(m.group(1)) : "");
    }

    /**
     * Past this width (in ems of the dates' own size) a date or range does not fit a date column of about ten
     * ems such as academic's: "2013年9月 – 2016年6月", "September 2012 – Januar 2014". A theme then gets
     * {@code longDates}, {@code dateColumn} (a width for that column, in the dates' ems) and
     * {@code dateColumnAndGap} (that width with a gap, in the text's ems, for a margin beside it).
     */
    private static final double LONG_DATES_EMS = 9.0;

    /** What a theme's stylesheet can use: checked values only, since the stylesheet is not escaped. */
    private Map<String, Object> styleContext(Layout layout, Output output, boolean pageNumbers) {
        Map<String, Object> c = new LinkedHashMap<>();
        boolean letter = layout.page().equals(Layout.LETTER);
        c.put("pageSize", letter ? "letter" : "A4");
        c.put("pageWidth", letter ? "8.5in" : "210mm");
        c.put("marginTop", mm(layout.margins().top()));
        c.put("marginRight", mm(layout.margins().right()));
        c.put("marginBottom", mm(layout.margins().bottom()));
        c.put("marginLeft", mm(layout.margins().left()));
        c.put("fontSize", number(layout.fontSize()) + "pt");
        c.put("accent", layout.accent());
        c.put("accentTint", mixWithWhite(layout.accent(), 0.91));
        c.put("accentSoft", mixWithWhite(layout.accent(), 0.6));
        String mono = fonts.mono().map(FontCatalog.Family::name).orElse(layout.fontFamily());
        c.put("font", output == Output.PDF ? fonts.pdfStack(layout.fontFamily()) : fonts.htmlStack(layout.fontFamily()));
        c.put("mono", output == Output.PDF ? fonts.pdfStack(mono) : fonts.htmlStack(mono));
        c.put("pageNumbers", pageNumbers);
        c.put("pdf", output == Output.PDF);
        c.put("html", output == Output.HTML);
        c.put("rtl", layout.rightToLeft());
        c.put("cjk", Set.of("zh", "ja", "ko").contains(layout.locale().getLanguage()));
        return c;
    }

    /** {@code #rgb} or {@code #rrggbb} moved {@code white} (0–1) of the way to white, as {@code #rrggbb}. */
    static String mixWithWhite(String colour, double white) {
        String hex = colour.substring(1);
        if (hex.length() == 3) {
            hex = hex.replaceAll("(.)", "$1$1");
        }
        int rgb = Integer.parseInt(hex, 16);
        StringBuilder out = new StringBuilder("#");
        for (int shift = 16; shift >= 0; shift -= 8) {
            int c = (rgb >> shift) & 0xff;
            out.append(String.format(Locale.ROOT, "%02x", (int) Math.round(c + (255 - c) * white)));
        }
        return out.toString();
    }

    private static String mm(double v) {
        return number(v) + "mm";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
