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

/**
 * Long résumés: no section heading alone at the bottom of a page, no entry split across pages, sections that
 * start on a new page, numbered pages; in every theme.
 */
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

    /**
     * The long CV (25 jobs, 40 publications; ten pages and more in academic) in each theme, read page by page: each job's
     * dates and its last highlight, and each publication's title and summary, are on one page, and no page ends
     * with a section heading.
     */
    @ParameterizedTest
    @ValueSource(strings = {"classic", "modern", "academic", "compact"})
    void aLongCvNeverSplitsAnEntry(String theme) throws Exception {
        int jobs = 25;
        int publications = 40;
        Document doc = Rendering.withSettings(dev.vitae.LongCv.build(jobs, publications), v -> v.put("theme", theme));
        RenderedPdf pdf = Rendering.RENDERER.pdf(doc, null);
        if (theme.equals("academic")) {
            assertTrue(pdf.pageCount() >= 10, "a ten-page academic CV: " + pdf.pageCount());
        }
        List<String> pages = pageTexts(pdf.bytes());
        ViewModel vm = Rendering.RENDERER.viewModel(doc, null);
        for (ViewModel.Section section : vm.sections()) {
            for (ViewModel.Entry e : section.entries()) {
                List<String> marks = new java.util.ArrayList<>();
                if (!e.roles().isEmpty()) {
                    ViewModel.Role last = e.roles().get(e.roles().size() - 1);
                    marks.add(e.roles().get(0).dates());
                    marks.add(ShownStrings.html(last.highlights().get(last.highlights().size() - 1)));
                } else if (section.key().equals("publications")) {
                    marks.add(e.title());
                    marks.add(ShownStrings.html(e.summaryHtml()));
                }
                if (marks.isEmpty()) {
                    continue;
                }
                List<Integer> on = marks.stream().map(m -> pageOf(pages, m)).toList();
                assertEquals(1, on.stream().distinct().count(), theme + ": " + e.title() + " split over pages " + on);
            }
        }
        for (int page = 0; page < pages.size() - 1; page++) {
            List<String> lines = pages.get(page).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.matches("\\d+ / \\d+")).toList();
            String last = lines.get(lines.size() - 1);
            assertFalse(vm.sections().stream().anyMatch(s -> s.heading().equals(last)),
                    theme + ": page " + (page + 1) + " ends with the heading " + last);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "modern", "academic", "compact"})
    void aSectionCanStartOnANewPage(String theme) throws Exception {
        Document doc = Rendering.withSettings(longResume(2, 0), v -> {
            v.put("theme", theme);
            v.putArray("newPage").add("/education");
        });
        RenderedPdf pdf = Rendering.RENDERER.pdf(doc, null);
        assertEquals(2, pdf.pageCount());
        assertTrue(pageTexts(pdf.bytes()).get(1).strip().startsWith("Education"), "education opens page 2");
    }

    /**
     * The page (0-based) whose text holds {@code text}, ignoring line breaks and spacing; a text ending in a
     * number must not go on with another digit ("Part 1" is not "Part 12").
     */
    private static int pageOf(List<String> pages, String text) {
        String squeezed = Rendering.squeeze(text);
        java.util.regex.Pattern wanted = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(squeezed)
                + (Character.isDigit(squeezed.charAt(squeezed.length() - 1)) ? "(?!\\d)" : ""));
        for (int i = 0; i < pages.size(); i++) {
            if (wanted.matcher(Rendering.squeeze(pages.get(i))).find()) {
                return i;
            }
        }
        throw new AssertionError("\"" + text + "\" is on no page");
    }

    private static List<String> pageTexts(byte[] pdf) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                out.add(stripper.getText(doc));
            }
        }
        return out;
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
