package dev.vitae.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Vitae keeps its own files, per platform conventions: preferences in the config folder; recovery
 * journal and saved versions in the data folder. Tests and portable installs point both elsewhere with the
 * system property {@code vitae.home}.
 */
public record AppFolders(Path config, Path data) {

    public static AppFolders detect() {
        String home = System.getProperty("vitae.home");
        if (home != null && !home.isBlank()) {
            Path base = Path.of(home);
            return new AppFolders(base.resolve("config"), base.resolve("data"));
        }
        Path user = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path appData = envPath("APPDATA", user.resolve("AppData").resolve("Roaming"));
            Path local = envPath("LOCALAPPDATA", user.resolve("AppData").resolve("Local"));
            return new AppFolders(appData.resolve("Vitae"), local.resolve("Vitae"));
        }
        if (os.contains("mac")) {
            Path support = user.resolve("Library").resolve("Application Support").resolve("Vitae");
            return new AppFolders(support, support);
        }
        Path config = envPath("XDG_CONFIG_HOME", user.resolve(".config"));
        Path data = envPath("XDG_DATA_HOME", user.resolve(".local").resolve("share"));
        return new AppFolders(config.resolve("vitae"), data.resolve("vitae"));
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
