package dev.vitae.render;

import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExportTest {

    private static final Pattern HREF_OR_SRC = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @Test
    void isOneSelfContainedFileThatPrints() {
        String html = Rendering.RENDERER.html(Rendering.sample(), null);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<style>"), "CSS inline");
        assertFalse(html.contains("<link"), "no external stylesheet");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("@import") || html.contains("url("), "no fetched resource in CSS");
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("\"Liberation Serif\", \"Times New Roman\""), "a system-font stack");
        Matcher m = HREF_OR_SRC.matcher(html);
        int links = 0;
        while (m.find()) {
            links++;
            assertTrue(SafeLinks.allowed(m.group(1)), m.group(1));
        }
        assertTrue(links >= 6, "links stay clickable");
        assertTrue(html.contains("<a href=\"mailto:zoe.castaneda@example.com\""));
        assertTrue(html.contains("<title>Zoë Castañeda-Lindqvist — Résumé</title>"));
        assertFalse(html.contains("/*"), "the themes' notes for theme writers are not in the page");
        assertTrue(html.contains("content: \"\\2022\""), "strings in the stylesheet are kept");
    }

    @Test
    void pdfInputUsesOnlyEmbeddedFontsWhileHtmlUsesSystemFallbacks() {
        Document doc = Rendering.sample();
        String xhtml = Rendering.RENDERER.xhtml(doc, null);
        assertFalse(xhtml.contains("Times New Roman"));
        assertFalse(xhtml.contains("@media screen"));
        String html = Rendering.RENDERER.html(doc, null);
        assertEquals(Rendering.RENDERER.viewModel(doc, null).title(), html.replaceAll("(?s).*<title>(.*?)</title>.*", "$1"));
    }
}
