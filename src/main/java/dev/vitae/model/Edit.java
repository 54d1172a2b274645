package dev.vitae.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * One change to a document, as a value. Applying it gives the next snapshot; the old one is untouched, which
 * is all undo needs. List edits also keep {@code meta.vitae.hidden} pointing at the same entries.
 */
public sealed interface Edit {

    Document applyTo(Document document);

    /** Words for the Edit menu: "Undo Typing", "Undo Delete Entry". */
    String label();

    /** Consecutive edits with the same merge key become one undo step (typing into one field). */
    default Optional<String> mergeKey() {
        return Optional.empty();
    }

    /** Sets the value at a pointer, creating missing objects on the way; a null value removes the property. */
    record SetValue(String pointer, JsonNode value) implements Edit {
        public static SetValue text(String pointer, String text) {
            return new SetValue(pointer, TextNode.valueOf(text));
        }

        public static SetValue remove(String pointer) {
            return new SetValue(pointer, null);
        }

        @Override
        public Document applyTo(Document document) {
            if (value == null && !document.has(pointer)) {
                return document;
            }
            return document.update(pointer, old -> value);
        }

        @Override
        public String label() {
            return pointer.startsWith(OutputSettings.POINTER) ? "Setting" : "Typing";
        }

        /** Typing, including clearing a field (a removal), merges per field. */
        @Override
        public Optional<String> mergeKey() {
            return value == null || value.isTextual() ? Optional.of(pointer) : Optional.empty();
        }
    }

    /** Inserts an item into the array at {@code list}, creating the array if it is absent. */
    record InsertItem(String list, int index, JsonNode item) implements Edit {
        @Override
        public Document applyTo(Document document) {
            Document inserted = document.update(list, old -> {
                List<JsonNode> items = CopyOnWrite.items(arrayOrNull(old, list));
                items.add(Math.max(0, Math.min(index, items.size())), item);
                return CopyOnWrite.array(items);
            });
            return Hidden.remap(inserted, list, i -> i >= index ? i + 1 : i);
        }

        @Override
        public String label() {
            return "Add Entry";
        }

        /**
         * An empty text added to a list (a new keyword or highlight, to be typed at once) is one step with the
         * typing into it: undo takes both away, rather than leaving an empty item behind.
         */
        @Override
        public Optional<String> mergeKey() {
            return item.isTextual() && item.textValue().isEmpty() ? Optional.of(list + "/" + index) : Optional.empty();
        }
    }

    /** Removes the item at {@code index} from the array at {@code list}. */
    record RemoveItem(String list, int index) implements Edit {
        @Override
        public Document applyTo(Document document) {
            Document removed = document.update(list, old -> {
                List<JsonNode> items = CopyOnWrite.items(array(old, list));
                items.remove(checkIndex(index, items.size()));
                return CopyOnWrite.array(items);
            });
            return Hidden.remap(removed, list, i -> i == index ? -1 : i > index ? i - 1 : i);
        }

        @Override
        public String label() {
            return "Delete Entry";
        }
    }

    /** Moves the item at {@code from} so that it ends up at index {@code to}. */
    record MoveItem(String list, int from, int to) implements Edit {
        @Override
        public Document applyTo(Document document) {
            if (from == to) {
                return document;
            }
            Document moved = document.update(list, old -> {
                List<JsonNode> items = CopyOnWrite.items(array(old, list));
                JsonNode item = items.remove(checkIndex(from, items.size()));
                items.add(checkIndex(to, items.size() + 1), item);
                return CopyOnWrite.array(items);
            });
            return Hidden.remap(moved, list, i -> {
                if (i == from) {
                    return to;
                }
                if (from < to && i > from && i <= to) {
                    return i - 1;
                }
                if (to < from && i >= to && i < from) {
                    return i + 1;
                }
                return i;
            });
        }

        @Override
        public String label() {
            return "Move Entry";
        }
    }

    /** Inserts a copy of the item at {@code index} right after it. */
    record DuplicateItem(String list, int index) implements Edit {
        @Override
        public Document applyTo(Document document) {
            JsonNode items = array(document.at(list), list);
            JsonNode copy = items.get(checkIndex(index, items.size())).deepCopy();
            return new InsertItem(list, index + 1, copy).applyTo(document);
        }

        @Override
        public String label() {
            return "Duplicate Entry";
        }
    }

    /** Hides or shows a section ({@code /references}) or an entry ({@code /work/3}) in the output. */
    record SetHidden(String pointer, boolean hidden) implements Edit {
        @Override
        public Document applyTo(Document document) {
            List<String> now = new ArrayList<>(Hidden.list(document));
            boolean changed = hidden ? !now.contains(pointer) && now.add(pointer) : now.remove(pointer);
            return changed ? Hidden.write(document, now) : document;
        }

        @Override
        public String label() {
            return hidden ? "Hide" : "Show";
        }
    }

    /** Replaces the whole document: a reload from disk, a restored version. */
    record ReplaceAll(Document replacement, String label) implements Edit {
        @Override
        public Document applyTo(Document document) {
            return replacement;
        }
    }

    private static JsonNode arrayOrNull(JsonNode node, String pointer) {
        return node == null || node.isNull() || node.isMissingNode() ? null : array(node, pointer);
    }

    private static JsonNode array(JsonNode node, String pointer) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(pointer + " is not a list");
        }
        return node;
    }

    private static int checkIndex(int index, int size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        return index;
    }

    /** The hidden list in {@code meta.vitae.hidden}, kept in step with list edits. */
    final class Hidden {
        private static final String POINTER = OutputSettings.pointer(OutputSettings.HIDDEN);

        private Hidden() {
        }

        static List<String> list(Document document) {
            List<String> out = new ArrayList<>();
            document.at(POINTER).forEach(n -> {
                if (n.isTextual()) {
                    out.add(n.asText());
                }
            });
            return out;
        }

        static Document write(Document document, List<String> pointers) {
            if (pointers.isEmpty()) {
                return document.update(POINTER, old -> null);
            }
            List<JsonNode> nodes = pointers.stream().<JsonNode>map(TextNode::valueOf).toList();
            return document.update(POINTER, old -> CopyOnWrite.array(nodes));
        }

        /**
         * Rewrites hidden pointers under {@code list} through an index map; a map result of -1 drops the
         * pointer (its entry is gone).
         */
        static Document remap(Document document, String list, IntUnaryOperator indexMap) {
            if (!document.has(POINTER)) {
                return document;
            }
            String prefix = list + "/";
            List<String> before = list(document);
            List<String> after = new ArrayList<>();
            for (String p : before) {
                if (!p.startsWith(prefix)) {
                    after.add(p);
                    continue;
                }
                String rest = p.substring(prefix.length());
                int slash = rest.indexOf('/');
                String head = slash < 0 ? rest : rest.substring(0, slash);
                String tail = slash < 0 ? "" : rest.substring(slash);
                int index;
                try {
                    index = Integer.parseInt(head);
                } catch (NumberFormatException e) {
                    after.add(p);
                    continue;
                }
                int mapped = indexMap.applyAsInt(index);
                if (mapped >= 0) {
                    after.add(prefix + mapped + tail);
                }
            }
            return after.equals(before) ? document : write(document, after);
        }
    }
}
