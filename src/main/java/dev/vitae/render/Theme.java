package dev.vitae.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.vitae.model.DateStyle;
import dev.vitae.model.JsonTree;
import dev.vitae.model.OutputSettings.Margins;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A theme: a folder with {@code theme.json} (name, description, defaults, options), {@code template.mustache}
 * (XHTML, HTML-escaping on) and {@code style.css} (itself a Mustache template over the {@link Layout}, escaping
 * off, since it only sees values Vitae has checked). Other {@code *.mustache} files in the folder are partials.
 * The templates are compiled once, when the theme is loaded.
 *
 * @param origin  where the theme came from, for messages
 * @param builtIn whether the theme ships with Vitae (else it is one of the user's)
 * @param fingerprint a hash of every file the theme was made from, which changes when one of them does
 */
public record Theme(String name, String description, String origin, boolean builtIn, Defaults defaults,
                    Map<String, Object> optionDefaults, Template template, Template style, String fingerprint) {

    public static final String MANIFEST = "theme.json";
    public static final String TEMPLATE = "template.mustache";
    public static final String STYLE = "style.css";

    /**
     * How values print. With emptyStringIsFalse, jmustache also formats every section's value to see whether it
     * is an empty string; for a view-model record that meant its toString, which spells out the record's whole
     * subtree, at every section of every render (issue 7). A record is never printed as text, so it formats as a
     * non-empty word and keeps its section open; every other value prints as before.
     */
    private static final Mustache.Formatter RECORDS_UNPRINTED =
            value -> value instanceof Record ? "record" : String.valueOf(value);

    public Theme {
        optionDefaults = Map.copyOf(optionDefaults);
    }

    /**
     * The theme's choices for settings a file leaves unset.
     *
     * @param page         "" to choose A4 or Letter from the locale
     * @param sectionOrder section keys the theme puts first (an academic CV leads with publications)
     */
    public record Defaults(String page, Margins margins, double fontSize, String fontFamily, String accent,
                           DateStyle dateStyle, boolean pageNumbers, List<String> sectionOrder) {
        public Defaults {
            sectionOrder = List.copyOf(sectionOrder);
        }
    }

    /** Loads a built-in theme from the class path. */
    static Theme fromResources(String name) throws ThemeException {
        String base = "/dev/vitae/themes/" + name + "/";
        return load(name, "built-in theme " + name, true, file -> {
            try (InputStream in = Theme.class.getResourceAsStream(base + file)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Loads a user's theme from its folder. */
    static Theme fromFolder(Path folder) throws ThemeException {
        return load(folder.getFileName().toString(), folder.toString(), false, file -> {
            Path p = folder.resolve(file);
            try {
                return Files.isRegularFile(p) ? Optional.of(Files.readString(p)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Theme load(String folderName, String origin, boolean builtIn, Function<String, Optional<String>> theFiles)
            throws ThemeException {
        Fingerprint fingerprint = new Fingerprint();
        Function<String, Optional<String>> files = name -> fingerprint.add(name, theFiles.apply(name));
        try {
            String manifestText = files.apply(MANIFEST).orElseThrow(() -> missing(origin, MANIFEST));
            JsonNode manifest = parseManifest(origin, manifestText);
            String name = text(manifest.path("name"), folderName);
            Defaults defaults = defaults(manifest.path("defaults"));
            Map<String, Object> options = new LinkedHashMap<>();
            manifest.path("options").fields().forEachRemaining(e -> {
                Object value = plain(e.getValue().path("default"));
                if (value != null) {
                    options.put(e.getKey(), value);
                }
            });
            Mustache.Compiler xhtml = Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true)
                    .zeroIsFalse(true).withFormatter(RECORDS_UNPRINTED).withLoader(partial -> new StringReader(files.apply(partial + ".mustache")
                            .orElseThrow(() -> new MustacheException("no partial " + partial + ".mustache in " + origin))));
            Template template = compile(xhtml, origin, TEMPLATE, files.apply(TEMPLATE).orElseThrow(() -> missing(origin, TEMPLATE)));
            Mustache.Compiler css = Mustache.compiler().escapeHTML(false).defaultValue("").emptyStringIsFalse(true)
                    .withFormatter(RECORDS_UNPRINTED).withLoader(partial -> new StringReader(files.apply(partial + ".css").or(() -> shared(partial + ".css"))
                            .orElseThrow(() -> new MustacheException("no stylesheet partial " + partial + ".css in " + origin))));
            Template style = compile(css, origin, STYLE, files.apply(STYLE).orElse(""));
            return new Theme(name, text(manifest.path("description"), ""), origin, builtIn, defaults, options, template, style,
                    fingerprint.toString());
        } catch (UncheckedIOException e) {
            throw new ThemeException(origin + ": cannot be read (" + e.getCause().getMessage() + ")");
        } catch (ThemeFileMissing e) {
            throw new ThemeException(e.getMessage());
        }
    }

    /** Theme options for a render: the defaults, with each overridden value of the same type put over them. */
    Map<String, Object> options(Map<String, JsonNode> overrides) {
        Map<String, Object> out = new LinkedHashMap<>(optionDefaults);
        overrides.forEach((key, node) -> {
            Object value = plain(node);
            Object current = out.get(key);
            if (value != null && current != null && current.getClass() == value.getClass()) {
                out.put(key, value);
            }
        });
        return out;
    }

    /**
     * Stylesheet partials Vitae offers every theme (its own folder's win): the framing of the HTML export as a
     * page on screen and in print, which is the app's business rather than a theme's.
     */
    private static Optional<String> shared(String file) {
        try (var in = Theme.class.getResourceAsStream("/dev/vitae/themes/shared/" + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parseManifest(String origin, String text) throws ThemeException {
        try {
            JsonNode node = JsonTree.read(text);
            if (!node.isObject()) {
                throw new ThemeException(origin + "/" + MANIFEST + ": must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new ThemeException(origin + "/" + MANIFEST + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ThemeException(origin + "/" + MANIFEST + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Template compile(Mustache.Compiler compiler, String origin, String file, String source)
            throws ThemeException {
        try {
            return compiler.compile(source);
        } catch (MustacheException e) {
            throw new ThemeException(describe(origin, file, e));
        }
    }

    private static final Pattern AT_LINE = Pattern.compile("(?s)(.*?)\\s*@ line (\\d+)\\s*$");

    /** A template error as {@code folder/file:line: message}, the way compilers report them. */
    static String describe(String origin, String file, MustacheException e) {
        String message = String.valueOf(e.getMessage());
        String where = origin + "/" + file;
        if (e instanceof MustacheException.Context c && c.lineNo > 0) {
            return where + ":" + c.lineNo + ": " + message.replaceFirst("\\s*@ line \\d+\\s*$", "");
        }
        Matcher m = AT_LINE.matcher(message);
        return m.matches() ? where + ":" + m.group(2) + ": " + m.group(1) : where + ": " + message;
    }

    private static Defaults defaults(JsonNode d) {
        JsonNode m = d.path("margins");
        Margins margins = m.isNumber() ? Margins.all(m.doubleValue())
                : new Margins(m.path("top").asDouble(15), m.path("right").asDouble(15),
                m.path("bottom").asDouble(15), m.path("left").asDouble(15));
        return new Defaults(text(d.path("page"), ""), margins, d.path("fontSize").asDouble(10),
                text(d.path("fontFamily"), FontCatalog.DEFAULT_FAMILY), text(d.path("accent"), "#000000"),
                DateStyle.byId(text(d.path("dateFormat"), "")).orElse(DateStyle.SHORT),
                d.path("pageNumbers").asBoolean(true), strings(d.path("sectionOrder")));
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(e -> {
            if (e.isTextual()) {
                out.add(e.asText());
            }
        });
        return out;
    }

    private static String text(JsonNode n, String fallback) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText().strip() : fallback;
    }

    private static Object plain(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isTextual()) {
            return n.asText();
        }
        return null;
    }

    private static ThemeFileMissing missing(String origin, String file) {
        return new ThemeFileMissing(origin + ": " + file + " is missing");
    }

    private static final class ThemeFileMissing extends RuntimeException {
        ThemeFileMissing(String message) {
            super(message);
        }
    }

    /** FNV-1a over the names and contents of the files read, in the order read: 64 bits for a change detector. */
    private static final class Fingerprint {
        private long hash = 0xcbf29ce484222325L;

        Optional<String> add(String file, Optional<String> content) {
            mix(file);
            mix(content.orElse("\u0000absent"));
            return content;
        }

        private void mix(String text) {
            for (int i = 0; i < text.length(); i++) {
                hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0xFFFF) * 0x100000001b3L;
        }

        @Override
        public String toString() {
            return Long.toHexString(hash);
        }
    }
}
