package dev.vitae.model;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Changes one node of an immutable JSON tree by copying only the containers on the path to it; every other
 * subtree is shared with the old tree. That keeps an edit cheap and lets undo hold thousands of snapshots.
 */
final class CopyOnWrite {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CopyOnWrite() {
    }

    /**
     * A new tree in which the node at {@code path} is {@code change(old)}; {@code old} is null when absent.
     * If the change returns null the property or element is removed. Missing objects on the way are created;
     * a missing array element is an error.
     */
    static JsonNode update(JsonNode node, JsonPointer path, UnaryOperator<JsonNode> change) {
        if (path.matches()) {
            return change.apply(node);
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            node = NODES.objectNode();
        }
        if (node.isObject()) {
            String key = path.getMatchingProperty();
            Map<String, JsonNode> kids = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> kids.put(e.getKey(), e.getValue()));
            JsonNode updated = update(kids.get(key), path.tail(), change);
            if (updated == null) {
                kids.remove(key);
            } else {
                kids.put(key, updated);
            }
            return new ObjectNode(NODES, kids);
        }
        if (node.isArray()) {
            int index = path.getMatchingIndex();
            if (index < 0 || index >= node.size()) {
                throw new IllegalArgumentException("no element " + path.getMatchingProperty() + " in array");
            }
            List<JsonNode> items = items(node);
            JsonNode updated = update(items.get(index), path.tail(), change);
            if (updated == null) {
                items.remove(index);
            } else {
                items.set(index, updated);
            }
            return new ArrayNode(NODES, items);
        }
        throw new IllegalArgumentException("cannot descend into a " + node.getNodeType() + " at " + path);
    }

    /** The elements of an array, as a fresh mutable list (the nodes themselves are shared). */
    static List<JsonNode> items(JsonNode array) {
        List<JsonNode> items = new ArrayList<>(array == null ? 0 : array.size());
        if (array != null) {
            array.forEach(items::add);
        }
        return items;
    }

    static ArrayNode array(List<JsonNode> items) {
        return new ArrayNode(NODES, new ArrayList<>(items));
    }
}
