package dev.vitae.ui;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/** An image's pixels as ARGB, for comparing two renders pixel for pixel. */
final class Pixels {

    private Pixels() {
    }

    static int[] argb(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] out = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }
}
