package dev.vitae.ui;

import dev.vitae.cli.CliRun;
import dev.vitae.render.PageImages;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export → PDF… and HTML… write what the command line writes for the same document. */
@ExtendWith(ApplicationExtension.class)
class ExportFromMenuTest {

    private final WindowFixture fx = WindowFixture.withSample();

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    private Path exportFromMenu(FxRobot robot, String item, Path target) throws Exception {
        fx.prompts.answer(target);
        robot.clickOn("#menu-export").clickOn(item);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(target));
        WaitForAsyncUtils.waitForFxEvents();
        return target;
    }

    private Path exportFromCommandLine(Path target) {
        CliRun run = CliRun.of("export", fx.file.toString(), "-o", target.toString());
        assertEquals(0, run.code(), run.err());
        return target;
    }

    @Test
    void pdfFromTheMenuMatchesTheCommandLine(FxRobot robot) throws Exception {
        Path menu = exportFromMenu(robot, "PDF…", fx.dir.resolve("menu.pdf"));
        Path cli = exportFromCommandLine(fx.dir.resolve("cli.pdf"));
        byte[] a = Files.readAllBytes(menu);
        byte[] b = Files.readAllBytes(cli);
        assertEquals(text(a), text(b), "same text");
        List<BufferedImage> pagesA = PageImages.render(a, 50);
        List<BufferedImage> pagesB = PageImages.render(b, 50);
        assertEquals(pagesB.size(), pagesA.size(), "same pages");
        for (int i = 0; i < pagesA.size(); i++) {
            assertArrayEquals(pixels(pagesB.get(i)), pixels(pagesA.get(i)), "page " + (i + 1) + " looks the same");
        }
        assertTrue(text(a).contains("Zoë Castañeda-Lindqvist"));
    }

    @Test
    void htmlFromTheMenuMatchesTheCommandLine(FxRobot robot) throws Exception {
        Path menu = exportFromMenu(robot, "HTML…", fx.dir.resolve("menu.html"));
        Path cli = exportFromCommandLine(fx.dir.resolve("cli.html"));
        assertEquals(Files.readString(cli), Files.readString(menu));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
