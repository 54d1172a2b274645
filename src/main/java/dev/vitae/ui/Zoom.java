package dev.vitae.ui;

/**
 * How big the preview pages are: fitted to the pane's width, a whole page in view, or a fixed percentage of
 * actual size (100% is the page at 96 pixels per inch).
 */
record Zoom(Mode mode, int percent) {

    enum Mode { FIT_WIDTH, FIT_PAGE, PERCENT }

    static final int[] STEPS = {50, 75, 100, 125, 150, 200};
    static final Zoom FIT_WIDTH = new Zoom(Mode.FIT_WIDTH, 100);
    static final Zoom FIT_PAGE = new Zoom(Mode.FIT_PAGE, 100);

    static Zoom percent(int percent) {
        return new Zoom(Mode.PERCENT, Math.max(STEPS[0], Math.min(STEPS[STEPS.length - 1], percent)));
    }

    /** The width in pixels at which to show a page, given the room the pane has. */
    double pageWidthPx(double pageWidthPt, double pageHeightPt, double roomWidth, double roomHeight) {
        return switch (mode) {
            case FIT_WIDTH -> Math.max(100, roomWidth);
            case FIT_PAGE -> Math.max(100, Math.min(roomWidth, roomHeight * pageWidthPt / pageHeightPt));
            case PERCENT -> pageWidthPt / 72.0 * 96.0 * percent / 100.0;
        };
    }

    /** The next step up from what is shown now, {@code shownPercent} of actual size (fit modes vary). */
    static Zoom in(double shownPercent) {
        for (int step : STEPS) {
            if (step > shownPercent + 0.5) {
                return percent(step);
            }
        }
        return percent(STEPS[STEPS.length - 1]);
    }

    static Zoom out(double shownPercent) {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < shownPercent - 0.5) {
                return percent(STEPS[i]);
            }
        }
        return percent(STEPS[0]);
    }

    String label() {
        return switch (mode) {
            case FIT_WIDTH -> "Fit width";
            case FIT_PAGE -> "Fit page";
            case PERCENT -> percent + "%";
        };
    }
}
