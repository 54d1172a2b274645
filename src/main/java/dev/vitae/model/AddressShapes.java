package dev.vitae.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a text has the shape of an email address or of a link Vitae can use. These are shape checks, not
 * deliverability checks: they catch typos and pasted fragments, and accept what renderers accept (a bare
 * {@code example.com} is shown as an https link).
 */
final class AddressShapes {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern BARE_DOMAIN =
            Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}(:\\d+)?([/?#].*)?");

    private AddressShapes() {
    }

    /** What is wrong with an email address, or empty when it looks like one (or is blank). */
    static Optional<String> emailProblem(String text) {
        String s = text.strip();
        if (s.isEmpty() || EMAIL.matcher(s).matches()) {
            return Optional.empty();
        }
        if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
            return Optional.of(JsonWords.quote(s) + " is not an email address (leave out \"mailto:\")");
        }
        return Optional.of(JsonWords.quote(s) + " is not an email address");
    }

    /**
     * What is wrong with a link, or empty when it is an http, https or mailto link, a bare domain, or blank.
     *
     * @param localFileAllowed true where a path relative to the résumé's folder is allowed too (the photo)
     */
    static Optional<String> linkProblem(String text, boolean localFileAllowed) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String quoted = JsonWords.quote(s);
        if (s.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of(quoted + " is not a web address (it contains a space)");
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            return Optional.of(quoted + " is not a web address");
        }
        if (uri.getScheme() == null) {
            return relativeProblem(s, uri, quoted, localFileAllowed);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http", "https":
                return uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()
                        ? Optional.of(quoted + " is not a web address (nothing follows " + scheme + "://)")
                        : Optional.empty();
            case "mailto":
                return emailProblem(uri.getSchemeSpecificPart() == null ? "" : uri.getSchemeSpecificPart())
                        .map(p -> quoted + " is not a mail link (" + p + ")");
            default:
                return Optional.of(quoted + " is a " + scheme + ": link; Vitae shows only http, https and mailto links"
                        + (localFileAllowed ? " or a file in the résumé's folder" : ""));
        }
    }

    private static Optional<String> relativeProblem(String s, URI uri, String quoted, boolean localFileAllowed) {
        if (BARE_DOMAIN.matcher(s).matches()) {
            return Optional.empty();
        }
        if (!localFileAllowed) {
            return Optional.of(quoted + " is not a web address (start it with https://)");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (s.startsWith("/") || s.startsWith("\\")) {
            return Optional.of(quoted + " is an absolute path; use a web address or a path relative to the résumé's folder");
        }
        if (path.equals("..") || path.startsWith("../") || path.contains("/../") || path.endsWith("/..")) {
            return Optional.of(quoted + " points outside the résumé's folder");
        }
        return Optional.empty();
    }
}
