package dev.vitae.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks a single field value gets beyond its JSON type: real dates, plausible emails, usable links. The
 * editor shows them inline as the person types and the validator lists them; both ask here.
 */
public final class FieldCheck {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@.]+");
    private static final Pattern WEB = Pattern.compile("(?i)(https?://[^\\s/$.?#][^\\s]*|mailto:[^\\s]+)");

    private FieldCheck() {
    }

    /** A message for a person when {@code value} is not acceptable for {@code kind}; empty when it is fine. */
    public static Optional<String> problem(FieldKind kind, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        return switch (kind) {
            case DATE -> dateProblem(v);
            case EMAIL -> EMAIL.matcher(v).matches() ? Optional.empty()
                    : Optional.of('"' + v + "\" is not an email address");
            case URL -> WEB.matcher(v).matches() ? Optional.empty()
                    : Optional.of('"' + v + "\" is not a link (start it with https://)");
            case IMAGE -> WEB.matcher(v).matches() || isRelativePath(v) ? Optional.empty()
                    : Optional.of('"' + v + "\" is neither a link nor a file next to the résumé");
            default -> Optional.empty();
        };
    }

    private static Optional<String> dateProblem(String v) {
        try {
            PartialDate.parse(v);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Photos may be a file next to the résumé: "me.jpg", "img/me.png". */
    private static boolean isRelativePath(String v) {
        return !v.contains(":") && !v.startsWith("//") && !v.contains(" ") && v.contains(".");
    }
}
