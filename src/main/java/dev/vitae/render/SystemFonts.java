package dev.vitae.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * TrueType fonts installed on this computer, for characters no bundled font has (Korean, for one: the bundled
 * CJK font has no Hangul). Looked for only when a document needs them, in the usual font folders of Linux,
 * macOS and Windows; fonts whose file names suggest wide coverage are tried first. Files are read, never run;
 * the list and each font's coverage are kept for later renders. Safe to share between threads.
 */
final class SystemFonts {

    /** Names of fonts known to cover scripts the bundled fonts lack; tried before any other file. */
    private static final Pattern LIKELY = Pattern.compile(
            "(?i).*(nanum|malgun|gulim|batang|dotum|applegothic|applemyungjo|notosanskr|notoserifkr|notosans-?cjk|"
                    + "unbatang|undotum|baekmuk|sourcehansans|noto|droid|unifont|arialuni|freeserif|freesans).*");
    private static final int MAX_FILES = 600;

    private final List<Path> folders;
    private volatile List<Path> files;
    private final Map<Path, IntPredicate> coverage = new ConcurrentHashMap<>();

    SystemFonts(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The usual font folders of the platform this runs on, and the user's own. */
    static SystemFonts platform() {
        List<Path> dirs = new ArrayList<>();
        Path home = Path.of(System.getProperty("user.home", "."));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            dirs.add(Path.of(Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows"), "Fonts"));
            Optional.ofNullable(System.getenv("LOCALAPPDATA"))
                    .ifPresent(d -> dirs.add(Path.of(d, "Microsoft", "Windows", "Fonts")));
        } else if (os.contains("mac")) {
            dirs.add(Path.of("/System/Library/Fonts"));
            dirs.add(Path.of("/Library/Fonts"));
            dirs.add(home.resolve("Library/Fonts"));
        } else {
            dirs.add(Path.of("/usr/share/fonts"));
            dirs.add(Path.of("/usr/local/share/fonts"));
            dirs.add(home.resolve(".local/share/fonts"));
            dirs.add(home.resolve(".fonts"));
        }
        return new SystemFonts(dirs);
    }

    /** The first installed TrueType font with a glyph for {@code codePoint}. */
    Optional<Path> covering(int codePoint) {
        for (Path file : files()) {
            if (coverage.computeIfAbsent(file, FontCoverage::of).test(codePoint)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    IntPredicate coverage(Path file) {
        return coverage.computeIfAbsent(file, FontCoverage::of);
    }

    private List<Path> files() {
        List<Path> found = files;
        if (found == null) {
            synchronized (this) {
                if (files == null) {
                    files = scan();
                }
                found = files;
            }
        }
        return found;
    }

    private List<Path> scan() {
        List<Path> out = new ArrayList<>();
        for (Path dir : folders) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.find(dir, 5, (p, a) -> a.isRegularFile() && isFontFile(p))) {
                s.limit(MAX_FILES).filter(SystemFonts::startsLikeTrueType).forEach(out::add);
            } catch (IOException | RuntimeException e) {
                // an unreadable folder holds no usable font
            }
        }
        out.sort(Comparator.comparing((Path p) -> !LIKELY.matcher(p.getFileName().toString()).matches())
                .thenComparing(Path::toString));
        return List.copyOf(out);
    }

    private static boolean isFontFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ttf") || n.endsWith(".otf");
    }

    private static boolean startsLikeTrueType(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return FontCoverage.isTrueType(in.readNBytes(4));
        } catch (IOException e) {
            return false;
        }
    }
}
