package dev.vitae.render;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Moves what each page's margin boxes draw (the page number, "1 / 3", and any rule under a running head) behind the
 * page's content in an exported PDF. openhtmltopdf paints the margins first, so a program that reads a page's text in the order it is written
 * (PDFBox and Apache Tika by default, pypdf, and the applicant tracking systems built on them) found "1 / 3"
 * before the name. Readers of the structure tree skip it either way: it is marked as an artifact.
 *
 * <p>Nothing drawn changes. The margin boxes are drawn last, from the graphics state they were drawn from
 * before (the page's content runs inside a {@code q … Q} of its own), and where it stood a copy without the
 * text and paths leaves the graphics state as the original left it. The margins and the content area
 * do not overlap, so the order in which they are drawn shows nowhere. A page whose content stream is anything
 * other than that pattern (openhtmltopdf's opening state and the page's background, margin artifacts of text and
 * painted paths, then content whose {@code q} and {@code Q} pair up) is left as it is.
 */
final class MarginTextLast {

    /** Operators that set the graphics state and draw nothing. */
    private static final Set<String> STATE = Set.of("w", "J", "j", "M", "d", "ri", "i", "gs", "g", "G", "rg", "RG",
            "k", "K", "cs", "CS", "sc", "SC", "scn", "SCN", "Tc", "Tw", "Tz", "TL", "Ts", "Tr", "Tf");
    /** Operators that build a path, and those that paint it (or, {@code n}, end it unpainted). */
    private static final Set<String> PATH = Set.of("m", "l", "c", "v", "y", "h", "re");
    private static final Set<String> PAINT = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n");
    /** Operators of a text object other than those showing text. */
    private static final Set<String> TEXT = Set.of("BT", "ET", "Tm", "Td", "TD", "T*");

    private static final byte[] OPEN = "q\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "\nQ\n".getBytes(StandardCharsets.US_ASCII);

    private MarginTextLast() {
    }

    static void apply(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            if (!(page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSStream stream)) {
                continue;
            }
            byte[] content;
            try (InputStream in = stream.createInputStream()) {
                content = in.readAllBytes();
            }
            byte[] reordered = reorder(content);
            if (reordered != null) {
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(reordered);
                }
            }
        }
    }

    /** The content stream with its leading margin boxes drawn last, or null when it is left as it is. */
    static byte[] reorder(byte[] content) {
        Scanner scan = new Scanner(content);
        // what comes before the margins, openhtmltopdf's opening state and the page's background, stays first;
        // the margins run from the first artifact to the end of the last one before the content starts
        int from = -1;
        int to = -1;
        int depth = 0;
        int lastOperatorEnd = 0;
        int pathStart = -1;
        List<int[]> drawn = new ArrayList<>();
        boolean text = false;
        boolean more;
        while ((more = scan.next()) && (!scan.operator() || depth > 0 || opensArtifact(scan) || from < 0)) {
            if (!scan.operator()) {
                continue;
            }
            boolean opens = scan.is("BDC") || scan.is("BMC");
            if (depth == 0 && opens && !opensArtifact(scan)) {
                break; // tagged content before any margins: not the page openhtmltopdf makes
            }
            if (depth == 0 && !opens) {
                // before the first artifact: state, and paths painted on the page's background
                if (!STATE.contains(scan.word()) && !PATH.contains(scan.word()) && !PAINT.contains(scan.word())) {
                    break;
                }
            } else if (opens) {
                if (from < 0) {
                    from = scan.secondBeforeStart;
                }
                depth++;
            } else if (scan.is("EMC")) {
                if (--depth == 0) {
                    to = scan.end;
                }
            } else if (scan.is("Tj") || scan.is("TJ")) {
                drawn.add(new int[] {lastOperatorEnd, scan.end});
                text = true;
            } else if (PATH.contains(scan.word())) {
                pathStart = pathStart < 0 ? lastOperatorEnd : pathStart;
            } else if (PAINT.contains(scan.word()) && pathStart >= 0) {
                drawn.add(new int[] {pathStart, scan.end});
                pathStart = -1;
            } else if (!STATE.contains(scan.word()) && !TEXT.contains(scan.word())) {
                return null; // a clip, an image, a nested save: more than can be moved as it is
            }
            lastOperatorEnd = scan.end;
        }
        if (!more || from < 0 || !text || pathStart >= 0 || !pairedUp(scan)) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + (to - from) + 16);
        out.write(content, 0, from);
        out.writeBytes(OPEN);
        int at = from;
        for (int[] part : drawn) {
            out.write(content, at, part[0] - at);
            at = part[1];
        }
        out.write(content, at, content.length - at);
        out.writeBytes(CLOSE);
        out.write(content, from, to - from);
        out.write('\n');
        return out.toByteArray();
    }

    private static boolean opensArtifact(Scanner scan) {
        return scan.is("BDC") && scan.secondBefore("/Artifact");
    }

    /**
     * Whether every q from the scanner's token on has its Q, with none before its q, and no inline image (whose
     * data is not made of tokens) stands in the way: what the content needs to leave no state behind.
     */
    private static boolean pairedUp(Scanner scan) {
        int saved = 0;
        do {
            if (!scan.operator()) {
                continue;
            }
            if (scan.is("q")) {
                saved++;
            } else if (scan.is("Q") && --saved < 0 || scan.is("BI")) {
                return false;
            }
        } while (scan.next());
        return !scan.broken && saved == 0;
    }

    /**
     * Reads a content stream a token at a time without copying it. A string, hex string, array or dictionary is
     * one operand; the two tokens before the current one are kept by where they stand.
     */
    private static final class Scanner {
        private final byte[] s;
        int start;
        int end;
        int beforeStart;
        private int beforeEnd;
        int secondBeforeStart;
        private int secondBeforeEnd;
        /** The stream ended inside a token. */
        boolean broken;

        Scanner(byte[] s) {
            this.s = s;
        }

        boolean next() {
            int i = end;
            while (i < s.length) {
                int c = s[i] & 0xff;
                if (whitespace(c)) {
                    i++;
                } else if (c == '%') {
                    while (i < s.length && s[i] != '\n' && s[i] != '\r') {
                        i++;
                    }
                } else {
                    int tokenEnd = skip(i);
                    if (tokenEnd < 0) {
                        broken = true;
                        return false;
                    }
                    secondBeforeStart = beforeStart;
                    secondBeforeEnd = beforeEnd;
                    beforeStart = start;
                    beforeEnd = end;
                    start = i;
                    end = tokenEnd;
                    return true;
                }
            }
            return false;
        }

        /** An operator, not a name, number, boolean, null or compound operand. */
        boolean operator() {
            int c = s[start] & 0xff;
            return !delimiter(c) && !(c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.')
                    && !is("true") && !is("false") && !is("null");
        }

        boolean is(String word) {
            return matches(start, end, word);
        }

        boolean secondBefore(String word) {
            return matches(secondBeforeStart, secondBeforeEnd, word);
        }

        String word() {
            return new String(s, start, end - start, StandardCharsets.ISO_8859_1);
        }

        private boolean matches(int from, int to, String word) {
            if (to - from != word.length()) {
                return false;
            }
            for (int k = 0; k < word.length(); k++) {
                if (s[from + k] != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** Where the token at {@code i} ends, or -1 where the stream ends inside it. */
        private int skip(int i) {
            int c = s[i] & 0xff;
            if (c == '(') {
                int nesting = 0;
                for (int j = i; j < s.length; j++) {
                    if (s[j] == '\\') {
                        j++;
                    } else if (s[j] == '(') {
                        nesting++;
                    } else if (s[j] == ')' && --nesting == 0) {
                        return j + 1;
                    }
                }
                return -1;
            }
            if (c == '[' || c == '<' && i + 1 < s.length && s[i + 1] == '<') {
                return nested(i, c == '[' ? ']' : '>');
            }
            if (c == '<') {
                for (int j = i + 1; j < s.length; j++) {
                    if (s[j] == '>') {
                        return j + 1;
                    }
                }
                return -1;
            }
            int j = i + 1;
            while (j < s.length && !whitespace(s[j] & 0xff) && !delimiter(s[j] & 0xff)) {
                j++;
            }
            return j;
        }

        /** The end of an array or dictionary: what opens and closes it counted outside strings. */
        private int nested(int i, char close) {
            byte open = s[i];
            int nesting = 0;
            int j = i;
            while (j < s.length) {
                int c = s[j] & 0xff;
                if (c == '(' || c == '<' && open == '[') {
                    j = skip(j);
                    if (j < 0) {
                        return -1;
                    }
                    continue;
                }
                if (c == open) {
                    nesting++;
                } else if (c == close && --nesting == 0) {
                    return j + 1;
                }
                j++;
            }
            return -1;
        }

        private static boolean whitespace(int c) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
        }

        private static boolean delimiter(int c) {
            return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                    || c == '/' || c == '%';
        }
    }
}
