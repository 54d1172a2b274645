package dev.vitae.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading values from a file that may hold anything: a number where text is expected, a string where a list
 * is expected, null, an object. Each reader returns what makes sense to show and never throws.
 */
final class Values {

    private Values() {
    }

    /** Text of a scalar (numbers as spelled), strings of an array joined with ", ", else "". */
    static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode() || n.isObject()) {
            return "";
        }
        if (n.isArray()) {
            return String.join(", ", list(n));
        }
        return Xml.clean(n.asText()).strip();
    }

    /** The non-blank scalar items of an array; a lone scalar is a list of one. */
    static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull() || n.isMissingNode() || n.isObject()) {
            return out;
        }
        if (n.isArray()) {
            for (JsonNode item : n) {
                if (item.isValueNode() && !item.isNull()) {
                    String s = Xml.clean(item.asText()).strip();
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                }
            }
            return out;
        }
        String s = text(n);
        if (!s.isEmpty()) {
            out.add(s);
        }
        return out;
    }
}
