package dev.vitae.store;

import java.util.Objects;

/**
 * Something in a résumé that does not follow JSON Resume or Vitae's settings, located by a JSON pointer. A
 * problem is a warning: it never stops a file from opening, editing or exporting.
 *
 * @param pointer where the problem is, e.g. {@code /work/2/startDate}; "" for the document as a whole
 * @param message what is wrong, in plain words, e.g. {@code "2021-13" is not a date (there is no month 13)}
 */
public record Problem(String pointer, String message) {

    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** The one-line form used everywhere a problem is shown: {@code /work/2/startDate: "2021-13" is not a date}. */
    public String describe() {
        return pointer.isEmpty() ? message : pointer + ": " + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
