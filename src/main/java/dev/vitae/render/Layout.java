package dev.vitae.render;

import dev.vitae.model.DateStyle;
import dev.vitae.model.OutputSettings;
import dev.vitae.model.OutputSettings.Margins;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The output settings a render uses: the file's {@code meta.vitae} settings checked and laid over the theme's
 * defaults. A value out of range or of the wrong shape falls back to the theme's, so odd settings never break
 * a render.
 *
 * @param page        {@code a4} or {@code letter}
 * @param margins     page margins in millimetres
 * @param fontSize    base font size in points
 * @param fontFamily  a family of the font catalogue
 * @param accent      {@code #rrggbb}
 * @param locale      language of headings, month names and the document
 * @param pageNumbers show "2 / 3" when the output has more than one page
 * @param options     theme options (theme defaults with the file's {@code themeOptions} over them)
 * @param sections    every list section in output order: the file's order, else the theme's
 */
public record Layout(String page, Margins margins, double fontSize, String fontFamily, String accent,
                     DateStyle dateStyle, Locale locale, boolean pageNumbers, Map<String, Object> options,
                     List<String> sections) {

    public static final String A4 = "a4";
    public static final String LETTER = "letter";

    private static final Pattern COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}){1,2}");
    /** Where Letter paper is the norm; everywhere else gets A4. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR");

    public Layout {
        options = Map.copyOf(options);
        sections = List.copyOf(sections);
    }

    /** The settings of {@code settings} over {@code theme}'s defaults; {@code fallbackLocale} when none is set. */
    public static Layout resolve(OutputSettings settings, Theme theme, FontCatalog fonts, Locale fallbackLocale) {
        Theme.Defaults d = theme.defaults();
        Locale locale = settings.locale().flatMap(OutputSettings::knownLocale).orElse(fallbackLocale);
        String page = settings.page().map(p -> p.toLowerCase(Locale.ROOT))
                .filter(p -> p.equals(A4) || p.equals(LETTER))
                .orElseGet(() -> d.page().isEmpty() ? defaultPage(locale) : d.page());
        Margins margins = settings.margins().filter(Layout::sane).orElse(d.margins());
        double fontSize = settings.fontSize().filter(s -> s >= 6 && s <= 24).orElse(d.fontSize());
        String family = settings.fontFamily().flatMap(fonts::family).map(FontCatalog.Family::name).orElse(d.fontFamily());
        String accent = settings.accent().filter(a -> COLOUR.matcher(a).matches()).orElse(d.accent());
        DateStyle dates = settings.dateFormat().orElse(d.dateStyle());
        boolean pageNumbers = settings.pageNumbers().orElse(d.pageNumbers());
        List<String> sections = settings.sectionOrder().isEmpty()
                ? OutputSettings.orderedSections(d.sectionOrder()) : settings.orderedSections();
        return new Layout(page, margins, fontSize, family, accent, dates, locale, pageNumbers,
                theme.options(settings.themeOptions()), sections);
    }

    static String defaultPage(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }

    public boolean rightToLeft() {
        return Set.of("ar", "he", "iw", "fa", "ur", "yi").contains(locale.getLanguage());
    }

    private static boolean sane(Margins m) {
        return ok(m.top()) && ok(m.right()) && ok(m.bottom()) && ok(m.left());
    }

    private static boolean ok(double mm) {
        return mm >= 0 && mm <= 60;
    }
}
