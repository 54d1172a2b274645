package dev.vitae.model;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.UnaryOperator;

/**
 * An immutable snapshot of a whole résumé file: the JSON tree exactly as read (key order, unknown fields and
 * number spellings kept), behind a small typed facade. Nothing mutates a snapshot once made; an {@link Edit}
 * makes a new one that shares every untouched subtree with this one. That is what lets the renderer, the
 * saver and undo hold snapshots on different threads without locks.
 */
public final class Document {

    private final ObjectNode root;
    private volatile OutputSettings settings;

    private Document(ObjectNode root) {
        this.root = root;
    }

    /** Wraps a tree; the caller hands it over and must not change it afterwards. */
    public static Document of(ObjectNode root) {
        return new Document(root);
    }

    public static Document empty() {
        return new Document(JsonNodeFactory.instance.objectNode());
    }

    /** The tree. Read it, never change it: other threads may be reading it too. */
    public ObjectNode root() {
        return root;
    }

    /** The node at a JSON pointer such as {@code /work/0/name}, or a missing node. */
    public JsonNode at(String pointer) {
        return pointer.isEmpty() ? root : root.at(pointer);
    }

    /** The text at a pointer, or "" when absent or not a scalar. */
    public String text(String pointer) {
        JsonNode n = at(pointer);
        return n.isValueNode() && !n.isNull() ? n.asText() : "";
    }

    public boolean has(String pointer) {
        return !(at(pointer) instanceof MissingNode);
    }

    /** The entries of a list section, or an empty list node when the section is absent or not a list. */
    public JsonNode section(String key) {
        JsonNode n = root.path(key);
        return n.isArray() || n.isObject() ? n : MissingNode.getInstance();
    }

    /** The output settings from {@code meta.vitae}, read once per snapshot. */
    public OutputSettings settings() {
        OutputSettings s = settings;
        if (s == null) {
            s = OutputSettings.from(root);
            settings = s;
        }
        return s;
    }

    /** The person's name, for titles and metadata. */
    public String name() {
        return text("/basics/name");
    }

    /** A new snapshot in which the node at {@code pointer} is replaced as {@code change} says. */
    Document update(String pointer, UnaryOperator<JsonNode> change) {
        JsonNode updated = CopyOnWrite.update(root, JsonPointer.compile(pointer), change);
        if (!(updated instanceof ObjectNode obj)) {
            throw new IllegalArgumentException("the document must stay an object");
        }
        return new Document(obj);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Document d && d.root.equals(root));
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }

    @Override
    public String toString() {
        return "Document[" + name() + "]";
    }
}
