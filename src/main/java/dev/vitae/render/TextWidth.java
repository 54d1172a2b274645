package dev.vitae.render;

/**
 * A rough width of a short text in ems, from the kinds of its characters, for choices a stylesheet cannot make
 * (openhtmltopdf has no {@code calc()} and no way to size a column by its widest cell across tables): close
 * enough to tell a date that fits a column from one that does not.
 */
final class TextWidth {

    private TextWidth() {
    }

    static double ems(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            width += ems(c);
        }
        return width;
    }

    private static double ems(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (Character.isIdeographic(c) || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return 1.0;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return 0.25;
        }
        if (Character.isDigit(c) || c == '–') {
            return 0.5;
        }
        if (Character.isUpperCase(c)) {
            return 0.65;
        }
        return Character.isLetter(c) ? 0.45 : 0.4;
    }
}
