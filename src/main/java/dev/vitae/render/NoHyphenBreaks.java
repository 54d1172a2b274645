package dev.vitae.render;

import com.openhtmltopdf.extend.FSTextBreaker;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaking that never breaks a word at its hyphen ("self-hosted") or inside a path ("and/or",
 * "github.com/name"). Text extractors join a line ending in "-" with the next line, so "self-/hosted" would be
 * read as "selfhosted"; the word moves to the next line whole instead. All other break opportunities are the
 * locale's own.
 */
final class NoHyphenBreaks implements FSTextBreaker {

    private final BreakIterator lines;
    private String text = "";

    NoHyphenBreaks(Locale locale) {
        this.lines = BreakIterator.getLineInstance(locale);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        lines.setText(newText);
    }

    @Override
    public int next() {
        int at = lines.next();
        while (at != BreakIterator.DONE && at < text.length() && insideWord(at)) {
            at = lines.next();
        }
        return at;
    }

    /** A break right after '-' or '/' with a letter or digit on both sides. */
    private boolean insideWord(int at) {
        if (at < 2) {
            return false;
        }
        char before = text.charAt(at - 1);
        return (before == '-' || before == '/' || before == '\u2010')
                && Character.isLetterOrDigit(text.charAt(at - 2)) && Character.isLetterOrDigit(text.charAt(at));
    }
}
