package dev.vitae.render;

import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a résumé or a theme can throw at the renderer: photos that cannot be used, themes that are broken,
 * sections of the wrong type, renders that take too long. Each gives a message and the renderer stays usable.
 */
class HostileRenderInputTest {

    @TempDir
    Path dir;

    private static Document withPhoto(String image) {
        return Rendering.json("{\"basics\": {\"name\": \"Ana\", \"image\": \"" + image + "\"}}");
    }

    @Test
    void aMissingPhotoIsNamedAndTheRenderGoesOn() throws Exception {
        Document doc = withPhoto("me.jpg");
        assertEquals(Optional.of("the photo me.jpg is not in " + dir.toRealPath()), Rendering.RENDERER.photoProblem(doc, dir));
        assertTrue(Rendering.RENDERER.pdf(doc, dir).pageCount() >= 1);
    }

    @Test
    void anEnormousPhotoIsLeftOutWithItsSize() throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.png").toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        Document doc = withPhoto("huge.png");
        assertEquals(Optional.of("the photo huge.png is too large (200.0 MB; photos up to 8.0 MB are used), so it is left out"),
                Rendering.RENDERER.photoProblem(doc, dir));
        assertFalse(Rendering.RENDERER.html(doc, dir).contains("<img"), "the photo is skipped, not read");
    }

    @Test
    void otherUnusablePhotosSayWhy() throws Exception {
        Files.writeString(dir.resolve("notes.png"), "not an image");
        Path cv = Files.createDirectory(dir.resolve("cv"));
        assertEquals(Optional.of("the photo ../notes.png is outside the résumé's folder " + cv.toRealPath()),
                Rendering.RENDERER.photoProblem(withPhoto("../notes.png"), cv));
        assertEquals(Optional.of("the photo notes.png is not a PNG, JPEG or GIF image"),
                Rendering.RENDERER.photoProblem(withPhoto("notes.png"), dir));
        assertEquals(Optional.of("the photo is a web address; Vitae uses only a photo file in the résumé's folder"),
                Rendering.RENDERER.photoProblem(withPhoto("https://example.com/me.png"), dir));
    }

    @Test
    void aUsableHiddenOrAbsentPhotoIsNoProblem() throws Exception {
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("me.png").toFile());
        assertEquals(Optional.empty(), Rendering.RENDERER.photoProblem(withPhoto("me.png"), dir));
        assertEquals(Optional.empty(), Rendering.RENDERER.photoProblem(
                Rendering.withSettings(withPhoto("gone.png"), v -> v.withArray("/hidden").add("/basics/image")), dir));
        assertEquals(Optional.empty(), Rendering.RENDERER.photoProblem(Rendering.json("{\"basics\": {}}"), dir));
        assertEquals(Optional.empty(), Rendering.RENDERER.photoProblem(withPhoto("gone.png"), null),
                "an unsaved résumé has no folder to look in yet");
        assertEquals(Optional.of("the photo old.png is not in " + dir.toRealPath()), Rendering.RENDERER.photoProblem(
                Rendering.json("{\"basics\": {\"picture\": \"old.png\"}}"), dir), "the legacy field name counts too");
    }

    @Test
    void sectionsOfTheWrongTypeStillRender() {
        Document doc = Rendering.json("{\"basics\": [], \"work\": {}, \"education\": \"none\", \"skills\": [1, null, \"x\"],"
                + " \"projects\": [{\"highlights\": {}}], \"meta\": {\"vitae\": {\"hidden\": {}, \"sectionOrder\": 5}}}");
        assertTrue(Rendering.RENDERER.pdf(doc, null).pageCount() >= 1);
        assertFalse(Rendering.RENDERER.html(doc, null).isEmpty());
    }

    private Path userTheme(String name, String template) throws Exception {
        Path theme = Files.createDirectories(dir.resolve("themes").resolve(name));
        Files.writeString(theme.resolve("theme.json"), "{\"name\": \"" + name + "\"}");
        Files.writeString(theme.resolve("template.mustache"), template);
        return theme;
    }

    @Test
    void aThemeWhoseTemplateDoesNotCompileIsReportedAndTheOthersStillWork() throws Exception {
        Path broken = userTheme("broken", "<html>{{#basics}}<p>{{name}}</p></html>");
        Renderer renderer = new Renderer(ThemeCatalog.builtIn().withUserThemes(dir.resolve("themes")), Locale.ENGLISH);
        assertEquals(1, renderer.themes().problems().size());
        String problem = renderer.themes().problems().get(0);
        assertTrue(problem.startsWith(broken + "/template.mustache"), problem);
        Document wantsBroken = Rendering.withSettings(Rendering.json("{\"basics\": {\"name\": \"Ana\"}}"), v -> v.put("theme", "broken"));
        assertTrue(renderer.pdf(wantsBroken, null).pageCount() >= 1, "rendered with the default theme instead");
    }

    @Test
    void aThemeThatFailsWhileRenderingSaysWhichFile() throws Exception {
        Path theme = userTheme("partial", "<html><body>{{> missing}}</body></html>");
        Renderer renderer = new Renderer(ThemeCatalog.builtIn().withUserThemes(dir.resolve("themes")), Locale.ENGLISH);
        Document doc = Rendering.withSettings(Rendering.json("{\"basics\": {\"name\": \"Ana\"}}"), v -> v.put("theme", "partial"));
        RuntimeException e = assertThrows(RuntimeException.class, () -> renderer.pdf(doc, null));
        assertTrue(e.getMessage().contains(theme.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("missing.mustache"), e.getMessage());
        assertTrue(renderer.pdf(Rendering.json("{\"basics\": {\"name\": \"Ana\"}}"), null).pageCount() >= 1,
                "the renderer is still usable");
    }

    @Test
    void aThemeThatWritesBrokenMarkupFailsWithAMessage() throws Exception {
        Path theme = userTheme("tagsoup", "<html><body><p>{{basics.name}}</div></body>");
        Renderer renderer = new Renderer(ThemeCatalog.builtIn().withUserThemes(dir.resolve("themes")), Locale.ENGLISH);
        Document doc = Rendering.withSettings(Rendering.json("{\"basics\": {\"name\": \"Ana\"}}"), v -> v.put("theme", "tagsoup"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> renderer.pdf(doc, null));
        assertEquals(theme + "/template.mustache gives markup that is not well-formed XHTML (line 1, column 21 of its output:"
                + " The element type \"p\" must be terminated by the matching end-tag \"</p>\".)", e.getMessage());
    }

    @Test
    void aRenderOverItsTimeLimitIsAbandonedWithAMessage() {
        StringBuilder work = new StringBuilder("{\"basics\": {\"name\": \"Long\"}, \"work\": [");
        for (int i = 0; i < 400; i++) {
            work.append(i == 0 ? "" : ",").append("{\"name\": \"Employer ").append(i)
                    .append("\", \"highlights\": [\"Did a great many things, at length, for a long time\"]}");
        }
        Document longResume = Rendering.json(work.append("]}").toString());
        TimeLimit.Exceeded e = assertThrows(TimeLimit.Exceeded.class,
                () -> TimeLimit.call("The preview", Duration.ofMillis(1), () -> Rendering.RENDERER.pdf(longResume, null)));
        assertEquals("The preview took longer than 1 ms and was stopped. A very long résumé, a very large photo or a"
                + " theme that loops can cause this.", e.getMessage());
    }

    @Test
    void aTimeLimitedRenderGivesItsResultOrItsOwnFailure() throws Exception {
        assertEquals("done", TimeLimit.call("x", Duration.ofSeconds(30), () -> "done"));
        IllegalStateException failure = new IllegalStateException("theme broke");
        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> TimeLimit.call("x", Duration.ofSeconds(30), () -> {
                    throw failure;
                })));
    }

    @Test
    void overTheLimitTheWorkIsInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        assertThrows(TimeLimit.Exceeded.class, () -> TimeLimit.call("x", Duration.ofMillis(20), () -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        }));
        assertTrue(interrupted.await(30, TimeUnit.SECONDS));
    }

    @Test
    void cancellingTheCallerStopsTheWaitAndTheWork() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch workInterrupted = new CountDownLatch(1);
        AtomicReference<Throwable> callerSaw = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                TimeLimit.call("x", Duration.ofHours(1), () -> {
                    started.countDown();
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        workInterrupted.countDown();
                    }
                    return null;
                });
            } catch (Exception e) {
                callerSaw.set(e);
            }
        });
        caller.start();
        assertTrue(started.await(30, TimeUnit.SECONDS));
        caller.interrupt();
        caller.join(30_000);
        assertFalse(caller.isAlive());
        assertTrue(callerSaw.get() instanceof InterruptedException, String.valueOf(callerSaw.get()));
        assertTrue(workInterrupted.await(30, TimeUnit.SECONDS));
    }
}
