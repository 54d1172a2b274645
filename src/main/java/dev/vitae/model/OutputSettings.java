package dev.vitae.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Vitae's own settings for the output, read from {@code meta.vitae} so that they never mix with the person's
 * content. Every value is optional: an unset value means "the theme's default". Values of the wrong type are
 * ignored here (the validator reports them).
 *
 * @param theme         theme name; falls back to {@code meta.theme} when that names a theme
 * @param page          {@code a4} or {@code letter}
 * @param margins       page margins in millimetres
 * @param fontSize      base font size in points
 * @param fontFamily    font family name from the bundled set
 * @param accent        accent colour as {@code #rrggbb}
 * @param dateFormat    how dates are shown
 * @param locale        BCP 47 language tag for headings, month names and direction
 * @param sectionOrder  section keys in output order; sections not named follow in catalogue order
 * @param headings      section key to heading text
 * @param hidden        JSON pointers of hidden sections ({@code /references}) and entries ({@code /work/3})
 * @param newPage       JSON pointers of sections that start on a new page
 * @param pageNumbers   whether multi-page output shows "2 / 3"
 * @param themeOptions  theme-specific options by name
 */
public record OutputSettings(Optional<String> theme, Optional<String> page, Optional<Margins> margins,
                             Optional<Double> fontSize, Optional<String> fontFamily, Optional<String> accent,
                             Optional<DateStyle> dateFormat, Optional<String> locale,
                             List<String> sectionOrder, Map<String, String> headings, Set<String> hidden,
                             Set<String> newPage, Optional<Boolean> pageNumbers, Map<String, JsonNode> themeOptions) {

    /** Where the settings live in the file. */
    public static final String POINTER = "/meta/vitae";

    public static final String THEME = "theme";
    public static final String PAGE = "page";
    public static final String MARGINS = "margins";
    public static final String FONT_SIZE = "fontSize";
    public static final String FONT_FAMILY = "fontFamily";
    public static final String ACCENT = "accent";
    public static final String DATE_FORMAT = "dateFormat";
    public static final String LOCALE = "locale";
    public static final String SECTION_ORDER = "sectionOrder";
    public static final String HEADINGS = "headings";
    public static final String HIDDEN = "hidden";
    public static final String NEW_PAGE = "newPage";
    public static final String PAGE_NUMBERS = "pageNumbers";
    public static final String THEME_OPTIONS = "themeOptions";

    /** Page margins in millimetres. */
    public record Margins(double top, double right, double bottom, double left) {
        public static Margins all(double mm) {
            return new Margins(mm, mm, mm, mm);
        }
    }

    public OutputSettings {
        sectionOrder = List.copyOf(sectionOrder);
        headings = Map.copyOf(headings);
        hidden = Set.copyOf(hidden);
        newPage = Set.copyOf(newPage);
        themeOptions = Map.copyOf(themeOptions);
    }

    /**
     * The locale of a BCP 47 tag whose language Java knows by name ({@code en}, {@code de-CH}, {@code fil}); empty
     * for a tag that is not one ({@code en_US}) or names no language ({@code xx}), which would otherwise reach the
     * PDF as its language.
     */
    public static Optional<Locale> knownLocale(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            String language = locale.getLanguage();
            return language.isEmpty() || locale.getDisplayLanguage(Locale.ENGLISH).equals(language)
                    ? Optional.empty() : Optional.of(locale);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** The pointer of one setting, for edits: {@code /meta/vitae/theme}. */
    public static String pointer(String key) {
        return POINTER + "/" + key;
    }

    public static OutputSettings from(JsonNode root) {
        JsonNode v = root.path("meta").path("vitae");
        Optional<String> theme = text(v, THEME).or(() -> text(root.path("meta"), THEME));
        return new OutputSettings(theme, text(v, PAGE), margins(v.get(MARGINS)), number(v, FONT_SIZE),
                text(v, FONT_FAMILY), text(v, ACCENT), text(v, DATE_FORMAT).flatMap(DateStyle::byId),
                text(v, LOCALE), strings(v.get(SECTION_ORDER)), textMap(v.get(HEADINGS)),
                new LinkedHashSet<>(strings(v.get(HIDDEN))), new LinkedHashSet<>(strings(v.get(NEW_PAGE))),
                v.path(PAGE_NUMBERS).isBoolean() ? Optional.of(v.get(PAGE_NUMBERS).booleanValue()) : Optional.empty(),
                nodeMap(v.get(THEME_OPTIONS)));
    }

    /** The heading a section shows: the user's, else {@code fallback}. */
    public String heading(String sectionKey, String fallback) {
        String h = headings.get(sectionKey);
        return h == null || h.isBlank() ? fallback : h;
    }

    public boolean isHidden(String pointer) {
        return hidden.contains(pointer);
    }

    /**
     * All list sections in output order: those named in {@code sectionOrder} first, then the rest in
     * catalogue order. Unknown names in the setting are skipped.
     */
    public List<String> orderedSections() {
        return orderedSections(sectionOrder);
    }

    /** All list sections: the keys of {@code preferred} that name one first, then the rest in catalogue order. */
    public static List<String> orderedSections(List<String> preferred) {
        List<String> order = new ArrayList<>();
        for (String key : preferred) {
            if (SectionCatalogue.find(key).filter(SectionSpec::list).isPresent() && !order.contains(key)) {
                order.add(key);
            }
        }
        for (String key : SectionCatalogue.defaultOrder()) {
            if (!order.contains(key)) {
                order.add(key);
            }
        }
        return order;
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode n = node.path(key);
        return n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText().strip()) : Optional.empty();
    }

    private static Optional<Double> number(JsonNode node, String key) {
        JsonNode n = node.path(key);
        return n.isNumber() ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    private static Optional<Margins> margins(JsonNode n) {
        if (n == null) {
            return Optional.empty();
        }
        if (n.isNumber()) {
            return Optional.of(Margins.all(n.doubleValue()));
        }
        if (n.isObject() && n.path("top").isNumber() && n.path("right").isNumber()
                && n.path("bottom").isNumber() && n.path("left").isNumber()) {
            return Optional.of(new Margins(n.get("top").doubleValue(), n.get("right").doubleValue(),
                    n.get("bottom").doubleValue(), n.get("left").doubleValue()));
        }
        return Optional.empty();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(e -> {
                if (e.isTextual()) {
                    out.add(e.asText());
                }
            });
        }
        return out;
    }

    private static Map<String, String> textMap(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n != null && n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    out.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return out;
    }

    private static Map<String, JsonNode> nodeMap(JsonNode n) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (n != null && n.isObject()) {
            n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }
}
