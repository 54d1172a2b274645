package dev.vitae.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How dates are shown in the output; the setting {@code meta.vitae.dateFormat} names one by its id. */
public enum DateStyle {
    /** 2/2022 */
    NUMERIC("numeric"),
    /** Feb 2022 */
    SHORT("short"),
    /** February 2022 */
    LONG("long"),
    /** 2022-02 */
    ISO("iso");

    private final String id;

    DateStyle(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DateStyle> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
    }
}
