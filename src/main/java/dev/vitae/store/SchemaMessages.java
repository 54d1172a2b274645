package dev.vitae.store;

import dev.vitae.model.JsonWords;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;

import java.util.Locale;

/** Turns the schema library's messages into sentences a person can act on. */
final class SchemaMessages {

    private SchemaMessages() {
    }

    static String explain(Error e) {
        Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
        JsonNode value = e.getInstanceNode();
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        switch (keyword) {
            case "type":
                if (args.length >= 2) {
                    return "should be " + JsonWords.kindOf(String.valueOf(args[1])) + ", not " + JsonWords.kindOf(String.valueOf(args[0]));
                }
                break;
            case "format":
                if (value != null && value.isTextual()) {
                    String format = args.length > 0 ? String.valueOf(args[0]) : "";
                    return JsonWords.quote(value.textValue()) + " is not " + formatWords(format);
                }
                break;
            case "pattern":
                if (value != null && value.isTextual()) {
                    return JsonWords.quote(value.textValue()) + (isDatePattern(e)
                            ? " is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"
                            : " does not have the expected form");
                }
                break;
            default:
                break;
        }
        return fallback(e);
    }

    private static String formatWords(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "uri", "uri-reference", "iri", "iri-reference" -> "a web address";
            case "email", "idn-email" -> "an email address";
            case "date" -> "a date (YYYY-MM-DD)";
            case "date-time" -> "a date and time";
            default -> "in the " + format + " format";
        };
    }

    private static boolean isDatePattern(Error e) {
        return e.getSchemaLocation() != null && e.getSchemaLocation().toString().contains("iso8601");
    }

    /** The library's own words, without the location it puts in front (we show our own pointer). */
    private static String fallback(Error e) {
        String m = e.getMessage() == null ? "does not follow the JSON Resume schema" : e.getMessage().strip();
        String location = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        if (!location.isEmpty() && m.startsWith(location)) {
            m = m.substring(location.length()).replaceFirst("^:\\s*", "");
        }
        return m;
    }
}
