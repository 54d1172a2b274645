package dev.vitae.render;

import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where on its pages a render drew each part of the résumé that the theme marks with {@code data-pointer} (an
 * entry, a role, a section, the header): so that a click on a page of the preview can open what it shows in the
 * form. Places are in fractions of the page from its top left corner, whatever the resolution it is drawn at.
 * A part split over a page break has a place on each page.
 */
public final class PagePlaces {

    /** The attribute a theme marks a part with; its value is the JSON pointer of what the part shows. */
    static final String ATTRIBUTE = "data-pointer";

    public static final PagePlaces NONE = new PagePlaces(List.of());

    /** One part on one page (0-based), as fractions of the page's width and height. */
    public record Place(int page, double left, double top, double right, double bottom, String pointer) {

        boolean contains(int onPage, double x, double y) {
            return page == onPage && x >= left && x < right && y >= top && y < bottom;
        }

        double area() {
            return (right - left) * (bottom - top);
        }
    }

    private final List<Place> places;

    PagePlaces(List<Place> places) {
        this.places = List.copyOf(places);
    }

    public List<Place> places() {
        return places;
    }

    /** The smallest part drawn at {@code (x, y)} on page {@code page}, in fractions of the page. */
    public Optional<Place> placeAt(int page, double x, double y) {
        Place best = null;
        for (Place p : places) {
            if (p.contains(page, x, y) && (best == null || p.area() < best.area())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where {@code pointer}'s part starts: its place on the first page it is on. */
    public Optional<Place> first(String pointer) {
        return places.stream().filter(p -> p.pointer().equals(pointer)).findFirst();
    }

    /** The places of a laid-out document; call on the thread that laid it out. */
    static PagePlaces of(PdfBoxRenderer renderer) {
        CssContext c = renderer.getSharedContext().newLayoutContextInstance();
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        List<Place> out = new ArrayList<>();
        collect(renderer.getRootBox(), c, pages, out);
        return new PagePlaces(out);
    }

    private static void collect(Box box, CssContext c, List<PageBox> pages, List<Place> out) {
        if (box instanceof LineBox line) {
            // themes mark blocks, and the text of a line holds none; but a float (the sidebar of a right-to-left
            // page) hangs off the line it was placed from
            for (Box floated : line.getNonFlowContent()) {
                collect(floated, c, pages, out);
            }
            return;
        }
        String pointer = box.getElement() == null ? "" : box.getElement().getAttribute(ATTRIBUTE);
        if (!pointer.isEmpty()) {
            Rectangle r = box.getPaintingBorderEdge(c);
            for (int i = 0; i < pages.size(); i++) {
                PageBox page = pages.get(i);
                int top = Math.max(r.y, page.getTop());
                int bottom = Math.min(r.y + r.height, page.getBottom());
                if (top < bottom) {
                    double width = page.getWidth(c);
                    double height = page.getHeight(c);
                    int offsetX = page.getMarginBorderPadding(c, CalculatedStyle.LEFT);
                    int offsetY = page.getMarginBorderPadding(c, CalculatedStyle.TOP) - page.getTop();
                    out.add(new Place(i, (r.x + offsetX) / width, (top + offsetY) / height,
                            (r.x + r.width + offsetX) / width, (bottom + offsetY) / height, pointer));
                }
            }
        }
        for (Box child : box.getChildren()) {
            collect(child, c, pages, out);
        }
    }
}
