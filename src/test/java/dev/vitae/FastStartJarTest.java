package dev.vitae;

import dev.vitae.store.JsonWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java -jar} as a person types it, on a jar of Vitae's classes whose manifest names the dependencies (the
 * tests run before the real jar is built): the first run writes the start-up archive, the next maps it, and the
 * second JVM's exit code and output are the program's.
 */
class FastStartJarTest {

    @TempDir
    static Path temp;

    private static Path jar;

    @BeforeAll
    static void aRunnableJar() throws IOException {
        jar = temp.resolve("vitae.jar");
        Path classes = Path.of("target", "classes").toAbsolutePath();
        String dependencies = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).filter(p -> p.toString().endsWith(".jar"))
                .map(p -> p.toAbsolutePath().toUri().toString()).collect(Collectors.joining(" "));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, dependencies);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    @Test
    void theFirstExportWritesTheArchiveAndTheNextMapsIt() throws Exception {
        Path home = temp.resolve("home-export");
        Path pdf = temp.resolve("out.pdf");

        Ended first = javaJar(home, "export", Corpus.file("01").toString(), "-o", pdf.toString());

        assertEquals(0, first.code(), first.output());
        assertTrue(Files.size(pdf) > 1000);
        List<Path> archives = startupFolder(home);
        assertEquals(1, archives.size(), "one archive and no draft: " + archives);
        Path archive = archives.get(0);
        assertTrue(archive.getFileName().toString().matches("export-pdf-[0-9a-f]+-[0-9]+-[0-9]+-" + Files.size(archive) + "\\.jsa"),
                archive.getFileName().toString());
        FileTime written = Files.getLastModifiedTime(archive);

        Files.delete(pdf);
        Ended second = javaJar(home, "export", Corpus.file("01").toString(), "-o", pdf.toString());

        assertEquals(0, second.code(), second.output());
        assertEquals("", second.output(), "nothing of the archive reaches the terminal");
        assertTrue(Files.size(pdf) > 1000);
        assertEquals(List.of(archive), startupFolder(home), "the archive is mapped, not written again");
        assertEquals(written, Files.getLastModifiedTime(archive));
    }

    @Test
    void theProgramsExitCodeAndMessagesComeThroughAndAFailedRunKeepsNoArchive() throws Exception {
        Path home = temp.resolve("home-validate");
        Path broken = Files.writeString(temp.resolve("broken.json"), "{\n  \"basics\": {\n    \"name\": \"Ada\",\n  }\n}\n");

        Ended run = javaJar(home, "validate", broken.toString());

        assertEquals(1, run.code(), run.output());
        assertTrue(run.output().contains("broken.json:4:"), run.output());
        assertEquals(List.of(), startupFolder(home), "no archive, and no draft left behind");
    }

    @Test
    void stoppingTheFirstJvmStopsTheSecondAndLeavesNoDraft() throws Exception {
        Path home = temp.resolve("home-stopped");
        Path cv = temp.resolve("cv.json");
        Files.write(cv, JsonWriter.write(LongCv.build(25, 40)));
        Process parent = start(home, "export", cv.toString(), "-o", temp.resolve("cv.pdf").toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> parent.children().findAny().isPresent());
        ProcessHandle child = parent.children().findAny().orElseThrow();

        parent.destroy();

        assertTrue(parent.waitFor(60, TimeUnit.SECONDS));
        assertFalse(child.isAlive(), "the second JVM ended before the first");
        assertEquals(List.of(), startupFolder(home), "no archive, and no draft left behind");
    }

    private record Ended(int code, String output) {
    }

    /** {@code java -Dvitae.home=HOME -jar vitae.jar ARGS}, with standard output and error together. */
    private static Ended javaJar(Path home, String... args) throws Exception {
        Process p = start(home, args);
        Path log = temp.resolve("run.log");
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("java -jar did not end: " + Files.readString(log));
        }
        return new Ended(p.exitValue(), Files.readString(log));
    }

    private static Process start(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dvitae.home=" + home, "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("run.log").toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process p = builder.start();
        try (OutputStream in = p.getOutputStream()) {
            // no input
        }
        return p;
    }

    private static List<Path> startupFolder(Path home) throws IOException {
        Path folder = home.resolve("cache").resolve("startup");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
