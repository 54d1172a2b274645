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
 * Makes Arabic text extract as the letters that were typed. The shaping step draws joined forms, which PDFBox
 * records in each font's {@code ToUnicode} map as presentation forms (U+FB50–FDFF, U+FE70–FEFF): copied or
 * indexed, "ليلى" would come out as "ﻟﻴﻠﻰ". This rewrites those entries to the letters they stand for (a
 * lam-alef ligature to lam and alef); the drawn glyphs do not change.
 */
final class ArabicToUnicode {

    private static final int CODES = 0x10000;
    private static final int PER_BLOCK = 100;

    private ArabicToUnicode() {
    }

    /** The PDF with its fonts' ToUnicode maps rewritten; the same bytes when no map names a presentation form. */
    static byte[] apply(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (!apply(doc)) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static boolean apply(PDDocument doc) throws IOException {
        boolean changed = false;
        Set<COSDictionary> seen = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font instanceof PDType0Font && seen.add(font.getCOSObject())) {
                    changed |= rewrite(doc, font.getCOSObject());
                }
            }
        }
        return changed;
    }

    private static boolean rewrite(PDDocument doc, COSDictionary font) throws IOException {
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
                String letters = letters(text);
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

    /** The text with each Arabic presentation form replaced by its compatibility decomposition. */
    static String letters(String text) {
        if (text.codePoints().noneMatch(ArabicToUnicode::presentationForm)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(presentationForm(cp)
                ? Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC) : Character.toString(cp)));
        return out.toString();
    }

    private static boolean presentationForm(int cp) {
        return cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF && cp != 0xFEFF;
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
