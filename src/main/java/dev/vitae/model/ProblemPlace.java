package dev.vitae.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a JSON pointer is, in the words of the editor's forms: {@code /work/0/startDate} is
 * "Work › Acme › Start" (an entry by its title, or its number), {@code /basics/profiles/1/url} is "Basics › Profiles › 2 › URL". A part the catalogue
 * does not know is shown as written.
 */
public final class ProblemPlace {

    private static final String STEP = " › ";

    private ProblemPlace() {
    }

    public static String describe(String pointer, Document document) {
        if (pointer.isEmpty() || !pointer.startsWith("/")) {
            return pointer;
        }
        List<String> parts = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            parts.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        Optional<SectionSpec> section = SectionCatalogue.find(parts.get(0));
        if (section.isEmpty()) {
            return pointer;
        }
        List<String> words = new ArrayList<>(List.of(section.get().label()));
        List<FieldSpec> fields = section.get().fields();
        JsonNode node = document.root().path(parts.get(0));
        int i = 1;
        if (section.get().list() && i < parts.size() && isIndex(parts.get(i))) {
            node = node.path(Integer.parseInt(parts.get(i)));
            JsonNode entry = node;
            String title = section.get().field(section.get().titleKey()).map(f -> f.textIn(entry)).orElse("").strip();
            words.add(title.isEmpty() ? "entry " + (Integer.parseInt(parts.get(i)) + 1) : title);
            i++;
        }
        for (; i < parts.size(); i++) {
            String part = parts.get(i);
            if (isIndex(part)) {
                words.add(Integer.toString(Integer.parseInt(part) + 1));
                continue;
            }
            Optional<FieldSpec> field = fields.stream().filter(f -> f.names(part)).findFirst();
            words.add(field.map(FieldSpec::label).orElse(part));
            fields = field.map(FieldSpec::children).orElse(List.of());
        }
        return String.join(STEP, words);
    }

    private static boolean isIndex(String part) {
        return !part.isEmpty() && part.length() < 9 && part.chars().allMatch(Character::isDigit);
    }
}
