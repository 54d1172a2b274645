package dev.vitae.model;

/** What kind of value a field holds; the editor picks a widget and the validator a check from it. */
public enum FieldKind {
    TEXT,
    MULTILINE,
    DATE,
    URL,
    /** A photo: a file next to the résumé ({@code me.jpg}) or a link. */
    IMAGE,
    EMAIL,
    /** A country as its two-letter ISO 3166-1 code, e.g. {@code US}, {@code DE}. */
    COUNTRY_CODE,
    STRING_LIST,
    /** A nested object with its own fields, e.g. {@code basics.location}. */
    OBJECT,
    /** A list of objects with their own fields, e.g. {@code basics.profiles}. */
    OBJECT_LIST;

    public boolean isList() {
        return this == STRING_LIST || this == OBJECT_LIST;
    }
}
