package dev.vitae.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every string a built-in theme shows for a view model, in the order it shows them. The themes agree on the
 * order inside an entry, except that {@code academic} puts dates first (a year column); {@code modern} shows
 * its sidebar (contacts, skills, languages, interests) before the summary and the main column.
 */
final class ShownStrings {

    private static final Set<String> SIDEBAR = Set.of("skills", "languages", "interests");

    private ShownStrings() {
    }

    /** The order of the classic theme. */
    static List<String> of(ViewModel vm) {
        return of(vm, "classic");
    }

    static List<String> of(ViewModel vm, String theme) {
        boolean sidebar = theme.equals("modern") && !Boolean.FALSE.equals(vm.options().get("sidebar"));
        boolean datesFirst = theme.equals("academic");
        List<String> out = new ArrayList<>();
        ViewModel.Header h = vm.basics();
        add(out, h.name());
        add(out, h.label());
        h.contacts().forEach(c -> add(out, c.text()));
        if (sidebar) {
            vm.sections().stream().filter(s -> SIDEBAR.contains(s.key())).forEach(s -> section(out, s, false));
        }
        add(out, html(h.summaryHtml()));
        for (ViewModel.Section s : vm.sections()) {
            if (!(sidebar && SIDEBAR.contains(s.key()))) {
                section(out, s, datesFirst);
            }
        }
        return out;
    }

    private static void section(List<String> out, ViewModel.Section s, boolean datesFirst) {
        add(out, s.heading());
        for (ViewModel.Entry e : s.entries()) {
            entry(out, s.key(), e, datesFirst);
        }
    }

    private static void entry(List<String> out, String key, ViewModel.Entry e, boolean datesFirst) {
        switch (key) {
            case "references" -> {
                add(out, html(e.summaryHtml()));
                add(out, e.title());
            }
            case "skills", "interests", "languages" -> {
                add(out, e.title());
                add(out, e.subtitle());
                add(out, e.keywords());
            }
            case "projects" -> {
                if (datesFirst) {
                    add(out, e.dates());
                }
                add(out, e.title());
                add(out, e.keywords());
                if (!datesFirst) {
                    add(out, e.dates());
                }
                add(out, e.subtitle());
                add(out, html(e.summaryHtml()));
                e.highlights().forEach(x -> add(out, html(x)));
            }
            case "publications" -> {
                add(out, e.title());
                add(out, e.subtitle());
                add(out, e.dates());
                add(out, html(e.summaryHtml()));
            }
            default -> {
                if (datesFirst) {
                    add(out, e.dates());
                }
                add(out, e.title());
                add(out, e.description());
                add(out, e.location());
                add(out, e.subtitle());
                if (!datesFirst) {
                    add(out, e.dates());
                }
                add(out, html(e.summaryHtml()));
                e.details().forEach(d -> {
                    add(out, d.label());
                    add(out, d.text());
                });
                for (ViewModel.Role r : e.roles()) {
                    if (datesFirst) {
                        add(out, r.dates());
                    }
                    add(out, r.position());
                    add(out, r.location());
                    if (!datesFirst) {
                        add(out, r.dates());
                    }
                    add(out, html(r.summaryHtml()));
                    r.highlights().forEach(x -> add(out, html(x)));
                }
            }
        }
    }

    /** The text of inline XHTML as the page shows it. */
    static String html(String html) {
        return html.replace("<br />", "\n").replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static void add(List<String> out, String s) {
        if (s != null && !s.isBlank()) {
            out.add(s);
        }
    }
}
