package dev.vitae.render;

/**
 * Whether a résumé will take more than one page, guessed from the length of its text before it is laid out,
 * so that a render without a previous page count can still choose page numbers in one pass. A full A4 or
 * Letter page of a built-in theme holds about 4,500–5,500 characters; a wrong guess costs one more layout,
 * never a wrong PDF.
 */
final class PageGuess {

    static final int CHARACTERS_PER_PAGE = 5_500;

    private PageGuess() {
    }

    /** Counts the characters of {@code xhtml}'s body outside tags, ignoring runs of white space, until a page is full. */
    static boolean severalPages(String xhtml) {
        int body = xhtml.indexOf("<body");
        int count = 0;
        boolean inTag = false;
        boolean space = true;
        for (int i = Math.max(body, 0); i < xhtml.length(); i++) {
            char c = xhtml.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (!inTag) {
                boolean white = Character.isWhitespace(c);
                if ((!white || !space) && ++count > CHARACTERS_PER_PAGE) {
                    // a long CV is 40,000 characters or more, read in a cold JVM one at a time
                    return true;
                }
                space = white;
            }
        }
        return false;
    }
}
