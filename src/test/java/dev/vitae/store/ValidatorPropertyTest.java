package dev.vitae.store;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Document;
import dev.vitae.model.OutputSettings;
import dev.vitae.model.SectionCatalogue;
import dev.vitae.model.SectionSpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever a file holds where sections and settings belong, validation reports problems and never fails. */
class ValidatorPropertyTest {

    private static final List<String> NAMES = Stream.concat(
            SectionCatalogue.all().stream().flatMap(s -> Stream.concat(Stream.of(s.key()),
                    s.fields().stream().flatMap(f -> Stream.concat(Stream.of(f.key()), f.aliases().stream())))),
            Stream.of("meta", "vitae", OutputSettings.PAGE, OutputSettings.MARGINS, OutputSettings.HIDDEN, "top",
                    "canonical", "$schema", "location", "profiles")).distinct().toList();

    @Property(tries = 100)
    void validationNeverFailsAndPointsAtPlacesInTheFile(@ForAll("resumeShaped") ObjectNode root) {
        List<Problem> problems = ResumeValidator.standard().validate(Document.of(root));
        Set<Problem> distinct = new HashSet<>(problems);
        assertEquals(distinct.size(), problems.size(), "no problem twice");
        Set<String> pointers = new HashSet<>();
        for (Problem p : problems) {
            assertFalse(p.message().isBlank(), p.toString());
            JsonNode at = root.at(JsonPointer.compile(p.pointer()));
            assertFalse(at.isMissingNode(), "the problem's place exists: " + p);
            pointers.add(p.pointer());
        }
        for (SectionSpec s : SectionCatalogue.listSections()) {
            JsonNode section = root.get(s.key());
            if (section != null && !section.isArray() && !section.isNull()) {
                assertTrue(pointers.contains("/" + s.key()), "a section of the wrong type is reported: " + s.key());
            }
        }
    }

    /** Objects whose keys are mostly the names of sections, fields and settings, with any values. */
    @Provide
    Arbitrary<ObjectNode> resumeShaped() {
        return tree(3);
    }

    private Arbitrary<ObjectNode> tree(int depth) {
        Arbitrary<JsonNode> value = depth == 0 ? JsonTrees.value(0)
                : Arbitraries.oneOf(JsonTrees.value(1), tree(depth - 1).map(JsonNode.class::cast),
                tree(depth - 1).list().ofMaxSize(2).map(items -> JsonNodeFactory.instance.arrayNode().addAll(items)),
                Arbitraries.of("2021-13", "2021-02-30", "2020", "2021-1", "x@y", "a@b.co", "https://e.org", "javascript:x",
                        "a4", "A5", "#12ab34", "/work/0", "work").map(JsonNodeFactory.instance::textNode));
        Arbitrary<String> key = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(NAMES)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(3)));
        return Arbitraries.lazy(() -> Combinators.combine(key.list().ofMaxSize(5), value.list().ofSize(5)).as((keys, values) -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < keys.size(); i++) {
                node.set(keys.get(i), values.get(i));
            }
            return node;
        }));
    }
}
