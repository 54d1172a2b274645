package dev.vitae.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.SpelledNumberNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** Generators of JSON trees with the strings and number spellings that trip up writers and checkers. */
final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    static Arbitrary<JsonNode> value(int depth) {
        if (depth == 0) {
            return leaf();
        }
        return Arbitraries.frequencyOf(
                Tuple.of(5, leaf()),
                Tuple.of(1, objects(depth - 1).map(JsonNode.class::cast)),
                Tuple.of(1, array(depth - 1)));
    }

    static Arbitrary<ObjectNode> objects(int depth) {
        return Arbitraries.lazy(() -> Combinators.combine(text().list().ofMaxSize(6), value(depth).list().ofSize(6))
                .as((keys, values) -> {
                    Map<String, JsonNode> kids = new LinkedHashMap<>();
                    for (int i = 0; i < keys.size(); i++) {
                        kids.put(keys.get(i), values.get(i));
                    }
                    return new ObjectNode(NODES, kids);
                }));
    }

    static Arbitrary<JsonNode> array(int depth) {
        return Arbitraries.lazy(() -> value(depth).list().ofMaxSize(5)
                .map(items -> new ArrayNode(NODES, new ArrayList<>(items))));
    }

    static Arbitrary<JsonNode> leaf() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, text().map(NODES::textNode)),
                Tuple.of(3, number().map(SpelledNumberNode::new)),
                Tuple.of(1, Arbitraries.of(NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode())));
    }

    /** Strings built from pieces a real file may hold, and pieces that break naive writers. */
    static Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars(" -_.,:/").ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(4),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars('\u007f', '\u2028', '\u2029').ofMaxLength(3),
                Arbitraries.of("😀", "👩‍💻", "🇯🇵", "é", "Zoë", "東京", "\uD800", "\uDC00", "\uDBFF", "\uDFFF", "\uFEFF",
                        "\"", "\\", "\\u0041", "</script>", "<b>", "&amp;", "\r\n", "\t", "\u0000"));
        return piece.list().ofMaxSize(4).map(pieces -> String.join("", pieces));
    }

    /** Number spellings JSON allows, including the ones a normalising writer changes: 1.0, -0, 1e3, 0.10, 1E+02. */
    static Arbitrary<String> number() {
        Arbitrary<String> sign = Arbitraries.of("", "-");
        Arbitrary<String> integer = Arbitraries.oneOf(Arbitraries.just("0"),
                Combinators.combine(Arbitraries.chars().range('1', '9'), Arbitraries.strings().numeric().ofMaxLength(20))
                        .as((first, rest) -> first + rest));
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12).map(d -> "." + d));
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(Arbitraries.of("e", "E"), Arbitraries.of("", "+", "-"),
                        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3)).as((e, s, d) -> e + s + d));
        Arbitrary<String> odd = Arbitraries.of("1.0", "-0", "1e3", "0.10", "-0.0", "1E+02", "0e0", "100", "3.14159265358979323846264338327950288");
        return Arbitraries.oneOf(odd, Combinators.combine(sign, integer, fraction, exponent).as((a, b, c, d) -> a + b + c + d));
    }
}
