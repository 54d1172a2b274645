package dev.vitae.model;

import java.util.List;
import java.util.Optional;

import static dev.vitae.model.FieldKind.COUNTRY_CODE;
import static dev.vitae.model.FieldKind.DATE;
import static dev.vitae.model.FieldKind.EMAIL;
import static dev.vitae.model.FieldKind.IMAGE;
import static dev.vitae.model.FieldKind.MULTILINE;
import static dev.vitae.model.FieldKind.OBJECT;
import static dev.vitae.model.FieldKind.OBJECT_LIST;
import static dev.vitae.model.FieldKind.STRING_LIST;
import static dev.vitae.model.FieldKind.TEXT;
import static dev.vitae.model.FieldKind.URL;

/**
 * Every section and field of JSON Resume 1.2.1, as data. Forms, summaries, validation and the renderer's
 * view model are all driven from here, so a section needs an entry in this list, not new code.
 */
public final class SectionCatalogue {

    public static final SectionSpec BASICS = new SectionSpec("basics", "Basics", false, List.of(
            FieldSpec.of("name", "Name", TEXT),
            FieldSpec.of("label", "Title", TEXT),
            FieldSpec.of("image", "Photo", IMAGE, "picture"),
            FieldSpec.of("email", "Email", EMAIL),
            FieldSpec.of("phone", "Phone", TEXT, "tel"),
            FieldSpec.of("url", "Website", URL, "website"),
            FieldSpec.of("summary", "Summary", MULTILINE),
            FieldSpec.nested("location", "Location", OBJECT,
                    FieldSpec.of("address", "Address", TEXT),
                    FieldSpec.of("postalCode", "Postal code", TEXT),
                    FieldSpec.of("city", "City", TEXT),
                    FieldSpec.of("region", "Region", TEXT),
                    FieldSpec.of("countryCode", "Country code", COUNTRY_CODE)),
            FieldSpec.nested("profiles", "Profiles", OBJECT_LIST,
                    FieldSpec.of("network", "Network", TEXT),
                    FieldSpec.of("username", "Username", TEXT),
                    FieldSpec.of("url", "URL", URL))),
            "name", "label");

    /** Sections in their default output order: the order engineers' résumés usually take. */
    private static final List<SectionSpec> LIST_SECTIONS = List.of(
            new SectionSpec("work", "Work", true, List.of(
                    FieldSpec.of("name", "Employer", TEXT, "company"),
                    FieldSpec.of("position", "Position", TEXT),
                    FieldSpec.of("location", "Location", TEXT),
                    FieldSpec.of("url", "Website", URL, "website"),
                    FieldSpec.of("startDate", "Start", DATE),
                    FieldSpec.of("endDate", "End", DATE),
                    FieldSpec.of("description", "Description", TEXT),
                    FieldSpec.of("summary", "Summary", MULTILINE),
                    FieldSpec.of("highlights", "Highlights", STRING_LIST)),
                    "name", "position"),
            new SectionSpec("projects", "Projects", true, List.of(
                    FieldSpec.of("name", "Name", TEXT),
                    FieldSpec.of("description", "Description", MULTILINE),
                    FieldSpec.of("url", "URL", URL),
                    FieldSpec.of("startDate", "Start", DATE),
                    FieldSpec.of("endDate", "End", DATE),
                    FieldSpec.of("entity", "Entity", TEXT),
                    FieldSpec.of("type", "Type", TEXT),
                    FieldSpec.of("roles", "Roles", STRING_LIST),
                    FieldSpec.of("highlights", "Highlights", STRING_LIST),
                    FieldSpec.of("keywords", "Keywords", STRING_LIST)),
                    "name", "description"),
            new SectionSpec("education", "Education", true, List.of(
                    FieldSpec.of("institution", "Institution", TEXT),
                    FieldSpec.of("area", "Area", TEXT),
                    FieldSpec.of("studyType", "Degree", TEXT),
                    FieldSpec.of("url", "Website", URL),
                    FieldSpec.of("startDate", "Start", DATE),
                    FieldSpec.of("endDate", "End", DATE),
                    FieldSpec.of("score", "Score", TEXT, "gpa"),
                    FieldSpec.of("courses", "Courses", STRING_LIST)),
                    "institution", "studyType"),
            new SectionSpec("skills", "Skills", true, List.of(
                    FieldSpec.of("name", "Name", TEXT),
                    FieldSpec.of("level", "Level", TEXT),
                    FieldSpec.of("keywords", "Keywords", STRING_LIST)),
                    "name", "keywords"),
            new SectionSpec("publications", "Publications", true, List.of(
                    FieldSpec.of("name", "Title", TEXT),
                    FieldSpec.of("publisher", "Publisher", TEXT),
                    FieldSpec.of("releaseDate", "Date", DATE),
                    FieldSpec.of("url", "URL", URL, "website"),
                    FieldSpec.of("summary", "Summary", MULTILINE)),
                    "name", "publisher"),
            new SectionSpec("awards", "Awards", true, List.of(
                    FieldSpec.of("title", "Title", TEXT),
                    FieldSpec.of("awarder", "Awarder", TEXT),
                    FieldSpec.of("date", "Date", DATE),
                    FieldSpec.of("summary", "Summary", MULTILINE)),
                    "title", "awarder"),
            new SectionSpec("certificates", "Certificates", true, List.of(
                    FieldSpec.of("name", "Name", TEXT),
                    FieldSpec.of("issuer", "Issuer", TEXT),
                    FieldSpec.of("date", "Date", DATE),
                    FieldSpec.of("url", "URL", URL)),
                    "name", "issuer"),
            new SectionSpec("volunteer", "Volunteering", true, List.of(
                    FieldSpec.of("organization", "Organization", TEXT),
                    FieldSpec.of("position", "Position", TEXT),
                    FieldSpec.of("url", "Website", URL, "website"),
                    FieldSpec.of("startDate", "Start", DATE),
                    FieldSpec.of("endDate", "End", DATE),
                    FieldSpec.of("summary", "Summary", MULTILINE),
                    FieldSpec.of("highlights", "Highlights", STRING_LIST)),
                    "organization", "position"),
            new SectionSpec("languages", "Languages", true, List.of(
                    FieldSpec.of("language", "Language", TEXT),
                    FieldSpec.of("fluency", "Fluency", TEXT)),
                    "language", "fluency"),
            new SectionSpec("interests", "Interests", true, List.of(
                    FieldSpec.of("name", "Name", TEXT),
                    FieldSpec.of("keywords", "Keywords", STRING_LIST)),
                    "name", "keywords"),
            new SectionSpec("references", "References", true, List.of(
                    FieldSpec.of("name", "Name", TEXT),
                    FieldSpec.of("reference", "Reference", MULTILINE)),
                    "name", null));

    private static final List<SectionSpec> ALL = concat();

    private SectionCatalogue() {
    }

    private static List<SectionSpec> concat() {
        var all = new java.util.ArrayList<SectionSpec>();
        all.add(BASICS);
        all.addAll(LIST_SECTIONS);
        return List.copyOf(all);
    }

    /** basics followed by the twelve list sections in default output order. */
    public static List<SectionSpec> all() {
        return ALL;
    }

    /** The list sections (everything but basics) in default output order. */
    public static List<SectionSpec> listSections() {
        return LIST_SECTIONS;
    }

    public static Optional<SectionSpec> find(String key) {
        return ALL.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public static List<String> defaultOrder() {
        return LIST_SECTIONS.stream().map(SectionSpec::key).toList();
    }
}
