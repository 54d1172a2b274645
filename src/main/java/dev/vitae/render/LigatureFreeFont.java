package dev.vitae.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Turns a TrueType font's {@code GSUB} table into an unknown table by renaming its tag. PDFBox applies GSUB
 * ligatures when it writes text (CSS cannot switch them off), and a ligature glyph makes "fi" extract as
 * "ﬁ", which breaks search and applicant-tracking systems. With the tag renamed PDFBox sees no GSUB, and its
 * subsetter drops the renamed table. Only the 4-byte tag changes; offsets and checksums stay valid.
 */
final class LigatureFreeFont {

    private static final int GSUB = tag("GSUB");
    private static final int RENAMED = tag("xSUB");

    private LigatureFreeFont() {
    }

    /** A copy of {@code font} without a usable GSUB table; other data, and non-TrueType input, unchanged. */
    static byte[] strip(byte[] font) {
        byte[] out = font.clone();
        ByteBuffer b = ByteBuffer.wrap(out);
        if (out.length < 12) {
            return out;
        }
        int version = b.getInt(0);
        if (version != 0x00010000 && version != tag("true") && version != tag("OTTO")) {
            return out;
        }
        int tables = Short.toUnsignedInt(b.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (record + 16 > out.length) {
                break;
            }
            if (b.getInt(record) == GSUB) {
                b.putInt(record, RENAMED);
            }
        }
        return out;
    }

    private static int tag(String t) {
        return ByteBuffer.wrap(t.getBytes(StandardCharsets.US_ASCII)).getInt();
    }
}
