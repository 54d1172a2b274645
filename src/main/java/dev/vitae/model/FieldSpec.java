package dev.vitae.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * One field of a section entry as the catalogue describes it.
 *
 * @param key      the JSON Resume 1.2.1 property name
 * @param label    the human label shown next to the field
 * @param kind     what the value is
 * @param aliases  older names found in real files ({@code company}, {@code website}, …), read in place of
 *                 {@code key} and edited where they are, so the file is never renamed behind the user's back
 * @param children the fields of each object for {@link FieldKind#OBJECT} and {@link FieldKind#OBJECT_LIST}
 */
public record FieldSpec(String key, String label, FieldKind kind, List<String> aliases, List<FieldSpec> children) {

    public FieldSpec {
        aliases = List.copyOf(aliases);
        children = List.copyOf(children);
    }

    public static FieldSpec of(String key, String label, FieldKind kind, String... aliases) {
        return new FieldSpec(key, label, kind, List.of(aliases), List.of());
    }

    public static FieldSpec nested(String key, String label, FieldKind kind, FieldSpec... children) {
        return new FieldSpec(key, label, kind, List.of(), List.of(children));
    }

    /**
     * The property that holds this field in {@code entry}: the first of key and aliases that is present,
     * else the canonical key (where a new value goes).
     */
    public String keyIn(JsonNode entry) {
        if (entry != null && entry.isObject()) {
            if (entry.has(key)) {
                return key;
            }
            for (String alias : aliases) {
                if (entry.has(alias)) {
                    return alias;
                }
            }
        }
        return key;
    }

    /** The value of this field in {@code entry}, looking through the aliases; empty when absent or null. */
    public Optional<JsonNode> valueIn(JsonNode entry) {
        if (entry == null || !entry.isObject()) {
            return Optional.empty();
        }
        JsonNode value = entry.get(keyIn(entry));
        return value == null || value.isNull() || value.isMissingNode() ? Optional.empty() : Optional.of(value);
    }

    /** The text of this field in {@code entry}, or "" when absent or not a scalar. */
    public String textIn(JsonNode entry) {
        return valueIn(entry).filter(JsonNode::isValueNode).map(JsonNode::asText).orElse("");
    }

    /** What one item of a list field is called, for "Add highlight": the label in the singular, lower case. */
    public String itemNoun() {
        String l = label.toLowerCase(java.util.Locale.ROOT);
        return l.endsWith("s") ? l.substring(0, l.length() - 1) : l;
    }

    /** Whether {@code property} is this field's key or one of its aliases. */
    public boolean names(String property) {
        return key.equals(property) || aliases.contains(property);
    }
}
