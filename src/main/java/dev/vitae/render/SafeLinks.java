package dev.vitae.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which link targets may appear in the output: only {@code http}, {@code https} and {@code mailto}. A bare
 * host name such as {@code example.com/me} (common in real files) is read as an https address. Anything else
 * ({@code javascript:}, {@code file:}, {@code data:}, a relative path) is no link at all; the text is shown
 * without one.
 */
public final class SafeLinks {

    private static final Pattern BARE_HOST = Pattern.compile(
            "(?i)(?:www\\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,}(?:[/?#]\\S*)?");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()\"]+@[^\\s@<>()\"]+\\.[^\\s@<>()\"]+");

    private SafeLinks() {
    }

    /** The address to link to, or empty when {@code target} is not a web or mail address. */
    public static Optional<String> href(String target) {
        if (target == null) {
            return Optional.empty();
        }
        String t = target.strip();
        if (t.isEmpty() || t.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.empty();
        }
        int colon = t.indexOf(':');
        if (colon > 0) {
            String scheme = t.substring(0, colon).toLowerCase(Locale.ROOT);
            return switch (scheme) {
                case "http", "https" -> parses(t) && t.length() > colon + 3 && t.startsWith("//", colon + 1)
                        ? Optional.of(t) : Optional.empty();
                case "mailto" -> EMAIL.matcher(t.substring(colon + 1)).matches() ? Optional.of(t) : Optional.empty();
                default -> looksLikeHostWithPort(t) ? Optional.of("https://" + t) : Optional.empty();
            };
        }
        if (BARE_HOST.matcher(t).matches() && parses("https://" + t)) {
            return Optional.of("https://" + t);
        }
        return Optional.empty();
    }

    /** A mailto link for an email address, or empty when it does not look like one. */
    public static Optional<String> mailto(String email) {
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of("mailto:" + email.strip());
    }

    /** Whether {@code href} is a link this policy allows (used to check output). */
    public static boolean allowed(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
    }

    /** How an address reads on the page: without the scheme, {@code www.} and a trailing slash. */
    public static String display(String url) {
        String s = url.strip().replaceFirst("(?i)^(https?://|mailto:)", "").replaceFirst("(?i)^www\\.", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean looksLikeHostWithPort(String t) {
        return t.matches("(?i)[a-z0-9.-]+\\.[a-z]{2,}:\\d{1,5}(?:[/?#]\\S*)?");
    }

    private static boolean parses(String t) {
        try {
            URI uri = new URI(t);
            return uri.getHost() != null || "mailto".equalsIgnoreCase(uri.getScheme());
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
