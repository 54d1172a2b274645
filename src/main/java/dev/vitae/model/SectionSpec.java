package dev.vitae.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One top-level section of a JSON Resume file as the catalogue describes it.
 *
 * @param key        the top-level property ({@code work}, {@code education}, …)
 * @param label      the default heading
 * @param list       true for the sections that are arrays of entries; false for {@code basics}
 * @param fields     the fields of one entry (or of basics)
 * @param titleKey   the field that names an entry in a one-line summary
 * @param subtitleKey the field shown after the title, or null
 */
public record SectionSpec(String key, String label, boolean list, List<FieldSpec> fields,
                          String titleKey, String subtitleKey) {

    public SectionSpec {
        fields = List.copyOf(fields);
    }

    public String pointer() {
        return "/" + key;
    }

    public Optional<FieldSpec> field(String property) {
        return fields.stream().filter(f -> f.names(property)).findFirst();
    }

    /** The fields of kind DATE, in catalogue order (start before end). */
    public List<FieldSpec> dateFields() {
        return fields.stream().filter(f -> f.kind() == FieldKind.DATE).toList();
    }

    /**
     * A one-line description of an entry for lists, e.g. {@code Cloudflare — Systems Engineer, 2022–Present}.
     */
    public String summarize(JsonNode entry) {
        String title = field(titleKey).map(f -> f.textIn(entry)).orElse("").strip();
        String subtitle = subtitleKey == null ? "" : field(subtitleKey).map(f -> summaryText(f, entry)).orElse("").strip();
        String head = Stream.of(title, subtitle).filter(s -> !s.isEmpty()).collect(Collectors.joining(" — "));
        String years = years(entry);
        if (head.isEmpty()) {
            head = "(untitled)";
        }
        return years.isEmpty() ? head : head + ", " + years;
    }

    private static String summaryText(FieldSpec field, JsonNode entry) {
        if (field.kind() == FieldKind.STRING_LIST) {
            return field.valueIn(entry).filter(JsonNode::isArray)
                    .map(a -> Stream.of(a).flatMap(n -> java.util.stream.StreamSupport.stream(n.spliterator(), false))
                            .map(JsonNode::asText).filter(t -> !t.isBlank()).collect(Collectors.joining(", ")))
                    .orElse("");
        }
        return field.textIn(entry);
    }

    private String years(JsonNode entry) {
        List<FieldSpec> dates = dateFields();
        if (dates.isEmpty()) {
            return "";
        }
        String start = yearOf(dates.get(0).textIn(entry));
        if (dates.size() == 1) {
            return start;
        }
        if (start.isEmpty()) {
            return "";
        }
        String endText = dates.get(1).textIn(entry);
        String end = endText.isBlank() || PartialDate.meansPresent(endText) ? "Present" : yearOf(endText);
        return start.equals(end) ? start : start + "–" + end;
    }

    private static String yearOf(String date) {
        return PartialDate.forReading(date).map(d -> Integer.toString(d.year())).orElse(date.strip());
    }
}
