package dev.vitae.store;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.model.FieldKind;
import dev.vitae.model.FieldSpec;
import dev.vitae.model.FieldCheck;
import dev.vitae.model.JsonWords;
import dev.vitae.model.PartialDate;
import dev.vitae.model.SectionCatalogue;
import dev.vitae.model.SectionSpec;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The checks JSON Schema cannot express, driven by the section catalogue: dates that exist, email and link
 * shapes, an end that comes after its start, and the shape of each section and field (including the legacy
 * names the schema does not know). A null value counts as "not set" and is never a problem.
 */
final class ContentCheck {

    private ContentCheck() {
    }

    static void check(JsonNode root, Findings findings) {
        for (SectionSpec section : SectionCatalogue.all()) {
            JsonNode node = root.get(section.key());
            JsonPointer at = JsonPointer.empty().appendProperty(section.key());
            if (node == null) {
                continue;
            }
            if (node.isNull()) {
                findings.judged(at);
                continue;
            }
            if (!section.list()) {
                if (node.isObject()) {
                    findings.judged(at);
                    fields(node, section.fields(), at, findings);
                } else {
                    findings.problem(at, "should be an object with fields such as name and email, not " + JsonWords.kindOf(node));
                }
                continue;
            }
            if (!node.isArray()) {
                findings.problem(at, "should be a list of entries ([…]), not " + JsonWords.kindOf(node));
                continue;
            }
            findings.judged(at);
            for (int i = 0; i < node.size(); i++) {
                JsonNode entry = node.get(i);
                JsonPointer entryAt = at.appendIndex(i);
                if (entry.isObject() || entry.isNull()) {
                    findings.judged(entryAt);
                    fields(entry, section.fields(), entryAt, findings);
                    datesInOrder(entry, section, entryAt, findings);
                } else {
                    findings.problem(entryAt, "should be an entry ({…}), not " + JsonWords.kindOf(entry));
                }
            }
        }
    }

    private static void fields(JsonNode object, List<FieldSpec> fields, JsonPointer at, Findings findings) {
        for (FieldSpec field : fields) {
            Stream.concat(Stream.of(field.key()), field.aliases().stream())
                    .filter(object::has)
                    .forEach(name -> field(field, object.get(name), at.appendProperty(name), findings));
        }
    }

    private static void field(FieldSpec field, JsonNode value, JsonPointer at, Findings findings) {
        findings.judged(at);
        if (value.isNull()) {
            return;
        }
        switch (field.kind()) {
            case TEXT, MULTILINE -> text(value, at, findings);
            case DATE, EMAIL, URL, IMAGE, COUNTRY_CODE -> text(value, at, findings)
                    .flatMap(s -> FieldCheck.problem(field.kind(), s))
                    .ifPresent(p -> findings.problem(at, p));
            case STRING_LIST -> stringList(value, at, findings);
            case OBJECT -> {
                if (value.isObject()) {
                    fields(value, field.children(), at, findings);
                } else {
                    findings.problem(at, "should be an object ({…}), not " + JsonWords.kindOf(value));
                }
            }
            case OBJECT_LIST -> objectList(field, value, at, findings);
        }
    }

    private static Optional<String> text(JsonNode value, JsonPointer at, Findings findings) {
        if (value.isTextual()) {
            return Optional.of(value.textValue());
        }
        findings.problem(at, "should be text, not " + JsonWords.kindOf(value));
        return Optional.empty();
    }

    private static void stringList(JsonNode value, JsonPointer at, Findings findings) {
        if (!value.isArray()) {
            findings.problem(at, "should be a list of text ([\"…\", \"…\"]), not " + JsonWords.kindOf(value));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            JsonPointer itemAt = at.appendIndex(i);
            findings.judged(itemAt);
            if (!item.isTextual() && !item.isNull()) {
                findings.problem(itemAt, "should be text, not " + JsonWords.kindOf(item));
            }
        }
    }

    private static void objectList(FieldSpec field, JsonNode value, JsonPointer at, Findings findings) {
        if (!value.isArray()) {
            findings.problem(at, "should be a list of entries ([…]), not " + JsonWords.kindOf(value));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            JsonPointer itemAt = at.appendIndex(i);
            if (item.isObject() || item.isNull()) {
                findings.judged(itemAt);
                fields(item, field.children(), itemAt, findings);
            } else {
                findings.problem(itemAt, "should be an entry ({…}), not " + JsonWords.kindOf(item));
            }
        }
    }

    /** An entry that ends before it starts, compared at the precision both dates share (2020 vs 2020-05 is fine). */
    private static void datesInOrder(JsonNode entry, SectionSpec section, JsonPointer at, Findings findings) {
        List<FieldSpec> dates = section.dateFields();
        if (dates.size() != 2) {
            return;
        }
        Optional<PartialDate> start = PartialDate.tryParse(dates.get(0).textIn(entry));
        Optional<PartialDate> end = PartialDate.tryParse(dates.get(1).textIn(entry));
        if (start.isPresent() && end.isPresent() && endsBeforeStart(start.get(), end.get())) {
            findings.problem(at.appendProperty(dates.get(1).keyIn(entry)), "ends (" + end.get().iso()
                    + ") before it starts (" + start.get().iso() + ")");
        }
    }

    private static boolean endsBeforeStart(PartialDate start, PartialDate end) {
        if (end.year() != start.year()) {
            return end.year() < start.year();
        }
        if (!end.hasMonth() || !start.hasMonth() || end.month() != start.month()) {
            return end.hasMonth() && start.hasMonth() && end.month() < start.month();
        }
        return end.hasDay() && start.hasDay() && end.day() < start.day();
    }
}
