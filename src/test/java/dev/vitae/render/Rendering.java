package dev.vitae.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.Corpus;
import dev.vitae.model.Document;
import dev.vitae.store.ParseError;
import dev.vitae.store.ResumeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/** What the render tests share: one renderer (fonts and templates load once) and ways to get documents. */
final class Rendering {

    static final Renderer RENDERER = new Renderer(ThemeCatalog.builtIn(), Locale.ENGLISH);

    /**
     * PDFs already made, by document (equal trees share one), so tests that look at one PDF in several ways render
     * it once; the most recently used few only, since the whole run shares one heap.
     */
    private static final java.util.Map<Document, RenderedPdf> PDFS = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(32, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Document, RenderedPdf> eldest) {
                    return size() > 24;
                }
            });

    private Rendering() {
    }

    /** The PDF of {@code doc} with no résumé folder, made once per distinct document. */
    static RenderedPdf pdf(Document doc) {
        return PDFS.computeIfAbsent(doc, d -> RENDERER.pdf(d, null));
    }

    static Document sample() {
        try (InputStream in = Rendering.class.getResourceAsStream("/dev/vitae/samples/sample.json")) {
            return ResumeReader.read(in.readAllBytes(), Path.of("sample.json")).document();
        } catch (IOException | ParseError e) {
            throw new IllegalStateException(e);
        }
    }

    static Document corpus(String prefix) {
        try {
            return ResumeReader.read(Corpus.file(prefix)).document();
        } catch (ParseError e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A copy of {@code doc} with its {@code meta.vitae} settings changed by {@code change}. */
    static Document withSettings(Document doc, Consumer<ObjectNode> change) {
        ObjectNode root = doc.root().deepCopy();
        ObjectNode vitae = root.withObject("/meta").withObject("/vitae");
        change.accept(vitae);
        return Document.of(root);
    }

    static Document onPage(Document doc, String page) {
        return withSettings(doc, v -> v.put("page", page));
    }

    /** A document from JSON text, e.g. {@code {"basics": {"name": "A"}}}. */
    static Document json(String json) {
        try {
            return ResumeReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Path.of("test.json")).document();
        } catch (ParseError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The PDF's text as PDFBox extracts it, in reading order. */
    static String text(byte[] pdf) {
        return text(pdf, true);
    }

    /**
     * The PDF's text, read line by line across the page ({@code byPosition}), or in the order it was drawn,
     * which is document order: the way to read a page with columns side by side.
     */
    static String text(byte[] pdf, boolean byPosition) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The characters as the PDF maps its glyphs, without the ligature decomposition PDFTextStripper applies to
     * its own output: what {@code pdftotext} and most other extractors give.
     */
    static String rawText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder raw = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(p -> raw.append(p.getUnicode()));
                    raw.append('\n');
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
            return raw.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The PDF's text in the order of its structure tree: what a screen reader or a tagged-PDF-aware tracking
     * system reads. Each marked-content sequence a structure element points to gives its text, in tree order.
     */
    static String taggedText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.util.Map<org.apache.pdfbox.pdmodel.PDPage, java.util.Map<Integer, String>> pages = new java.util.HashMap<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                org.apache.pdfbox.text.PDFMarkedContentExtractor extractor = new org.apache.pdfbox.text.PDFMarkedContentExtractor();
                extractor.processPage(page);
                java.util.Map<Integer, String> byMcid = new java.util.HashMap<>();
                extractor.getMarkedContents().forEach(mc -> collect(mc, byMcid));
                pages.put(page, byMcid);
            }
            StringBuilder out = new StringBuilder();
            walk(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), null, pages, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent mc,
                                java.util.Map<Integer, String> byMcid) {
        StringBuilder text = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof org.apache.pdfbox.text.TextPosition t) {
                text.append(t.getUnicode());
            } else if (o instanceof org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent inner) {
                collect(inner, byMcid);
            }
        }
        if (mc.getMCID() >= 0) {
            byMcid.merge(mc.getMCID(), text.toString(), String::concat);
        }
    }

    private static void walk(java.util.List<Object> kids, org.apache.pdfbox.pdmodel.PDPage page,
                             java.util.Map<org.apache.pdfbox.pdmodel.PDPage, java.util.Map<Integer, String>> pages,
                             StringBuilder out) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                walk(e.getKids(), e.getPage() != null ? e.getPage() : page, pages, out);
            } else if (kid instanceof Integer mcid && page != null) {
                out.append(pages.getOrDefault(page, java.util.Map.of()).getOrDefault(mcid, "")).append('\n');
            } else if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference ref) {
                org.apache.pdfbox.pdmodel.PDPage p = ref.getPage() != null ? ref.getPage() : page;
                out.append(pages.getOrDefault(p, java.util.Map.of()).getOrDefault(ref.getMCID(), "")).append('\n');
            }
        }
    }

    /** Text without any whitespace, so that line breaks and spacing between spans do not matter. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
