package dev.vitae.render;

import org.apache.fontbox.cmap.CMap;
import org.apache.pdfbox.Loader;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes Arabic and CJK text extract as the characters that were typed, by rewriting the fonts' {@code ToUnicode}
 * maps; the drawn glyphs do not change. Two cases need it:
 * <ul>
 * <li>Arabic shaping draws joined forms, which PDFBox records as presentation forms (U+FB50–FDFF,
 * U+FE70–FEFF): "ليلى" would come out as "ﻟﻴﻠﻰ". They become the letters they stand for (a lam-alef ligature
 * becomes lam and alef).</li>
 * <li>A CJK font draws 高 and the Kangxi radical ⾼ with one glyph, and PDFBox names a glyph by the lowest code
 * point that maps to it, so "高级" would come out as "⾼级". A radical or compatibility ideograph becomes the
 * character of the document that the font draws with that glyph (the code of a glyph in these fonts is its
 * glyph id in the original font).</li>
 * </ul>
 */
final class ExtractableText {

    private static final int CODES = 0x10000;
    private static final int PER_BLOCK = 100;

    private ExtractableText() {
    }

    /** The PDF with its fonts' ToUnicode maps rewritten; the same bytes when no map names a presentation form. */
    static byte[] apply(byte[] pdf, Map<String, Map<Integer, String>> glyphs) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (!apply(doc, glyphs)) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static boolean apply(PDDocument doc, Map<String, Map<Integer, String>> glyphs) throws IOException {
        boolean changed = false;
        Set<COSDictionary> seen = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font instanceof PDType0Font type0 && seen.add(font.getCOSObject())) {
                    changed |= rewrite(doc, type0, glyphs);
                }
            }
        }
        return changed;
    }

    private static boolean rewrite(PDDocument doc, PDType0Font type0, Map<String, Map<Integer, String>> glyphs)
            throws IOException {
        COSDictionary font = type0.getCOSObject();
        if (!(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream)) {
            return false;
        }

        CMap cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> mappings = new TreeMap<>();
        boolean changed = false;
        for (int code = 0; code < CODES; code++) {
            String text = cmap.toUnicode(code, 2);
            if (text != null) {
                String letters = letters(drawn(type0, glyphs, code, text));
                changed |= !letters.equals(text);
                mappings.put(code, letters);
            }
        }
        if (changed) {
            COSStream replacement = doc.getDocument().createCOSStream();
            try (OutputStream out = replacement.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(cmapText(mappings).getBytes(StandardCharsets.US_ASCII));
            }
            font.setItem(COSName.TO_UNICODE, replacement);
        }
        return changed;
    }

    /** For a radical, the character of the text that uses the same glyph of the same font. */
    private static String drawn(PDType0Font font, Map<String, Map<Integer, String>> glyphs, int code, String text) {
        if (text.codePoints().noneMatch(ExtractableText::radical)) {
            return text;
        }
        String name = font.getName() == null ? "" : font.getName().replaceFirst("^[A-Z]{6}\\+", "");
        String used = glyphs.getOrDefault(name, Map.of()).get(code);
        return used == null || radical(used.codePointAt(0)) ? text : used;
    }

    private static boolean radical(int cp) {
        return cp >= 0x2E80 && cp <= 0x2FDF || cp >= 0xF900 && cp <= 0xFAFF;
    }

    /** The text with each presentation form, radical or compatibility ideograph replaced by what it equals. */
    static String letters(String text) {
        if (text.codePoints().noneMatch(ExtractableText::replaced)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(replaced(cp)
                ? Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC) : Character.toString(cp)));
        return out.toString();
    }

    private static boolean replaced(int cp) {
        return cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp < 0xFEFF // Arabic presentation forms
                || cp >= 0x2E80 && cp <= 0x2FDF                                 // CJK and Kangxi radicals
                || cp >= 0xF900 && cp <= 0xFAFF;                                // CJK compatibility ideographs
    }

    private static String cmapText(Map<Integer, String> mappings) {
        StringBuilder s = new StringBuilder();
        s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(mappings.entrySet());
        for (int start = 0; start < entries.size(); start += PER_BLOCK) {
            List<Map.Entry<Integer, String>> block = entries.subList(start, Math.min(entries.size(), start + PER_BLOCK));
            s.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                s.append(String.format("<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) {
                    s.append(String.format("%04X", (int) c));
                }
                s.append(">\n");
            }
            s.append("endbfchar\n");
        }
        s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return s.toString();
    }
}
