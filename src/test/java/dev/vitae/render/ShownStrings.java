package dev.vitae.render;

import java.util.ArrayList;
import java.util.List;

/** Every string the classic theme shows for a view model, in the order it shows them. */
final class ShownStrings {

    private ShownStrings() {
    }

    static List<String> of(ViewModel vm) {
        List<String> out = new ArrayList<>();
        ViewModel.Header h = vm.basics();
        add(out, h.name());
        add(out, h.label());
        h.contacts().forEach(c -> add(out, c.text()));
        add(out, html(h.summaryHtml()));
        for (ViewModel.Section s : vm.sections()) {
            add(out, s.heading());
            for (ViewModel.Entry e : s.entries()) {
                entry(out, s.key(), e);
            }
        }
        return out;
    }

    private static void entry(List<String> out, String key, ViewModel.Entry e) {
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
                add(out, e.title());
                add(out, e.keywords());
                add(out, e.dates());
                add(out, e.subtitle());
                add(out, html(e.summaryHtml()));
                e.highlights().forEach(x -> add(out, html(x)));
            }
            default -> {
                add(out, e.title());
                add(out, e.description());
                add(out, e.location());
                add(out, e.subtitle());
                add(out, e.dates());
                add(out, html(e.summaryHtml()));
                e.details().forEach(d -> {
                    add(out, d.label());
                    add(out, d.text());
                });
                for (ViewModel.Role r : e.roles()) {
                    add(out, r.position());
                    add(out, r.location());
                    add(out, r.dates());
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
