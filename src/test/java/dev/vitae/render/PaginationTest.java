package dev.vitae.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Document;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Long résumés: no section heading alone at the bottom of a page, numbered pages. */
class PaginationTest {

    private static final Set<String> HEADINGS = Set.of("Experience", "Projects", "Education", "Skills", "Awards");

    /** Each extra summary line moves everything below it down by one line, so headings meet every position. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17})
    void noHeadingEndsAPage(int summaryLines) throws Exception {
        RenderedPdf pdf = Rendering.RENDERER.pdf(longResume(10, summaryLines), null);
        assertTrue(pdf.pageCount() >= 2);
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            for (int page = 1; page < doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = Arrays.stream(stripper.getText(doc).split("\\R")).map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.matches("\\d+ / \\d+")).toList();
                String last = lines.get(lines.size() - 1);
                assertFalse(HEADINGS.contains(last), "page " + page + " ends with the heading " + last);
            }
            PDFTextStripper all = new PDFTextStripper();
            all.setSortByPosition(true);
            String text = all.getText(doc);
            assertTrue(text.contains("1 / " + pdf.pageCount()), "page numbers on multi-page output");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void pageNumbersFollowTheSetting(boolean numbers) {
        Document doc = Rendering.withSettings(longResume(14, 0), v -> v.put("pageNumbers", numbers));
        RenderedPdf pdf = Rendering.RENDERER.pdf(doc, null);
        assertEquals(numbers, Rendering.text(pdf.bytes()).contains("1 / " + pdf.pageCount()));
    }

    static Document longResume(int jobs, int summaryLines) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.putObject("basics").put("name", "Long Career").put("label", "Engineer")
                .put("summary", "Line of summary.\n\n".repeat(summaryLines).strip());
        ArrayNode work = root.putArray("work");
        for (int i = 0; i < jobs; i++) {
            ObjectNode job = work.addObject().put("name", "Employer " + i).put("position", "Engineer " + i)
                    .put("startDate", (2020 - i) + "-01").put("endDate", (2020 - i) + "-12");
            job.putArray("highlights").add("Built and ran a service that many people used every day, for years.")
                    .add("Improved the reliability of the deployment pipeline and wrote its documentation.")
                    .add("Mentored new colleagues and reviewed their designs with care.");
        }
        ArrayNode projects = root.putArray("projects");
        for (int i = 0; i < 4; i++) {
            projects.addObject().put("name", "Project " + i).put("description", "A tool that does one thing well.");
        }
        ArrayNode edu = root.putArray("education");
        edu.addObject().put("institution", "University").put("studyType", "B.Sc.").put("area", "Physics");
        root.putArray("skills").addObject().put("name", "Languages").putArray("keywords").add("Java").add("Go");
        root.putArray("awards").addObject().put("title", "Best Paper").put("date", "2019");
        return Document.of(root);
    }
}
