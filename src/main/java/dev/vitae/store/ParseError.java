package dev.vitae.store;

import java.nio.file.Path;

/**
 * A file that could not be read as a résumé, located for a person: file, line, column, a message in plain
 * words and the text of the offending line.
 */
public final class ParseError extends Exception {

    private final Path file;
    private final int line;
    private final int column;
    private final String reason;
    private final String lineText;

    public ParseError(Path file, int line, int column, String reason, String lineText) {
        super(format(file, line, column, reason));
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.lineText = lineText == null ? "" : lineText;
    }

    private static String format(Path file, int line, int column, String reason) {
        String name = file == null ? "<input>" : file.toString();
        return line > 0 ? name + ":" + line + ":" + column + ": " + reason : name + ": " + reason;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is with the file as a whole (too large, unreadable). */
    public int line() {
        return line;
    }

    /** 1-based column in characters. */
    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }

    /** The text of the offending line, or "" when the problem has no line. */
    public String lineText() {
        return lineText;
    }
}
