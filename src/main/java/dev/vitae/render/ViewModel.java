package dev.vitae.render;

import dev.vitae.model.Document;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a theme's template gets: the résumé prepared for reading. Dates are formatted, headings localised,
 * roles at one employer grouped, hidden parts removed, inline Markdown turned into safe XHTML. Fields whose
 * name ends in {@code Html} hold markup and are the only ones a template may show unescaped
 * ({@code {{{summaryHtml}}}}); every other field is plain text. Absent values are "" or empty lists, never null.
 *
 * @param lang     BCP 47 language tag of the output
 * @param dir      {@code ltr} or {@code rtl}
 * @param title    document title, {@code <name> — Résumé}
 * @param author   the person's name
 * @param subject  the person's label (their title), else the document title
 * @param keywords skill names and keywords, comma-separated
 * @param basics   the header
 * @param sections the list sections to show, in output order
 * @param options  theme options: the theme's defaults overlaid with the file's {@code themeOptions}
 */
public record ViewModel(String lang, String dir, String title, String author, String subject, String keywords,
                        Header basics, List<Section> sections, Map<String, Object> options) {

    public ViewModel {
        sections = List.copyOf(sections);
        options = Map.copyOf(options);
    }

    public static ViewModel build(Document doc, Layout layout, Path baseDir) {
        return new ViewModelBuilder(doc, layout, baseDir).build();
    }

    /** The widest date or date range of the entries and roles, in ems (roughly, see {@link TextWidth}). */
    public double widestDates() {
        return sections.stream().flatMap(s -> s.entries().stream())
                .flatMap(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e.dates()), e.roles().stream().map(Role::dates)))
                .mapToDouble(TextWidth::ems).max().orElse(0);
    }

    /**
     * @param contacts email, phone, website, profiles and location, in that order
     * @param photo    the photo from the résumé's folder, or null
     */
    public record Header(String name, String label, String summaryHtml, Photo photo, List<Contact> contacts,
                         String location) {
        public Header {
            contacts = List.copyOf(contacts);
        }
    }

    /**
     * One item of the contact line; {@code kind} is email, phone, url, profile or location, and {@code href}
     * is "" when the item is not a link.
     */
    public record Contact(String kind, String text, String href) {
        /**
         * {@code ltr} for addresses and numbers, which read left to right even in Arabic or Hebrew text (a
         * phone number's groups would otherwise be reversed); "" for a place, which follows the text.
         */
        public String dir() {
            return kind.equals("location") ? "" : "ltr";
        }

        /** Longer than a third of a line: a theme lets it break rather than keep it whole, past the margin. */
        public boolean isLong() {
            return text.length() > 40;
        }
    }

    /** A photo as a {@code data:} URI, so that neither output reads a file while rendering. */
    public record Photo(String src, String alt) {
    }

    /**
     * @param is       {@code is.work} is true for the work section, and so on, so a template can branch
     * @param newPage  whether the section starts on a new page
     */
    public record Section(String key, String pointer, String heading, boolean newPage, Map<String, Boolean> is,
                          List<Entry> entries) {
        public Section {
            is = Map.copyOf(is);
            entries = List.copyOf(entries);
        }
    }

    /**
     * One entry. For {@code work} and {@code volunteer} an entry is an employer (organisation) and
     * {@code roles} holds one or more positions; for the other sections {@code roles} is empty and
     * {@code subtitle} and {@code dates} belong to the entry itself.
     *
     * @param title      employer, institution, project, skill, language… (bold in most themes)
     * @param url        a safe link for the title, or ""
     * @param location   where, or ""
     * @param subtitle   degree, publisher, awarder, issuer, fluency, level, project roles…
     * @param dates      a formatted date or range
     * @param highlights each item as XHTML
     * @param keywords   keywords joined with ", "
     * @param details    further labelled facts (score, courses)
     */
    public record Entry(String pointer, String title, String url, String location, String description,
                        String subtitle, String dates, String summaryHtml, List<String> highlights,
                        String keywords, List<Detail> details, List<Role> roles) {
        public Entry {
            highlights = List.copyOf(highlights);
            details = List.copyOf(details);
            roles = List.copyOf(roles);
        }

        /**
         * The entry's {@code location} under a name no role has, so a template can show the employer's place
         * from inside {@code {{#roles}}}, where {@code location} is the role's.
         */
        public String entryLocation() {
            return location;
        }
    }

    /** One position held at an employer. {@code location} is "" when it is the employer's. */
    public record Role(String pointer, String position, String location, String dates, String summaryHtml,
                       List<String> highlights) {
        public Role {
            highlights = List.copyOf(highlights);
        }
    }

    public record Detail(String label, String text) {
    }
}
