package dev.vitae.ui;

/**
 * Ids of form controls, derived from the pointer they edit relative to their entry, so tests and assistive
 * technology find the same control every time: {@code field-name}, {@code field-highlights-2},
 * {@code field-location-city}, {@code field-profiles-0-url}.
 */
final class FieldIds {

    private FieldIds() {
    }

    static String of(String relativePointer) {
        String path = relativePointer.startsWith("/") ? relativePointer.substring(1) : relativePointer;
        return "field-" + path.replace('/', '-');
    }
}
