package dev.vitae.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import java.io.IOException;

/**
 * Gives every link annotation a {@code /Contents} text, which PDF/UA requires (rule 7.18.5-2) and openhtmltopdf
 * does not write: the address as a reader would say it ({@code github.com/name}, {@code name@example.com}).
 */
final class LinkContents {

    private LinkContents() {
    }

    static void apply(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && (link.getContents() == null || link.getContents().isBlank())) {
                    String text = link.getAction() instanceof PDActionURI uri && uri.getURI() != null
                            ? SafeLinks.display(uri.getURI()) : "Link";
                    link.setContents(text.isBlank() ? "Link" : text);
                }
            }
        }
    }
}
