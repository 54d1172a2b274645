package dev.vitae.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import dev.vitae.model.Document;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rendering reads nothing but the photo in the résumé's own folder: no network, no other file. */
class ResourceAccessTest {

    @Test
    void aWebPhotoIsNotFetched() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            String url = "http://127.0.0.1:" + server.socket().getLocalPort() + "/photo.png";
            Document doc = Rendering.json("{\"basics\": {\"name\": \"A\", \"image\": \"" + url + "\","
                    + " \"summary\": \"![me](" + url + ") <img src='" + url + "'/>\"}}");
            byte[] pdf = Rendering.RENDERER.pdf(doc, null).bytes();
            Rendering.RENDERER.html(doc, null);
            // a connection attempt would be waiting in the accept queue by now
            assertNull(server.accept(), "the renderer connected to " + url);
            assertEquals(0, images(pdf));
        }
    }

    @Test
    void filesOutsideTheResumeFolderAreNotRead(@TempDir Path dir) throws Exception {
        Path resumeDir = Files.createDirectory(dir.resolve("cv"));
        writePng(dir.resolve("outside.png"));
        for (String image : new String[]{"file:///etc/passwd", "/etc/passwd", "../outside.png",
                dir.resolve("outside.png").toString(), "file://" + dir.resolve("outside.png")}) {
            Document doc = Rendering.json("{\"basics\": {\"name\": \"A\", \"image\": \"" + image + "\"}}");
            assertEquals(0, images(Rendering.RENDERER.pdf(doc, resumeDir).bytes()), image);
            String xhtml = Rendering.RENDERER.xhtml(doc, resumeDir);
            assertFalse(xhtml.contains("<img"), image);
        }
    }

    @Test
    void aPhotoInTheResumeFolderIsShownWithAltText(@TempDir Path dir) throws Exception {
        writePng(dir.resolve("me.png"));
        Document doc = Rendering.json("{\"basics\": {\"name\": \"Ana Ruiz\", \"image\": \"me.png\"}}");
        assertEquals(1, images(Rendering.RENDERER.pdf(doc, dir).bytes()));
        String html = Rendering.RENDERER.html(doc, dir);
        assertTrue(html.contains("src=\"data:image/png;base64,"), "the HTML export carries the photo inline");
        assertTrue(html.contains("alt=\"Ana Ruiz\""));
        Document hidden = Rendering.withSettings(doc, v -> v.withArray("/hidden").add("/basics/image"));
        assertEquals(0, images(Rendering.RENDERER.pdf(hidden, dir).bytes()));
    }

    @Test
    void theGuardAllowsOnlyInlineImages() {
        ResourceGuard guard = new ResourceGuard();
        assertTrue(guard.test("data:image/png;base64,iVBORw0KGgo=", ExternalResourceType.IMAGE_RASTER));
        assertFalse(guard.test("data:image/png;base64,iVBORw0KGgo=", ExternalResourceType.CSS));
        for (String uri : new String[]{"http://example.com/a.png", "https://example.com/a.css", "file:///etc/passwd",
                "jar:file:/x.jar!/a.png", "classpath:/dev/vitae/fonts/fonts.json", "data:text/html;base64,PGI+"}) {
            for (ExternalResourceType type : ExternalResourceType.values()) {
                assertFalse(guard.test(uri, type), uri + " as " + type);
            }
            assertNull(guard.resolveURI(null, uri), uri);
        }
    }

    private static void writePng(Path file) throws Exception {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "png", file.toFile());
    }

    private static int images(byte[] pdf) throws Exception {
        int n = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
