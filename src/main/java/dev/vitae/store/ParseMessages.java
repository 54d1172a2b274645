package dev.vitae.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's parser messages into sentences a person can act on. */
final class ParseMessages {

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.+?)' \\(code (\\d+).*?\\)\\)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'");

    private ParseMessages() {
    }

    static String explain(String jackson) {
        String m = jackson == null ? "" : jackson;
        Matcher dup = DUPLICATE.matcher(m);
        if (dup.find()) {
            return "the key \"" + dup.group(1) + "\" appears twice in the same object";
        }
        if (m.contains("maybe a (non-standard) comment")) {
            return "comments (// or /* */) are not allowed in JSON";
        }
        if (m.contains("Unexpected end-of-input")) {
            if (m.contains("Object")) {
                return "the file ends before an object is closed with }";
            }
            if (m.contains("Array")) {
                return "the file ends before a list is closed with ]";
            }
            return "the file ends in the middle of a value";
        }
        if (m.contains("was expecting double-quote to start field name")) {
            Matcher c = UNEXPECTED_CHAR.matcher(m);
            String ch = c.find() ? c.group(1) : "?";
            return ch.equals("}") ? "a comma before } (trailing commas are not allowed in JSON)"
                    : "expected a key in double quotes, found '" + ch + "'";
        }
        if (m.contains("expected a value") || m.contains("expected a valid value")) {
            Matcher c = UNEXPECTED_CHAR.matcher(m);
            String ch = c.find() ? c.group(1) : "?";
            return ch.equals("]") ? "a comma before ] (trailing commas are not allowed in JSON)"
                    : "expected a value, found '" + ch + "'";
        }
        if (m.contains("was expecting comma to separate")) {
            return "a comma is missing between two values";
        }
        if (m.contains("was expecting a colon")) {
            return "a colon (:) is missing after a key";
        }
        if (m.contains("Illegal unquoted character")) {
            return "a control character (such as a raw tab or line break) inside a string; write it as \\t or \\n";
        }
        if (m.contains("Unrecognized token")) {
            Matcher t = Pattern.compile("Unrecognized token '(.*?)'").matcher(m);
            return "unknown word " + (t.find() ? "'" + t.group(1) + "'" : "") + "; strings need double quotes";
        }
        if (m.contains("Number value length") || m.contains("Number length")) {
            return "a number is too long (more than 100 digits)";
        }
        if (m.contains("String value length") || m.contains("String length")) {
            return "a string is too long (more than 2,000,000 characters)";
        }
        if (m.contains("nesting depth") || m.contains("Depth")) {
            return "the file is nested too deeply (more than 100 levels)";
        }
        if (m.contains("Document length") || m.contains("document length")) {
            return "the file is too large to be a résumé";
        }
        int newline = m.indexOf('\n');
        String first = newline < 0 ? m : m.substring(0, newline);
        return first.isBlank() ? "the file is not valid JSON" : "not valid JSON: " + first;
    }
}
