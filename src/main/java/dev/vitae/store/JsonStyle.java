package dev.vitae.store;

/**
 * How a file lays out its JSON. Vitae writes 2-space indentation by default and keeps the indentation a file
 * already uses (4 spaces, tabs), so that a save changes only the lines that changed.
 *
 * @param indent one level of indentation
 */
public record JsonStyle(String indent) {

    public static final JsonStyle CANONICAL = new JsonStyle("  ");

    public JsonStyle {
        if (indent.isEmpty() || !indent.chars().allMatch(c -> c == ' ' || c == '\t')) {
            throw new IllegalArgumentException("indent must be spaces or tabs");
        }
    }

    /**
     * The style of a file's text: the indentation of the first indented line, if it is a plain run of spaces
     * (up to 8) or one tab; otherwise the canonical style.
     */
    public static JsonStyle detect(String text) {
        int nl = text.indexOf('\n');
        while (nl >= 0 && nl + 1 < text.length()) {
            int start = nl + 1;
            int end = start;
            while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                end++;
            }
            if (end > start && end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                String indent = text.substring(start, end);
                boolean spaces = indent.chars().allMatch(c -> c == ' ') && indent.length() <= 8;
                return spaces || indent.equals("\t") ? new JsonStyle(indent) : CANONICAL;
            }
            nl = text.indexOf('\n', start);
        }
        return CANONICAL;
    }
}
