package dev.vitae.render;

import dev.vitae.model.Lazy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The themes a render can use: the built-in ones from the class path, and a user's own from a folder in which
 * every sub-folder with a {@code theme.json} is a theme. A broken user theme is left out with a message in
 * {@link #problems()}; it never hides the built-in themes. A built-in theme is loaded when first asked for: an
 * export needs one of them, and loading all four took 65–70 ms of its cold start (issue 7).
 * Immutable and safe to share between threads.
 */
public final class ThemeCatalog {

    public static final String DEFAULT = "classic";
    /** The built-in themes, by folder name under {@code dev/vitae/themes/}. */
    static final List<String> BUILT_IN = List.of("classic", "modern", "academic", "compact");

    private final Map<String, Supplier<Theme>> themes;
    /** Theme names in catalogue order: built-in first, then user themes by folder name. */
    private final List<String> order;
    private final List<String> problems;

    private ThemeCatalog(Map<String, Supplier<Theme>> themes, List<String> problems) {
        this.themes = Map.copyOf(themes);
        this.order = List.copyOf(themes.keySet());
        this.problems = List.copyOf(problems);
    }

    /** The themes that ship with Vitae. A broken built-in theme is a bug, so it fails loudly when loaded. */
    public static ThemeCatalog builtIn() {
        Map<String, Supplier<Theme>> themes = new LinkedHashMap<>();
        for (String name : BUILT_IN) {
            themes.put(name, Lazy.of(() -> load(name)));
        }
        return new ThemeCatalog(themes, List.of());
    }

    private static Theme load(String builtIn) {
        try {
            return Theme.fromResources(builtIn);
        } catch (ThemeException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * This catalogue plus the themes in {@code folder} (which may not exist). A user theme with the name of a
     * built-in theme does not replace it; it is reported instead.
     */
    public ThemeCatalog withUserThemes(Path folder) {
        Map<String, Supplier<Theme>> all = new LinkedHashMap<>();
        order.forEach(n -> all.put(n, themes.get(n)));
        List<String> found = new ArrayList<>(problems);
        if (folder == null || !Files.isDirectory(folder)) {
            return new ThemeCatalog(all, found);
        }
        try (Stream<Path> dirs = Files.list(folder)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (!Files.isRegularFile(dir.resolve(Theme.MANIFEST))) {
                    continue;
                }
                try {
                    Theme theme = Theme.fromFolder(dir);
                    if (all.containsKey(theme.name())) {
                        found.add(dir + ": a theme named \"" + theme.name() + "\" already exists; this one is ignored");
                    } else {
                        all.put(theme.name(), () -> theme);
                    }
                } catch (ThemeException e) {
                    found.add(e.getMessage());
                }
            }
        } catch (IOException e) {
            found.add(folder + ": cannot be read (" + e.getMessage() + ")");
        }
        return new ThemeCatalog(all, found);
    }

    public List<Theme> themes() {
        return order.stream().map(n -> themes.get(n).get()).toList();
    }

    public List<String> names() {
        return order;
    }

    public Optional<Theme> find(String name) {
        return Optional.ofNullable(name).map(themes::get).map(Supplier::get);
    }

    /** The named theme, or the default one when the name is absent or unknown. */
    public Theme resolve(Optional<String> name) {
        return name.flatMap(this::find).orElseGet(() -> themes.get(DEFAULT).get());
    }

    /** Messages about user themes that could not be loaded, each naming the file. */
    public List<String> problems() {
        return problems;
    }
}
