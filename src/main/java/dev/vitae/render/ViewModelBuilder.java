package dev.vitae.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.vitae.model.Document;
import dev.vitae.model.OutputSettings;
import dev.vitae.model.SectionCatalogue;
import dev.vitae.model.SectionSpec;
import dev.vitae.render.ViewModel.Contact;
import dev.vitae.render.ViewModel.Detail;
import dev.vitae.render.ViewModel.Entry;
import dev.vitae.render.ViewModel.Header;
import dev.vitae.render.ViewModel.Role;
import dev.vitae.render.ViewModel.Section;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds the {@link ViewModel} of one document; one instance per build. */
final class ViewModelBuilder {

    private final Document doc;
    private final Layout layout;
    private final Path baseDir;
    private final OutputSettings settings;
    private final Labels labels;
    private final DateRanges dates;

    /** An entry of a list section with its pointer, e.g. {@code /work/2}. */
    private record Item(String pointer, JsonNode node) {
    }

    ViewModelBuilder(Document doc, Layout layout, Path baseDir) {
        this.doc = doc;
        this.layout = layout;
        this.baseDir = baseDir;
        this.settings = doc.settings();
        this.labels = Labels.of(layout.locale());
        this.dates = new DateRanges(layout.dateStyle(), layout.locale(), labels.present());
    }

    ViewModel build() {
        Header header = header();
        List<Section> sections = new ArrayList<>();
        for (String key : layout.sections()) {
            String pointer = "/" + key;
            if (settings.isHidden(pointer)) {
                continue;
            }
            List<Entry> entries = entries(key);
            if (!entries.isEmpty()) {
                sections.add(new Section(key, pointer, settings.heading(key, labels.heading(key)),
                        settings.newPage().contains(pointer), Map.of(key, true), entries));
            }
        }
        String name = header.name();
        String title = name.isEmpty() ? labels.resume() : name + " — " + labels.resume();
        String subject = header.label().isEmpty() ? title : header.label();
        return new ViewModel(layout.locale().toLanguageTag(), layout.rightToLeft() ? "rtl" : "ltr", title, name,
                subject, keywords(sections), header, sections, layout.options());
    }

    // ---- header ------------------------------------------------------------------------------------------

    private Header header() {
        JsonNode basics = doc.root().path("basics");
        SectionSpec spec = SectionCatalogue.BASICS;
        String name = visible("/basics/name") ? field(spec, basics, "name") : "";
        String label = visible("/basics/label") ? field(spec, basics, "label") : "";
        String summary = visible("/basics/summary") ? html(field(spec, basics, "summary")) : "";

        List<Contact> contacts = new ArrayList<>();
        String email = field(spec, basics, "email");
        if (!email.isEmpty() && visible("/basics/email")) {
            contacts.add(new Contact("email", email, SafeLinks.mailto(email).orElse("")));
        }
        String phone = field(spec, basics, "phone");
        if (!phone.isEmpty() && visible("/basics/phone")) {
            contacts.add(new Contact("phone", phone, ""));
        }
        String url = field(spec, basics, "url");
        if (!url.isEmpty() && visible("/basics/url")) {
            contacts.add(link("url", url));
        }
        if (visible("/basics/profiles")) {
            for (Item p : items(basics.path("profiles"), "/basics/profiles")) {
                // a blog kept as both the website and a profile is shown once
                profile(p.node()).filter(c -> contacts.stream().noneMatch(o -> o.text().equalsIgnoreCase(c.text())))
                        .ifPresent(contacts::add);
            }
        }
        String location = visible("/basics/location") ? location(basics.path("location")) : "";
        if (!location.isEmpty()) {
            contacts.add(new Contact("location", location, ""));
        }
        ViewModel.Photo photo = null;
        if (visible("/basics/image") && !Boolean.FALSE.equals(layout.options().get("photo"))) {
            photo = PhotoFile.resolve(field(spec, basics, "image"), baseDir, name.isEmpty() ? "Photo" : name).orElse(null);
        }
        return new Header(name, label, summary, photo, contacts, location);
    }

    private Optional<Contact> profile(JsonNode p) {
        String url = Values.text(p.path("url"));
        String network = Values.text(p.path("network"));
        String user = Values.text(p.path("username"));
        if (!url.isEmpty()) {
            return Optional.of(link("profile", url));
        }
        String text = network.isEmpty() ? user : user.isEmpty() ? network : network + ": " + user;
        return text.isEmpty() ? Optional.empty() : Optional.of(new Contact("profile", text, ""));
    }

    private static Contact link(String kind, String url) {
        return SafeLinks.href(url).map(h -> new Contact(kind, SafeLinks.display(url), h))
                .orElseGet(() -> new Contact(kind, url, ""));
    }

    /** City, region, country: the part of an address a résumé shows. */
    private static String location(JsonNode loc) {
        if (loc.isTextual()) {
            return Values.text(loc);
        }
        return join(", ", Values.text(loc.path("city")), Values.text(loc.path("region")),
                Values.text(loc.path("countryCode")));
    }

    // ---- sections ----------------------------------------------------------------------------------------

    private List<Entry> entries(String key) {
        SectionSpec spec = SectionCatalogue.find(key).orElseThrow();
        List<Item> items = items(doc.root().path(key), "/" + key).stream()
                .filter(i -> visible(i.pointer())).toList();
        return switch (key) {
            case "work" -> grouped(spec, items, "name");
            case "volunteer" -> grouped(spec, items, "organization");
            case "education" -> items.stream().map(i -> education(spec, i)).filter(Objects::nonNull).toList();
            default -> items.stream().map(i -> simple(spec, key, i)).filter(Objects::nonNull).toList();
        };
    }

    /** Consecutive entries with the same employer become one entry with several roles. */
    private List<Entry> grouped(SectionSpec spec, List<Item> items, String employerKey) {
        List<List<Item>> groups = new ArrayList<>();
        String previous = null;
        for (Item item : items) {
            String employer = field(spec, item.node(), employerKey);
            if (previous != null && !employer.isEmpty() && sameName(employer, previous)) {
                groups.get(groups.size() - 1).add(item);
            } else {
                groups.add(new ArrayList<>(List.of(item)));
            }
            previous = employer;
        }
        List<Entry> out = new ArrayList<>();
        for (List<Item> group : groups) {
            Item first = group.get(0);
            String employer = field(spec, first.node(), employerKey);
            String location = group.stream().map(i -> field(spec, i.node(), "location"))
                    .filter(s -> !s.isEmpty()).findFirst().orElse("");
            String url = group.stream().map(i -> field(spec, i.node(), "url")).filter(s -> !s.isEmpty())
                    .findFirst().flatMap(SafeLinks::href).orElse("");
            String description = group.stream().map(i -> field(spec, i.node(), "description"))
                    .filter(s -> !s.isEmpty()).findFirst().orElse("");
            List<Role> roles = new ArrayList<>();
            for (Item i : group) {
                JsonNode n = i.node();
                String roleLocation = field(spec, n, "location");
                Role role = new Role(i.pointer(), field(spec, n, "position"),
                        roleLocation.equals(location) ? "" : roleLocation,
                        dates.range(field(spec, n, "startDate"), field(spec, n, "endDate")),
                        html(field(spec, n, "summary")), highlights(spec, i));
                if (!(role.position().isEmpty() && role.dates().isEmpty() && role.summaryHtml().isEmpty()
                        && role.highlights().isEmpty())) {
                    roles.add(role);
                }
            }
            if (employer.isEmpty() && roles.isEmpty()) {
                continue;
            }
            out.add(new Entry(first.pointer(), employer, url, location, description, "", "", "", List.of(), "",
                    List.of(), roles));
        }
        return out;
    }

    private Entry education(SectionSpec spec, Item item) {
        JsonNode n = item.node();
        String degree = field(spec, n, "studyType");
        String area = field(spec, n, "area");
        String subtitle = degree.isEmpty() || area.isEmpty() ? degree + area
                : labels.get("degree", "{0} in {1}").replace("{0}", degree).replace("{1}", area);
        List<Detail> details = new ArrayList<>();
        String score = field(spec, n, "score");
        if (!score.isEmpty() && visible(item.pointer() + "/score")) {
            details.add(new Detail(labels.get("score", "Score"), score));
        }
        List<String> courses = listField(spec, n, "courses");
        if (!courses.isEmpty() && visible(item.pointer() + "/courses")) {
            details.add(new Detail(labels.get("courses", "Courses"), String.join(", ", courses)));
        }
        String institution = field(spec, n, "institution");
        if (institution.isEmpty() && subtitle.isEmpty()) {
            return null;
        }
        return new Entry(item.pointer(), institution, url(spec, n), Values.text(n.path("location")), "", subtitle,
                dates.range(field(spec, n, "startDate"), field(spec, n, "endDate")),
                html(Values.text(n.path("summary"))), List.of(), "", details, List.of());
    }

    /** The sections with one entry per item: projects, skills, publications, awards, and the rest. */
    private Entry simple(SectionSpec spec, String key, Item item) {
        JsonNode n = item.node();
        String title = field(spec, n, spec.titleKey());
        String subtitle = "";
        String when = "";
        String summary = "";
        List<String> highlights = List.of();
        String keywords = "";
        switch (key) {
            case "projects" -> {
                List<String> roles = listField(spec, n, "roles");
                subtitle = Stream.concat(Stream.of(field(spec, n, "entity")), roles.stream())
                        .filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
                when = dates.range(field(spec, n, "startDate"), field(spec, n, "endDate"));
                summary = field(spec, n, "description");
                highlights = highlights(spec, item);
                keywords = String.join(", ", listField(spec, n, "keywords"));
            }
            case "skills" -> {
                subtitle = field(spec, n, "level");
                keywords = String.join(", ", listField(spec, n, "keywords"));
            }
            case "languages" -> subtitle = field(spec, n, "fluency");
            case "interests" -> keywords = String.join(", ", listField(spec, n, "keywords"));
            case "publications" -> {
                subtitle = field(spec, n, "publisher");
                when = dates.date(field(spec, n, "releaseDate"));
                summary = field(spec, n, "summary");
            }
            case "awards" -> {
                subtitle = field(spec, n, "awarder");
                when = dates.date(field(spec, n, "date"));
                summary = field(spec, n, "summary");
            }
            case "certificates" -> {
                subtitle = field(spec, n, "issuer");
                when = dates.date(field(spec, n, "date"));
            }
            case "references" -> summary = field(spec, n, "reference");
            default -> summary = field(spec, n, "summary");
        }
        String summaryHtml = html(summary);
        if (title.isEmpty() && subtitle.isEmpty() && summaryHtml.isEmpty() && highlights.isEmpty() && keywords.isEmpty()) {
            return null;
        }
        return new Entry(item.pointer(), title, url(spec, n), "", "", subtitle, when, summaryHtml, highlights,
                keywords, List.of(), List.of());
    }

    // ---- values ------------------------------------------------------------------------------------------

    /** The entries of a list section; an object in place of the list is read as a list of one. */
    private static List<Item> items(JsonNode section, String pointer) {
        List<Item> out = new ArrayList<>();
        if (section.isArray()) {
            for (int i = 0; i < section.size(); i++) {
                if (section.get(i).isObject()) {
                    out.add(new Item(pointer + "/" + i, section.get(i)));
                }
            }
        } else if (section.isObject() && !section.isEmpty()) {
            out.add(new Item(pointer, section));
        }
        return out;
    }

    /**
     * A text's inline Markdown as HTML. In a right-to-left résumé, a text mostly in a left-to-right script (an
     * English bullet in an Arabic résumé) is embedded left to right, so that its sentence ends with its full stop
     * on the right rather than starting with it on the left. Its paragraph stays right to left; openhtmltopdf
     * still orders the runs of bold or linked words in it one element at a time.
     */
    private String html(String text) {
        String html = InlineMarkdown.toHtml(text);
        return !html.isEmpty() && layout.rightToLeft() && mostlyLeftToRight(text) ? "<span dir=\"ltr\">" + html + "</span>" : html;
    }

    /** More letters of left-to-right scripts than of right-to-left ones ("Kotlin هي لغتي" is right to left). */
    private static boolean mostlyLeftToRight(String text) {
        int ltr = 0;
        int rtl = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                ltr++;
            } else if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            }
        }
        return ltr > rtl;
    }

    private List<String> highlights(SectionSpec spec, Item item) {
        JsonNode list = spec.field("highlights").flatMap(f -> f.valueIn(item.node())).orElse(MissingNode.getInstance());
        List<String> out = new ArrayList<>();
        if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                String html = html(Values.text(list.get(i)));
                if (!html.isEmpty() && visible(item.pointer() + "/highlights/" + i)) {
                    out.add(html);
                }
            }
        } else {
            Values.list(list).stream().map(this::html).filter(h -> !h.isEmpty()).forEach(out::add);
        }
        return out;
    }

    private static String field(SectionSpec spec, JsonNode entry, String key) {
        return spec.field(key).flatMap(f -> f.valueIn(entry)).map(Values::text).orElse("");
    }

    private static List<String> listField(SectionSpec spec, JsonNode entry, String key) {
        return spec.field(key).flatMap(f -> f.valueIn(entry)).map(Values::list).orElse(List.of());
    }

    private static String url(SectionSpec spec, JsonNode entry) {
        return SafeLinks.href(field(spec, entry, "url")).orElse("");
    }

    /** Whether neither {@code pointer} nor a part that holds it ({@code /basics} for {@code /basics/phone}) is hidden. */
    private boolean visible(String pointer) {
        for (int end = pointer.length(); end > 0; end = pointer.lastIndexOf('/', end - 1)) {
            if (settings.isHidden(pointer.substring(0, end))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameName(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static String join(String separator, String... parts) {
        return Stream.of(parts).filter(s -> !s.isEmpty()).collect(Collectors.joining(separator));
    }

    /** Skill keywords for the PDF's keywords; a skill without keywords is itself one (its name). */
    private static String keywords(List<Section> sections) {
        Set<String> words = new LinkedHashSet<>();
        sections.stream().filter(s -> s.key().equals("skills")).flatMap(s -> s.entries().stream()).forEach(e -> {
            if (e.keywords().isBlank()) {
                words.add(e.title());
            }
            for (String k : e.keywords().split(",\\s*")) {
                if (!k.isBlank()) {
                    words.add(k.strip());
                }
            }
        });
        words.remove("");
        return String.join(", ", words);
    }
}
