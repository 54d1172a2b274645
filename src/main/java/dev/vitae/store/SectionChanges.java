package dev.vitae.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.model.Document;
import dev.vitae.model.SectionCatalogue;
import dev.vitae.model.SectionSpec;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which parts of a résumé differ between two versions, named as the section list names them ("Work",
 * "Skills", "Settings"): what a recovery offer and the list of saved versions show, so a person can tell
 * versions apart without reading JSON.
 */
public final class SectionChanges {

    private SectionChanges() {
    }

    /** The labels of the top-level parts that differ, in the order they appear in {@code after}, then removed ones. */
    public static List<String> between(Document before, Document after) {
        Set<String> keys = new LinkedHashSet<>();
        after.root().fieldNames().forEachRemaining(keys::add);
        before.root().fieldNames().forEachRemaining(keys::add);
        List<String> changed = new ArrayList<>();
        for (String key : keys) {
            if (!Objects.equals(before.root().get(key), after.root().get(key))) {
                changed.add(label(key));
            }
        }
        if (changed.isEmpty() && !sameOrder(before.root(), after.root())) {
            changed.add("Order of sections in the file");
        }
        return changed;
    }

    /** One line for a list of changes: "Work, Skills" or "No changes". */
    public static String describe(List<String> changed) {
        return changed.isEmpty() ? "No changes" : String.join(", ", changed);
    }

    private static String label(String key) {
        if (key.equals("meta")) {
            return "Settings";
        }
        return SectionCatalogue.find(key).map(SectionSpec::label).orElse("\"" + key + "\"");
    }

    private static boolean sameOrder(JsonNode a, JsonNode b) {
        Iterator<String> x = a.fieldNames();
        Iterator<String> y = b.fieldNames();
        while (x.hasNext() && y.hasNext()) {
            if (!x.next().equals(y.next())) {
                return false;
            }
        }
        return x.hasNext() == y.hasNext();
    }
}
