package dev.vitae.render;

import dev.vitae.LongCv;
import dev.vitae.model.Document;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview knows where on its pages each part of the résumé is: a point on the text of an entry leads to that
 * entry (or the role in it), in every built-in theme, on whichever page the entry fell.
 */
class PagePlacesTest {

    static Stream<String> themes() {
        return ThemeCatalog.BUILT_IN.stream();
    }

    @ParameterizedTest
    @MethodSource("themes")
    void thePointOnAnEntrysTextLeadsToThatEntry(String theme) throws IOException {
        Document doc = Rendering.withSettings(Rendering.sample(), v -> v.put("theme", theme));
        PagePlaces places;
        try (PreviewPdf preview = Rendering.RENDERER.preview(doc, null, 1)) {
            places = preview.places();
        }
        byte[] pdf = Rendering.pdf(doc).bytes();
        double[] employer = where(pdf, 0, "Fjällräv Analytics");
        assertEquals(Optional.of("/work/2"), pointerAt(places, 0, employer[0], employer[1]));
        double[] role = where(pdf, 0, "Senior Software Engineer", 1); // the header's label says it first
        assertEquals(Optional.of("/work/1"), pointerAt(places, 0, role[0], role[1]), "a role at an employer of several");
        double[] name = where(pdf, 0, doc.at("/basics/name").asText());
        assertEquals(Optional.of("/basics"), pointerAt(places, 0, name[0], name[1]));
        double[] heading = where(pdf, 0, "Education");
        assertEquals(Optional.of("/education"), pointerAt(places, 0, heading[0], heading[1]), "a section's heading");
        for (PagePlaces.Place p : places.places()) {
            assertTrue(p.left() >= 0 && p.right() <= 1 && p.top() >= 0 && p.bottom() <= 1 && p.left() < p.right()
                    && p.top() < p.bottom(), theme + ": " + p);
        }
    }

    @Test
    void placesHoldOnAPageLaidOutRightToLeftWithItsSidebarFloated() throws IOException {
        Document doc = Rendering.withSettings(ScriptsTest.resource("ar"), v -> v.put("theme", "modern"));
        PagePlaces places;
        try (PreviewPdf preview = Rendering.RENDERER.preview(doc, null, 1)) {
            places = preview.places();
        }
        byte[] pdf = Rendering.pdf(doc).bytes();
        double[] skills = where(pdf, 0, "Kubernetes");
        assertEquals(Optional.of("/skills/1"), pointerAt(places, 0, skills[0], skills[1]), "a skill in the sidebar, floated right");
        double[] kafka = where(pdf, 0, "Kafka", 1); // the skills name it first
        assertEquals(Optional.of("/work/0"), pointerAt(places, 0, kafka[0], kafka[1]), "a word in the first job's highlight");
    }

    @Test
    void eachPageOfALongCvHasItsEntriesAndAnEntrySplitByAPageBreakIsOnBoth() throws IOException {
        Document doc = Rendering.withSettings(LongCv.build(25, 40), v -> v.put("theme", "classic"));
        PagePlaces places;
        int pages;
        try (PreviewPdf preview = Rendering.RENDERER.preview(doc, null, 1)) {
            places = preview.places();
            pages = preview.pageCount();
        }
        for (int page = 0; page < pages; page++) {
            int onPage = page;
            assertTrue(places.places().stream().anyMatch(p -> p.page() == onPage && p.pointer().matches("/\\w+/\\d+")),
                    "page " + (page + 1) + " has entries");
        }
        byte[] pdf = Rendering.pdf(doc).bytes();
        String lastTitle = doc.at("/publications/39/name").asText();
        double[] last = where(pdf, pages - 1, lastTitle);
        assertEquals(Optional.of("/publications/39"), pointerAt(places, pages - 1, last[0], last[1]));
        List<String> sections = places.places().stream().map(PagePlaces.Place::pointer).filter(p -> p.equals("/work")).toList();
        assertTrue(sections.size() >= 2, "the work section runs over pages: " + sections.size());
    }

    private static Optional<String> pointerAt(PagePlaces places, int page, double x, double y) {
        return places.placeAt(page, x, y).map(PagePlaces.Place::pointer);
    }

    /** The middle of the first character of {@code text} on page {@code page}, in fractions of the page. */
    private static double[] where(byte[] pdf, int page, String text) throws IOException {
        return where(pdf, page, text, 0);
    }

    /** As above, for the {@code skipped}+1st line that has {@code text}. */
    private static double[] where(byte[] pdf, int page, String text, int skipped) throws IOException {
        List<double[]> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float width = doc.getPage(page).getMediaBox().getWidth();
            float height = doc.getPage(page).getMediaBox().getHeight();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    int at = string.indexOf(text);
                    if (at >= 0) {
                        TextPosition first = positions.get(at);
                        found.add(new double[] {(first.getXDirAdj() + first.getWidthDirAdj() / 2) / width,
                                (first.getYDirAdj() - first.getHeightDir() / 2) / height});
                    }
                }
            };
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            stripper.getText(doc);
        }
        assertTrue(found.size() > skipped, "\"" + text + "\" on page " + (page + 1));
        return found.get(skipped);
    }
}
