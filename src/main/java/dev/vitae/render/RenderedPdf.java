package dev.vitae.render;

/** A finished PDF: its bytes and how many pages it has. */
public record RenderedPdf(byte[] bytes, int pageCount) {
}
