package dev.vitae.ui;

import dev.vitae.render.PagePlaces;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The right column: the PDF's pages as images, with visible page boundaries, zoom (fit width, fit page,
 * 50–200%) and the page count. A new render swaps the images in place, so the scroll position stays; a
 * failed render shows its message over the last good pages. Only the pages in view and one either side hold
 * images ({@link #drawnPagesProperty}); the others are empty sheets of the same size, drawn when they come
 * into view, so a long résumé costs a few pages' memory rather than all of them. A click on a part of a page (an
 * entry, a section, the header) tells {@link #setOnPartClicked} which part of the résumé it shows.
 */
final class PreviewPane {

    private static final double GAP = 16;
    /** A change of size smaller than this keeps the pages drawn so far, scaled. */
    private static final double RESIZE_SLACK = 0.08;
    private static final String DPI_PREFERENCE = "preview.dpi";

    private final BorderPane root = new BorderPane();
    private final VBox pages = new VBox(GAP);
    private final ScrollPane scroll = new ScrollPane(pages);
    private final Label error = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(this, "zoom", Zoom.FIT_WIDTH);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    /** 0 until a resolution is expected ({@link #expectDpi}) or the pane is laid out and knows its width. */
    private final ReadOnlyDoubleWrapper wantedDpi = new ReadOnlyDoubleWrapper(this, "wantedDpi", 0);
    private final DoubleProperty outputScale = new SimpleDoubleProperty(this, "outputScale", 1);
    private final ReadOnlyObjectWrapper<PageRange> drawnPages = new ReadOnlyObjectWrapper<>(this, "drawnPages", PageRange.FIRST_PAGE);
    private final List<PageSheet> sheets = new ArrayList<>();
    private final ComboBox<String> zoomBox = new ComboBox<>();
    private final ToggleButton fitWidth = new ToggleButton("Fit width");
    private final ToggleButton fitPage = new ToggleButton("Fit page");
    private PreviewPages shown;
    private double pageWidthPt = 595.28;
    private double pageHeightPt = 841.89;
    /** A page's height over its width, as its image has it. */
    private double pageAspect = pageHeightPt / pageWidthPt;
    /** How tall each page is shown now, in pixels; 0 before the first layout. */
    private double pageHeight;
    private boolean syncingZoomControls;
    private Consumer<String> onPartClicked = pointer -> { };

    PreviewPane() {
        root.setId("preview");
        root.getStyleClass().add("preview");
        pages.getStyleClass().add("preview-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(GAP));
        scroll.setId("preview-scroll");
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.getStyleClass().add("preview-scroll");
        scroll.viewportBoundsProperty().addListener((obs, old, b) -> layoutPages());
        scroll.vvalueProperty().addListener((obs, old, v) -> updateDrawnPages());
        error.setId("preview-error");
        error.getStyleClass().add("preview-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setMaxWidth(Double.MAX_VALUE);
        progress.setMaxSize(48, 48);
        progress.setId("preview-progress");
        StackPane.setAlignment(error, Pos.TOP_CENTER);
        StackPane.setMargin(error, new Insets(8));
        StackPane center = new StackPane(scroll, progress, error);
        root.setTop(toolbar());
        root.setCenter(center);
        zoom.addListener((obs, old, z) -> {
            syncZoomControls();
            layoutPages();
        });
        syncZoomControls();
    }

    private ToolBar toolbar() {
        fitWidth.setId("zoom-fit-width");
        fitPage.setId("zoom-fit-page");
        fitWidth.setOnAction(e -> zoom.set(Zoom.FIT_WIDTH));
        fitPage.setOnAction(e -> zoom.set(Zoom.FIT_PAGE));
        SegmentedButton fit = new SegmentedButton(fitWidth, fitPage);
        fit.setId("zoom-mode");
        Button out = Icons.button("zoom-out", "mdi2m-magnify-minus-outline", "Zoom out");
        out.setOnAction(e -> zoomOut());
        Button in = Icons.button("zoom-in", "mdi2m-magnify-plus-outline", "Zoom in");
        in.setOnAction(e -> zoomIn());
        for (int step : Zoom.STEPS) {
            zoomBox.getItems().add(step + "%");
        }
        zoomBox.setId("zoom-level");
        zoomBox.setAccessibleText("Zoom level");
        zoomBox.setPrefWidth(110);
        zoomBox.valueProperty().addListener((obs, old, value) -> {
            if (!syncingZoomControls && value != null && value.endsWith("%")) {
                zoom.set(Zoom.percent(Integer.parseInt(value.substring(0, value.length() - 1))));
            }
        });
        ToolBar bar = new ToolBar(fit, out, zoomBox, in);
        bar.getStyleClass().add("preview-tools");
        return bar;
    }

    private void syncZoomControls() {
        syncingZoomControls = true;
        try {
            Zoom z = zoom.get();
            fitWidth.setSelected(z.mode() == Zoom.Mode.FIT_WIDTH);
            fitPage.setSelected(z.mode() == Zoom.Mode.FIT_PAGE);
            // in a fit mode the box shows the size that fit gives (a prompt did not come back once cleared)
            boolean measured = !sheets.isEmpty() && sheets.get(0).width() > 0;
            zoomBox.setValue(z.mode() == Zoom.Mode.PERCENT ? z.percent() + "%"
                    : measured ? Math.round(shownPercent()) + "%" : null);
            zoomBox.setPromptText(z.label());
        } finally {
            syncingZoomControls = false;
        }
    }

    Node node() {
        return root;
    }

    void zoomIn() {
        zoom.set(Zoom.in(shownPercent()));
    }

    void zoomOut() {
        zoom.set(Zoom.out(shownPercent()));
    }

    /** How big the pages are shown now, in percent of actual size. */
    double shownPercent() {
        if (sheets.isEmpty() || sheets.get(0).width() <= 0) {
            return zoom.get().percent();
        }
        return sheets.get(0).width() / (pageWidthPt / 72.0 * 96.0) * 100.0;
    }

    ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /**
     * The pages that should hold images: those in view and one either side. Pages leaving it are emptied at
     * once; the feed asks for those entering it.
     */
    ReadOnlyObjectProperty<PageRange> drawnPagesProperty() {
        return drawnPages.getReadOnlyProperty();
    }

    /** The resolution the pages should be rendered at for the current zoom and display scale; 0 when unknown. */
    ReadOnlyDoubleProperty wantedDpiProperty() {
        return wantedDpi.getReadOnlyProperty();
    }

    DoubleProperty outputScaleProperty() {
        return outputScale;
    }

    /**
     * The resolution the first preview is likely to want, before the window is laid out: what it wanted when
     * the window last closed, else that of the default window size.
     */
    static double expectedDpi(AppPreferences prefs) {
        return prefs.number(DPI_PREFERENCE, 72);
    }

    /** Before the first layout: the resolution to render at until the pane knows its size. */
    void expectDpi(double dpi) {
        if (wantedDpi.get() == 0) {
            wantedDpi.set(dpi);
        }
    }

    /** Remembered for {@link #expectedDpi} when the window closes. */
    void rememberDpi(AppPreferences prefs) {
        if (wantedDpi.get() > 0) {
            prefs.put(DPI_PREFERENCE, wantedDpi.get());
        }
    }

    /** The pages currently shown (holding the images of the drawn pages only), or null before the first render. */
    PreviewPages shown() {
        return shown;
    }

    void show(LatestWins.Outcome<PreviewPages> result) {
        progress.setVisible(false);
        if (result.failed()) {
            error.setText("The preview could not be updated: " + result.error());
            error.setVisible(true);
            return;
        }
        error.setVisible(false);
        PreviewPages p = result.value();
        pageWidthPt = p.pageWidthPt();
        pageHeightPt = p.pageHeightPt();
        pageAspect = (double) p.pageHeightPx() / p.pageWidthPx();
        while (sheets.size() < p.count()) {
            PageSheet sheet = new PageSheet(sheets.size() + 1);
            followClicks(sheet, sheets.size());
            sheets.add(sheet);
            pages.getChildren().add(sheet.node());
        }
        while (sheets.size() > p.count()) {
            sheets.remove(sheets.size() - 1);
            pages.getChildren().remove(pages.getChildren().size() - 1);
        }
        pageCount.set(p.count());
        layoutPages();
        // the pages in view now, which may not be those the render was asked for: the reader may have scrolled
        shown = p.within(drawnPages.get());
        for (int i = 0; i < sheets.size(); i++) {
            sheets.get(i).show(shown.image(i));
            // the part outlined may have moved; the next move of the mouse outlines it again
            sheets.get(i).mark(null);
        }
    }

    /**
     * Scrolls the part of the résumé at {@code pointer} (an entry, a section) into view when the last render drew it
     * somewhere out of view: its top a fifth of the way down the view, so what comes before it shows too.
     */
    void reveal(String pointer) {
        Column column = column();
        if (shown == null || column == null || column.room() <= 0) {
            return;
        }
        shown.places().first(pointer).ifPresent(place -> {
            double partTop = column.pageTop(place.page()) + place.top() * column.pageHeight();
            double partBottom = column.pageTop(place.page()) + place.bottom() * column.pageHeight();
            double top = column.top();
            double view = column.viewHeight();
            boolean inView = partTop >= top && (partBottom <= top + view || partTop < top + view / 2);
            if (!inView) {
                double wanted = Math.max(0, Math.min(column.room(), partTop - view / 5));
                scroll.setVvalue(scroll.getVmin() + wanted / column.room() * (scroll.getVmax() - scroll.getVmin()));
            }
        });
    }

    /** Called with the JSON pointer of the part of the résumé a click on a page landed on. */
    void setOnPartClicked(Consumer<String> handler) {
        onPartClicked = handler;
    }

    private void followClicks(PageSheet sheet, int index) {
        Node node = sheet.node();
        node.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                partAt(sheet, index, e).map(PagePlaces.Place::pointer).ifPresent(onPartClicked);
            }
        });
        node.setOnMouseMoved(e -> {
            Optional<PagePlaces.Place> part = partAt(sheet, index, e);
            node.setCursor(part.isPresent() ? Cursor.HAND : null);
            sheet.mark(part.orElse(null));
        });
        node.setOnMouseExited(e -> sheet.mark(null));
    }

    private Optional<PagePlaces.Place> partAt(PageSheet sheet, int index, MouseEvent e) {
        if (shown == null || sheet.width() <= 0) {
            return Optional.empty();
        }
        return shown.places().placeAt(index, e.getX() / sheet.width(), e.getY() / sheet.height());
    }

    private void layoutPages() {
        double roomWidth = scroll.getViewportBounds().getWidth() - 2 * GAP;
        double roomHeight = scroll.getViewportBounds().getHeight() - 2 * GAP;
        if (roomWidth <= 0 || roomHeight <= 0) {
            return;
        }
        double width = zoom.get().pageWidthPx(pageWidthPt, pageHeightPt, roomWidth, roomHeight);
        pageHeight = width * pageAspect;
        for (PageSheet sheet : sheets) {
            sheet.size(width, pageHeight);
        }
        if (zoom.get().mode() != Zoom.Mode.PERCENT) {
            syncZoomControls();
        }
        // before the resolution, so that a render for a new resolution is asked for the pages then in view
        updateDrawnPages();
        double dpi = width / (pageWidthPt / 72.0) * outputScale.get();
        // re-render only for a real change of size, not for every pixel of a window drag
        if (wantedDpi.get() == 0 || Math.abs(dpi - wantedDpi.get()) / wantedDpi.get() > RESIZE_SLACK) {
            wantedDpi.set(Math.max(1, Math.round(dpi)));
        }
    }

    /** The column of pages as laid out, in pixels, and the part of it in view. */
    private record Column(double pageHeight, double gap, double viewHeight, double room, double top) {

        /** Where page {@code index} (0-based) starts in the column. */
        double pageTop(int index) {
            return gap + index * (pageHeight + gap);
        }
    }

    /**
     * The column the way it is laid out (whole pixels, a gap around and between pages), so it holds before the next
     * layout pass: how much of it is out of view ({@code room}), and how far down the view starts. Null before the
     * first layout.
     */
    private Column column() {
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (pageHeight <= 0 || viewHeight <= 0) {
            return null;
        }
        double height = pages.snapSizeY(pageHeight);
        double gap = pages.snapSpaceY(GAP);
        double room = Math.max(0, gap + sheets.size() * (height + gap) - viewHeight);
        double scrolled = (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin());
        return new Column(height, gap, viewHeight, room, room * Math.max(0, Math.min(1, scrolled)));
    }

    /**
     * Works out which pages are in view from the scroll position ({@link #column}); empties the pages that left the
     * range.
     */
    private void updateDrawnPages() {
        Column column = column();
        if (column == null) {
            return;
        }
        int count = sheets.size();
        PageRange range = PageRange.inView(column.top(), column.viewHeight(), column.pageHeight(), column.gap(), count);
        if (range.equals(drawnPages.get())) {
            return;
        }
        for (int i = 0; i < count; i++) {
            if (!range.contains(i)) {
                sheets.get(i).show(null);
            }
        }
        if (shown != null) {
            shown = shown.within(range);
        }
        drawnPages.set(range);
    }
}
