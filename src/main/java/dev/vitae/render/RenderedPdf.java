package dev.vitae.render;

import java.util.List;

/**
 * A finished PDF: its bytes, how many pages it has, and what the reader should know about it (characters no
 * font could show, with what to install), as sentences for the user.
 */
public record RenderedPdf(byte[] bytes, int pageCount, List<String> warnings) {

    public RenderedPdf {
        warnings = List.copyOf(warnings);
    }

    public RenderedPdf(byte[] bytes, int pageCount) {
        this(bytes, pageCount, List.of());
    }
}
