package dev.vitae.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Vitae keeps its own files, per platform conventions: preferences in the config folder; recovery
 * journal and saved versions in the data folder; what can be made again (the start-up archive) in the cache
 * folder. Tests and portable installs put all three under one folder with the system property
 * {@code vitae.home}.
 */
public record AppFolders(Path config, Path data, Path cache) {

    public static AppFolders detect() {
        String home = System.getProperty("vitae.home");
        if (home != null && !home.isBlank()) {
            return under(Path.of(home));
        }
        Path user = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path appData = envPath("APPDATA", user.resolve("AppData").resolve("Roaming"));
            Path local = envPath("LOCALAPPDATA", user.resolve("AppData").resolve("Local"));
            return new AppFolders(appData.resolve("Vitae"), local.resolve("Vitae"), local.resolve("Vitae").resolve("cache"));
        }
        if (os.contains("mac")) {
            Path library = user.resolve("Library");
            Path support = library.resolve("Application Support").resolve("Vitae");
            return new AppFolders(support, support, library.resolve("Caches").resolve("Vitae"));
        }
        Path config = envPath("XDG_CONFIG_HOME", user.resolve(".config"));
        Path data = envPath("XDG_DATA_HOME", user.resolve(".local").resolve("share"));
        Path cache = envPath("XDG_CACHE_HOME", user.resolve(".cache"));
        return new AppFolders(config.resolve("vitae"), data.resolve("vitae"), cache.resolve("vitae"));
    }

    /** All three folders below {@code base}, as {@code vitae.home} lays them out. */
    public static AppFolders under(Path base) {
        return new AppFolders(base.resolve("config"), base.resolve("data"), base.resolve("cache"));
    }

    private static Path envPath(String variable, Path fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    /** The folder users put their own themes in. */
    public Path themes() {
        return config.resolve("themes");
    }
}
