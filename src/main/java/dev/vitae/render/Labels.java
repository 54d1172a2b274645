package dev.vitae.render;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a rendered résumé shows for a locale (section headings, "Present", "Résumé"), from the
 * {@code dev/vitae/i18n/render} resource bundles. A language without a bundle gets English, never the
 * language of the machine it runs on, so the output does not depend on where it was made.
 */
public final class Labels {

    private static final String BUNDLE = "dev.vitae.i18n.render";
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private Labels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Labels of(Locale locale) {
        return new Labels(ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(), NO_SYSTEM_FALLBACK));
    }

    /** The default heading of a section, e.g. "Experience" for {@code work}. */
    public String heading(String sectionKey) {
        return get("heading." + sectionKey, sectionKey);
    }

    public String present() {
        return get("present", "Present");
    }

    public String resume() {
        return get("resume", "Résumé");
    }

    public String get(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
