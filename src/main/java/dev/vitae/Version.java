package dev.vitae;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven built, from a filtered resource (the jar manifest is absent when run from classes). */
public final class Version {

    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/vitae/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
