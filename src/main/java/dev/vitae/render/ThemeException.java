package dev.vitae.render;

/** A theme that cannot be used; the message names the file and, where known, the line. */
public final class ThemeException extends Exception {

    public ThemeException(String message) {
        super(message);
    }
}
