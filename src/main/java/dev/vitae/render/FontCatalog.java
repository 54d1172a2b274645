package dev.vitae.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fonts Vitae embeds, as described by {@code dev/vitae/fonts/fonts.json}: each family with its four faces
 * (files on the class path, shipped by Maven artifacts) and the fallback chain tried for characters the chosen
 * family lacks. Changing a family's files in that JSON swaps the font everywhere. The font bytes are read once
 * and kept, ligature-free, for every later render. Safe to share between threads.
 */
public final class FontCatalog {

    public static final String DEFAULT_FAMILY = "Liberation Serif";
    private static final String CATALOGUE = "/dev/vitae/fonts/fonts.json";

    /** One face of a family; {@code resource} is a class-path path without a leading slash. */
    public record Face(int weight, boolean italic, String resource) {
    }

    /**
     * @param generic the CSS generic family (serif, sans-serif, monospace) that ends the HTML font stack
     * @param system  similar fonts a reader's computer may have, for the HTML export
     */
    public record Family(String name, String generic, List<String> system, List<Face> faces) {
        public Family {
            system = List.copyOf(system);
            faces = List.copyOf(faces);
        }
    }

    private final List<Family> families;
    private final List<Family> fallback;
    private final Family mono;
    private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();

    private FontCatalog(List<Family> families, List<Family> fallback, Family mono) {
        this.families = List.copyOf(families);
        this.fallback = List.copyOf(fallback);
        this.mono = mono;
    }

    /** The catalogue that ships with Vitae. */
    public static FontCatalog bundled() {
        try (InputStream in = FontCatalog.class.getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CATALOGUE);
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FontCatalog parse(JsonNode root) {
        List<Family> families = new ArrayList<>();
        for (JsonNode f : root.path("families")) {
            List<Face> faces = new ArrayList<>();
            JsonNode fs = f.path("faces");
            addFace(faces, fs, "regular", 400, false);
            addFace(faces, fs, "bold", 700, false);
            addFace(faces, fs, "italic", 400, true);
            addFace(faces, fs, "boldItalic", 700, true);
            List<String> system = new ArrayList<>();
            f.path("system").forEach(s -> system.add(s.asText()));
            families.add(new Family(f.path("name").asText(), f.path("generic").asText("serif"), system, faces));
        }
        FontCatalog partial = new FontCatalog(families, List.of(), null);
        List<Family> fallback = new ArrayList<>();
        root.path("fallback").forEach(n -> partial.family(n.asText()).ifPresent(fallback::add));
        Family mono = partial.family(root.path("mono").asText()).orElse(null);
        return new FontCatalog(families, fallback, mono);
    }

    private static void addFace(List<Face> faces, JsonNode fs, String key, int weight, boolean italic) {
        if (fs.path(key).isTextual()) {
            faces.add(new Face(weight, italic, fs.get(key).asText()));
        }
    }

    public List<Family> families() {
        return families;
    }

    /** A family by name, ignoring case. */
    public Optional<Family> family(String name) {
        return families.stream().filter(f -> f.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    /** Families tried, in order, for a character the chosen family lacks. */
    public List<Family> fallback() {
        return fallback;
    }

    public Optional<Family> mono() {
        return Optional.ofNullable(mono);
    }

    /** The CSS font stack for the PDF: catalogue families only, so every glyph comes from an embedded font. */
    public String pdfStack(String family) {
        return Stream.concat(Stream.of(family), fallback.stream().map(Family::name)).distinct()
                .map(FontCatalog::quote).collect(Collectors.joining(", "));
    }

    /** The CSS font stack for the HTML export: the family, similar system fonts, then the generic family. */
    public String htmlStack(String family) {
        Family f = family(family).orElseThrow();
        return Stream.concat(Stream.concat(Stream.of(f.name()), f.system().stream()).map(FontCatalog::quote),
                Stream.of(f.generic())).collect(Collectors.joining(", "));
    }

    /** The font file of {@code face} with ligatures disabled; read from the class path once. */
    public byte[] bytes(Face face) {
        return bytes.computeIfAbsent(face.resource(), FontCatalog::read);
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not on the class path: " + resource);
            }
            return LigatureFreeFont.strip(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String name) {
        return '"' + name + '"';
    }
}
