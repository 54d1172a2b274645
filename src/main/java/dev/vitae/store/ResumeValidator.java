package dev.vitae.store;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.model.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Finds the problems in a résumé: the JSON Resume 1.2.1 schema plus what a schema cannot say (dates that
 * exist, email and link shapes, dates in order, Vitae's settings). One place gives one problem: where Vitae's
 * own check has judged a value, the schema's message about it is dropped, so a bad date is reported once and
 * in plain words. Problems come in the order their places appear in the file.
 *
 * <p>Thread-safe and fast enough to run after every edit: the schema is compiled once per validator, and
 * {@link #standard()} shares one validator across the application.
 */
public final class ResumeValidator {

    private static final class Shared {
        static final ResumeValidator INSTANCE = compile();
    }

    private final SchemaCheck schema;

    private ResumeValidator(SchemaCheck schema) {
        this.schema = schema;
    }

    /** The application's validator; the first call compiles the schema (about 0.2 s). */
    public static ResumeValidator standard() {
        return Shared.INSTANCE;
    }

    /** A validator with its own freshly compiled schema; {@link #standard()} is the one to use. */
    static ResumeValidator compile() {
        return new ResumeValidator(SchemaCheck.load());
    }

    public List<Problem> validate(Document document) {
        JsonNode root = document.root();
        Findings ours = new Findings();
        ContentCheck.check(root, ours);
        SettingsCheck.check(root, ours);
        LinkedHashSet<Problem> merged = new LinkedHashSet<>(ours.problems());
        for (Problem p : schemaProblems(root)) {
            if (!ours.hasJudged(p.pointer())) {
                merged.add(p);
            }
        }
        return inFileOrder(new ArrayList<>(merged), root);
    }

    /** Problems only warn, so even a failure inside the schema library must not stop a file from opening. */
    private List<Problem> schemaProblems(JsonNode root) {
        try {
            return schema.check(root);
        } catch (RuntimeException e) {
            return List.of(new Problem("", "the JSON Resume schema could not be checked (" + e + ")"));
        }
    }

    private static List<Problem> inFileOrder(List<Problem> problems, JsonNode root) {
        if (problems.size() < 2) {
            return List.copyOf(problems);
        }
        Map<String, Integer> order = new HashMap<>();
        number(root, JsonPointer.empty(), order);
        problems.sort(Comparator.comparingInt(p -> position(p.pointer(), order)));
        return List.copyOf(problems);
    }

    /** Numbers every place in the tree in reading order. */
    private static void number(JsonNode node, JsonPointer at, Map<String, Integer> order) {
        order.put(at.toString(), order.size());
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> number(e.getValue(), at.appendProperty(e.getKey()), order));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                number(node.get(i), at.appendIndex(i), order);
            }
        }
    }

    /** A place that is not in the tree (a missing required field) sorts with its nearest existing parent. */
    private static int position(String pointer, Map<String, Integer> order) {
        String p = pointer;
        while (true) {
            Integer n = order.get(p);
            if (n != null) {
                return n;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return Integer.MAX_VALUE;
            }
            p = p.substring(0, slash);
        }
    }
}
