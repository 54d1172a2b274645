package dev.vitae.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Document;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever a field holds shows up as text, never as markup, and the output links only to allowed schemes.
 * Plain fields take any character; Markdown fields take any character but Markdown's own punctuation.
 */
class OutputSafetyPropertiesTest {

    private static final Pattern HREF_OR_SRC = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.strings()
                .withChars("<>&\"'`=/\\;:#()[]*_!{}%@.")
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars("äöüßéèçñåøæÅÉ").withChars("αβγδΩ").withChars("абвгдЖ").withChars(' ')
                .ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank())
                .edgeCases(c -> c.add("<script>alert(1)</script>").add("javascript:alert(1)").add("<img src=x>")
                        .add("&amp;&lt;").add("{{name}}").add("]]>").add("<![CDATA[x]]>"));
    }

    @Provide
    Arbitrary<String> prose() {
        return hostile().map(s -> s.replaceAll("[\\\\`*_\\[\\]!&<]", "x"));
    }

    @Property(tries = 200)
    void plainFieldsAreTextInHtml(@ForAll("hostile") String value) {
        Document doc = document(value, "plain summary");
        String html = Rendering.RENDERER.html(doc, null);
        assertTrue(html.contains("<h1 class=\"name\">" + mustacheEscape(value.strip()) + "</h1>"), html);
        assertTrue(html.contains("<em class=\"position\">" + mustacheEscape(value.strip()) + "</em>"), html);
        assertLinksAllowed(html);
    }

    @Property(tries = 25)
    void plainAndMarkdownFieldsAreTextInThePdf(@ForAll("hostile") String plain, @ForAll("prose") String prose) {
        Document doc = document(plain, prose);
        RenderedPdf pdf = Rendering.RENDERER.pdf(doc, null);
        String text = Rendering.squeeze(Rendering.text(pdf.bytes()));
        assertTrue(text.contains(Rendering.squeeze(plain)), "plain field: " + plain + " in " + text);
        assertTrue(text.contains(Rendering.squeeze(prose)), "markdown field: " + prose + " in " + text);
        assertLinksAllowed(Rendering.RENDERER.xhtml(doc, null));
    }

    @Property(tries = 200)
    void markdownFieldsAreTextInHtml(@ForAll("prose") String prose) {
        String html = Rendering.RENDERER.html(document("Name", prose), null);
        String escaped = Xml.escape(prose.strip());
        assertTrue(html.contains("<p class=\"summary\" data-pointer=\"/basics\">" + escaped + "</p>"), prose);
        assertTrue(html.contains("<span class=\"item\">" + escaped + "</span>"), prose);
        assertLinksAllowed(html);
    }

    private static Document document(String plain, String prose) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode basics = root.putObject("basics");
        basics.put("name", plain).put("label", plain).put("url", plain).put("summary", prose);
        basics.putArray("profiles").addObject().put("network", plain).put("url", plain);
        ObjectNode job = root.putArray("work").addObject();
        job.put("name", plain).put("position", plain).put("location", plain).put("url", plain).put("startDate", plain);
        job.putArray("highlights").add(prose);
        root.putArray("skills").addObject().put("name", plain).putArray("keywords").add(plain);
        return Document.of(root);
    }

    /** jmustache's HTML escaping, which also escapes ` and =. */
    private static String mustacheEscape(String s) {
        return s.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;").replace("<", "&lt;")
                .replace(">", "&gt;").replace("`", "&#x60;").replace("=", "&#x3D;");
    }

    private static void assertLinksAllowed(String html) {
        Matcher m = HREF_OR_SRC.matcher(html);
        while (m.find()) {
            assertTrue(SafeLinks.allowed(m.group(1)), "link " + m.group(1));
        }
    }
}
