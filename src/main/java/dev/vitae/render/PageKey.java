package dev.vitae.render;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of what a PDF page draws: its size and rotation, its content streams byte for byte, and what
 * the names in them stand for (fonts by their name without the subset tag, images and forms by a digest of
 * their data, other resources by value), plus its annotations' places. Two pages with equal keys draw the same
 * pixels, so a preview can keep a page's image from the last render when the key has not changed.
 *
 * <p>Page content is stable across renders of a slightly different document: openhtmltopdf names resources
 * per page, marked-content ids restart on each page, and glyphs are written by their id in the whole font,
 * whatever the subset. A font subset that grows keeps every glyph it had. Anything in doubt (a dictionary
 * that differs only in bookkeeping) makes the keys differ, which only costs a redraw.
 */
public record PageKey(String digest) {

    static PageKey of(PDPage page) throws IOException {
        MessageDigest d = sha256();
        text(d, page.getCropBox().toString() + "/" + page.getMediaBox() + "/" + page.getRotation());
        Iterator<PDStream> contents = page.getContentStreams();
        while (contents.hasNext()) {
            raw(d, contents.next().getCOSObject());
        }
        if (page.getResources() != null) {
            resources(d, page.getResources().getCOSObject());
        }
        for (PDAnnotation a : page.getAnnotations()) {
            COSDictionary ann = a.getCOSObject();
            text(d, "annot " + a.getSubtype() + " " + a.getRectangle() + " " + ann.getDictionaryObject(COSName.BORDER)
                    + " " + ann.getDictionaryObject(COSName.BS) + " " + (ann.containsKey(COSName.AP) ? "AP" : ""));
            if (ann.getDictionaryObject(COSName.AP) instanceof COSDictionary ap) {
                value(d, ap, 3);
            }
        }
        return new PageKey(Base64.getEncoder().encodeToString(d.digest()));
    }

    private static void resources(MessageDigest d, COSDictionary resources) throws IOException {
        for (Map.Entry<String, COSBase> category : sorted(resources).entrySet()) {
            text(d, "/" + category.getKey());
            if (!(deref(category.getValue()) instanceof COSDictionary named)) {
                value(d, category.getValue(), 2);
                continue;
            }
            for (Map.Entry<String, COSBase> entry : sorted(named).entrySet()) {
                text(d, "  /" + entry.getKey() + " ");
                COSBase v = deref(entry.getValue());
                if (category.getKey().equals(COSName.FONT.getName()) && v instanceof COSDictionary font) {
                    text(d, withoutSubsetTag(font.getNameAsString(COSName.BASE_FONT)) + " "
                            + font.getNameAsString(COSName.SUBTYPE) + " " + font.getNameAsString(COSName.ENCODING));
                } else {
                    value(d, v, 3);
                }
            }
        }
    }

    /** A value by what it holds: streams by their data and their own dictionary, containers to a depth. */
    private static void value(MessageDigest d, COSBase base, int depth) throws IOException {
        COSBase v = deref(base);
        if (v instanceof COSStream stream) {
            raw(d, stream);
        }
        if (v instanceof COSDictionary dict) {
            if (depth == 0) {
                text(d, "<<…>>");
                return;
            }
            text(d, "<<");
            for (Map.Entry<String, COSBase> e : sorted(dict).entrySet()) {
                if (e.getKey().equals(COSName.PARENT.getName()) || e.getKey().equals(COSName.LENGTH.getName())) {
                    continue;
                }
                text(d, "/" + e.getKey() + " ");
                value(d, e.getValue(), depth - 1);
            }
            text(d, ">>");
        } else if (v instanceof COSArray array) {
            text(d, "[");
            for (COSBase item : array) {
                value(d, item, depth - 1);
            }
            text(d, "]");
        } else if (v != null) {
            text(d, v.toString());
        }
    }

    private static Map<String, COSBase> sorted(COSDictionary dict) {
        Map<String, COSBase> out = new TreeMap<>();
        for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
            out.put(e.getKey().getName(), e.getValue());
        }
        return out;
    }

    private static COSBase deref(COSBase base) {
        return base instanceof COSObject o ? o.getObject() : base;
    }

    /** {@code ABCDEF+LiberationSerif} and {@code GHIJKL+LiberationSerif} name the same font, subset differently. */
    static String withoutSubsetTag(String name) {
        if (name != null && name.length() > 7 && name.charAt(6) == '+' && name.substring(0, 6).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return name.substring(7);
        }
        return String.valueOf(name);
    }

    private static void raw(MessageDigest d, COSStream stream) throws IOException {
        try (InputStream in = stream.createRawInputStream()) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                d.update(buffer, 0, n);
            }
        }
        text(d, "|");
    }

    private static void text(MessageDigest d, String s) {
        d.update(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A new SHA-256 digest, which every Java runtime has. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
