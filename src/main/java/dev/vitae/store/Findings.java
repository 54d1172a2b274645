package dev.vitae.store;

import com.fasterxml.jackson.core.JsonPointer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What Vitae's own checks found, and every pointer they judged. A judged pointer is one whose value was
 * checked completely (type and shape), so a schema message about the same place adds nothing and is dropped.
 */
final class Findings {

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> judged = new HashSet<>();

    void judged(JsonPointer at) {
        judged.add(at.toString());
    }

    void problem(JsonPointer at, String message) {
        judged.add(at.toString());
        problems.add(new Problem(at.toString(), message));
    }

    boolean hasJudged(String pointer) {
        return judged.contains(pointer);
    }

    List<Problem> problems() {
        return problems;
    }
}
