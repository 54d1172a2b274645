package dev.vitae.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.model.JsonTree;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fonts Vitae embeds, as described by {@code dev/vitae/fonts/fonts.json}: each family with its four faces
 * (files on the class path, shipped by Maven artifacts) and the fallback chain tried for characters the chosen
 * family lacks. Changing a family's files in that JSON swaps the font everywhere. The font bytes are read once
 * and kept, ligature-free, for every later render. Safe to share between threads.
 *
 * <p>Large script fonts (Chinese and Japanese) are not part of every render: {@link #forText} adds them only
 * for a text that has characters the fallback chain lacks, then looks in the computer's own fonts (Korean),
 * and names what is still missing.
 */
public final class FontCatalog {

    public static final String DEFAULT_FAMILY = "Liberation Serif";
    private static final String CATALOGUE = "/dev/vitae/fonts/fonts.json";

    /**
     * One face of a family; {@code resource} is a class-path path without a leading slash, or {@code file:}
     * and an absolute path for a font installed on this computer.
     */
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

    /**
     * The fonts a text needs beyond the chosen family and the fallback chain.
     *
     * @param families bundled script fonts and installed fonts to register as fallbacks for this render
     * @param problems one message per script that no font can show, naming a few of its characters
     */
    public record ScriptFonts(List<Family> families, List<String> problems) {
        static final ScriptFonts NONE = new ScriptFonts(List.of(), List.of());

        public ScriptFonts {
            families = List.copyOf(families);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Below this every fallback font has every character, so a text made of them needs no look-up; nor do
     * dashes, quotes and bullets (U+2010–2027), which every résumé has in its date ranges.
     */
    private static final int COMMON_LIMIT = 0x0370;
    private static final String FILE = "file:";

    private final List<Family> families;
    private final List<Family> fallback;
    private final Family mono;
    private final List<Family> scripts;
    private final Map<String, String> hints;
    private final SystemFonts system;
    private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();
    private final Map<String, String> stamps = new ConcurrentHashMap<>();
    private final Map<String, IntPredicate> coverage = new ConcurrentHashMap<>();
    private final Map<String, Optional<FontCoverage.Cmap>> cmaps = new ConcurrentHashMap<>();

    private FontCatalog(List<Family> families, List<Family> fallback, Family mono, List<Family> scripts,
                        Map<String, String> hints, SystemFonts system) {
        this.families = List.copyOf(families);
        this.fallback = List.copyOf(fallback);
        this.mono = mono;
        this.scripts = List.copyOf(scripts);
        this.hints = Map.copyOf(hints);
        this.system = system;
    }

    /** The catalogue that ships with Vitae, with the fonts installed on this computer for scripts it lacks. */
    public static FontCatalog bundled() {
        return bundled(SystemFonts.platform());
    }

    static FontCatalog bundled(SystemFonts system) {
        try (InputStream in = FontCatalog.class.getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CATALOGUE);
            }
            return parse(JsonTree.read(in), system);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FontCatalog parse(JsonNode root, SystemFonts system) {
        List<Family> families = new ArrayList<>();
        root.path("families").forEach(f -> families.add(family(f)));
        List<Family> scripts = new ArrayList<>();
        root.path("scripts").forEach(f -> scripts.add(family(f)));
        Map<String, String> hints = new LinkedHashMap<>();
        root.path("missingHints").fields().forEachRemaining(e -> hints.put(e.getKey(), e.getValue().asText()));
        FontCatalog partial = new FontCatalog(families, List.of(), null, List.of(), Map.of(), system);
        List<Family> fallback = new ArrayList<>();
        root.path("fallback").forEach(n -> partial.family(n.asText()).ifPresent(fallback::add));
        Family mono = partial.family(root.path("mono").asText()).orElse(null);
        return new FontCatalog(families, fallback, mono, scripts, hints, system);
    }

    private static Family family(JsonNode f) {
        List<Face> faces = new ArrayList<>();
        JsonNode fs = f.path("faces");
        addFace(faces, fs, "regular", 400, false);
        addFace(faces, fs, "bold", 700, false);
        addFace(faces, fs, "italic", 400, true);
        addFace(faces, fs, "boldItalic", 700, true);
        List<String> system = new ArrayList<>();
        f.path("system").forEach(s -> system.add(s.asText()));
        return new Family(f.path("name").asText(), f.path("generic").asText("serif"), system, faces);
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

    /** Bundled fonts for scripts the fallback chain lacks (Chinese, Japanese), used only by texts that need them. */
    public List<Family> scriptFamilies() {
        return scripts;
    }

    /**
     * The fonts {@code text} needs besides the fallback chain: bundled script fonts first, then fonts installed
     * on this computer, and a message for each script that none of them has. A text in Latin, Greek, Cyrillic,
     * Arabic or Hebrew needs nothing more and costs no font loading.
     */
    public ScriptFonts forText(String text) {
        int[] unusual = text.codePoints().filter(cp -> !common(cp) && !ignorable(cp)).distinct().toArray();
        if (unusual.length == 0) {
            return ScriptFonts.NONE;
        }
        List<Integer> missing = new ArrayList<>();
        for (int cp : unusual) {
            if (fallback.stream().noneMatch(f -> covers(f, cp))) {
                missing.add(cp);
            }
        }
        if (missing.isEmpty()) {
            return ScriptFonts.NONE;
        }
        List<Family> extra = new ArrayList<>();
        for (Family f : scripts) {
            if (missing.removeIf(cp -> covers(f, cp)) && !extra.contains(f)) {
                extra.add(f);
            }
        }
        List<Path> installed = new ArrayList<>();
        for (int cp : List.copyOf(missing)) {
            boolean known = installed.stream().anyMatch(p -> system.coverage(p).test(cp));
            if (!known) {
                system.covering(cp).ifPresent(installed::add);
            }
        }
        for (Path file : installed) {
            missing.removeIf(cp -> system.coverage(file).test(cp));
            extra.add(installed(file));
        }
        return new ScriptFonts(extra, problems(missing));
    }

    /**
     * For each face of {@code families}: its PostScript name, and the characters of {@code text} by glyph id.
     * PDFBox names a glyph shared by several characters after the lowest of them (a radical instead of the
     * ideograph); this tells which one the text used.
     */
    Map<String, Map<Integer, String>> glyphsOf(List<Family> families, String text) {
        int[] used = text.codePoints().filter(cp -> cp >= COMMON_LIMIT).distinct().toArray();
        Map<String, Map<Integer, String>> out = new LinkedHashMap<>();
        for (Family family : families) {
            for (Face face : family.faces()) {
                cmaps.computeIfAbsent(face.resource(), r -> FontCoverage.cmap(bytes(face))).ifPresent(cmap -> {
                    Map<Integer, String> byGlyph = new java.util.HashMap<>();
                    for (int cp : used) {
                        int gid = cmap.lookup().getGlyphId(cp);
                        if (gid > 0) {
                            byGlyph.merge(gid, Character.toString(cp), (a, b) -> a);
                        }
                    }
                    out.put(cmap.postScriptName(), byGlyph);
                });
            }
        }
        return out;
    }

    private boolean covers(Family family, int cp) {
        Face face = family.faces().get(0);
        return coverage.computeIfAbsent(face.resource(), r -> FontCoverage.of(bytes(face))).test(cp);
    }

    private static Family installed(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return new Family(name + " (installed)", "sans-serif", List.of(),
                List.of(new Face(400, false, FILE + file.toAbsolutePath())));
    }

    private List<String> problems(List<Integer> missing) {
        Map<Character.UnicodeScript, List<Integer>> byScript = new LinkedHashMap<>();
        for (int cp : missing) {
            byScript.computeIfAbsent(Character.UnicodeScript.of(cp), k -> new ArrayList<>()).add(cp);
        }
        List<String> out = new ArrayList<>();
        byScript.forEach((script, cps) -> {
            String sample = cps.stream().limit(3).map(Character::toString).collect(Collectors.joining(" "));
            String hint = hints.getOrDefault(script.name(), hints.getOrDefault("OTHER", "install a font that has them"));
            out.add("No font has the " + scriptName(script) + " characters " + sample + " (" + cps.size()
                    + " in all); they are missing from the PDF: " + hint + ".");
        });
        return out;
    }

    private static String scriptName(Character.UnicodeScript script) {
        String n = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static boolean common(int cp) {
        return cp < COMMON_LIMIT || cp >= 0x2010 && cp <= 0x2027;
    }

    /** Characters that draw nothing (spaces, direction marks, joiners) need no glyph. */
    private static boolean ignorable(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                || type == Character.CONTROL || type == Character.NON_SPACING_MARK && cp >= 0xFE00 && cp <= 0xFE0F;
    }

    /**
     * Which file {@code face} is read from, in which version: the path, size and time of an installed font's file,
     * or for a bundled one those of the jar or folder that holds it. Changes whenever the font may have.
     */
    public String stamp(Face face) {
        return stamps.computeIfAbsent(face.resource(), FontCatalog::stampOf);
    }

    private static String stampOf(String resource) {
        if (resource.startsWith(FILE)) {
            return fileStamp(Path.of(resource.substring(FILE.length())));
        }
        URL url = FontCatalog.class.getClassLoader().getResource(resource);
        if (url == null) {
            return "missing " + resource;
        }
        String where = url.toString();
        try {
            if (where.startsWith("jar:file:") && where.contains("!/")) {
                return where + " " + fileStamp(Path.of(URI.create(where.substring(4, where.indexOf("!/")))));
            }
            if (where.startsWith(FILE)) {
                return fileStamp(Path.of(url.toURI()));
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return where;
        }
        return where;
    }

    private static String fileStamp(Path file) {
        try {
            return file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file + " unreadable";
        }
    }

    /** How many font files this catalogue has read so far: what its renders had to parse. */
    int filesRead() {
        return bytes.size();
    }

    /** The font file of {@code face} with ligatures disabled; read once. */
    public byte[] bytes(Face face) {
        return bytes.computeIfAbsent(face.resource(), FontCatalog::read);
    }

    private static byte[] read(String resource) {
        if (resource.startsWith(FILE)) {
            try {
                return LigatureFreeFont.strip(Files.readAllBytes(Path.of(resource.substring(FILE.length()))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + resource.substring(FILE.length()), e);
            }
        }
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
