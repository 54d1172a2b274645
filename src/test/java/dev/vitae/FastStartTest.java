package dev.vitae;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FastStartTest {

    @Test
    void theWindowAndEachExportFormatHaveAnArchiveOfTheirOwn() {
        assertEquals(Optional.of("window"), FastStart.kind(new String[0]));
        assertEquals(Optional.of("window"), FastStart.kind(new String[]{"resume.json"}));
        assertEquals(Optional.of("export-pdf"), FastStart.kind(new String[]{"export", "in.json", "-o", "Out.PDF"}));
        assertEquals(Optional.of("export-html"), FastStart.kind(new String[]{"export", "in.json", "--theme", "modern", "--output", "cv.html"}));
        assertEquals(Optional.of("export-json"), FastStart.kind(new String[]{"export", "in.json", "--output=copy.json"}));
        assertEquals(Optional.of("validate"), FastStart.kind(new String[]{"validate", "in.json"}));
    }

    @Test
    void quickCommandsAndExportsWithoutAnOutputRunInTheFirstJvm() {
        for (String[] args : List.of(new String[]{"--version"}, new String[]{"--help"}, new String[]{"themes"},
                new String[]{"export", "--help"}, new String[]{"validate", "-h"},
                new String[]{"export", "in.json", "-o", "cv.pdf", "--help"},
                new String[]{"export", "in.json"}, new String[]{"export", "in.json", "-o"},
                new String[]{"export", "in.json", "-o", "no-extension"}, new String[]{"export", "in.json", "-o", "cv.txt"},
                new String[]{"export", "in.json", "-o", "cv.pdf", "--colour", "red"})) {
            assertEquals(Optional.empty(), FastStart.kind(args), Arrays.toString(args));
        }
    }

    @Test
    void onlyAPlainJavaJarIsStartedAgainAndItsPropertiesGoAlong() {
        assertEquals(Optional.of(List.of()), FastStart.passedProperties(List.of("-jar", "vitae.jar"), 0));
        assertEquals(Optional.of(List.of("-Dvitae.home=/h", "-Dx=1")),
                FastStart.passedProperties(List.of("-Dvitae.home=/h", "-Dx=1", "-jar", "vitae.jar", "export", "a.json"), 2));
        // options of the person's own choosing: they get the JVM they asked for
        assertEquals(Optional.empty(), FastStart.passedProperties(List.of("-Xmx2g", "-jar", "vitae.jar"), 0));
        assertEquals(Optional.empty(), FastStart.passedProperties(List.of("-cp", "vitae.jar", "dev.vitae.Main"), 0));
        // arguments that do not add up (a launcher that rewrote them) are not guessed at
        assertEquals(Optional.empty(), FastStart.passedProperties(List.of("-jar", "vitae.jar", "a.json"), 0));
    }

    @Test
    void theJvmsArgumentsAreReadFromProcAfterTheProgramsName() {
        assertEquals(List.of("-Dx=a b", "-jar", "vitae.jar", "export", ""),
                FastStart.commandLine("/usr/bin/java\0-Dx=a b\0-jar\0vitae.jar\0export\0\0"));
        assertEquals(List.of(), FastStart.commandLine("java\0"));
        assertEquals(List.of(), FastStart.commandLine(""));
    }

    @Test
    void theSecondJvmMapsAnArchiveOrWritesOneAndGetsTheSameArguments() {
        Path java = Path.of("/jdk/bin/java");
        Path jar = Path.of("/app/vitae.jar");
        String[] args = {"export", "in.json", "-o", "out.pdf"};
        List<String> mapping = FastStart.command(java, List.of("-XX:TieredStopAtLevel=1"), Optional.of(Path.of("/c/a.jsa")),
                Optional.empty(), List.of("-Dx=1"), jar, args);
        assertEquals(List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=/c/a.jsa", "-Dx=1",
                "-cp", "/app/vitae.jar", "dev.vitae.Main", "export", "in.json", "-o", "out.pdf"), mapping);
        List<String> writing = FastStart.command(java, List.of(), Optional.empty(), Optional.of(Path.of("/c/.draft.jsa")),
                List.of(), jar, new String[0]);
        assertEquals(List.of("/jdk/bin/java", "-XX:ArchiveClassesAtExit=/c/.draft.jsa", "-cp", "/app/vitae.jar",
                "dev.vitae.Main"), writing);
    }

    @Test
    void theCommandLineRunsOnC1AndTheWindowDoesNot() {
        assertTrue(FastStart.options("export-pdf").contains("-XX:TieredStopAtLevel=1"));
        // typing in a long CV needs C2's code: with C1 alone its preview p95 was 484 ms instead of 131 ms
        assertFalse(FastStart.options("window").contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void theWindowGetsTheInstalledLaunchersJvmOptions() throws Exception {
        assertEquals(javaOptions("packaging/launcher.options"), FastStart.WINDOW_OPTIONS);
        assertEquals(javaOptions("packaging/linux/app-image.options"), FastStart.LINUX_WINDOW_OPTIONS);
    }

    /** The JVM ignores a compile command whose method does not exist: after a library update it would do nothing. */
    @Test
    void eachMethodKeptFromInliningExistsInTheLibrary() throws Exception {
        List<String> patterns = FastStart.WINDOW_OPTIONS.stream()
                .filter(o -> o.startsWith("-XX:CompileCommand=dontinline,"))
                .map(o -> o.substring("-XX:CompileCommand=dontinline,".length()))
                .toList();
        assertEquals(3, patterns.size(), "the commands this test knows of");
        for (String pattern : patterns) {
            int dot = pattern.lastIndexOf('.');
            String className = pattern.substring(0, dot).replace('/', '.');
            String method = pattern.substring(dot + 1);
            // "Outer*" stands for a class nested in Outer: '$' has a meaning of its own in the launchers' options ($APPDIR)
            Class<?> outer = Class.forName(className.replace("*", ""));
            List<Class<?>> candidates = className.endsWith("*")
                    ? List.of(outer.getDeclaredClasses()) : List.of(outer);
            assertTrue(candidates.stream().anyMatch(c -> Arrays.stream(c.getDeclaredMethods())
                    .anyMatch(m -> m.getName().equals(method))), pattern + " names no method of openhtmltopdf");
        }
    }

    @Test
    void onlyALinuxJvmThatKnowsItTrimsTheNativeHeap() {
        for (String known : List.of("17.0.9", "17.0.15+6", "21.0.1", "21.0.7", "22", "25.0.3")) {
            assertTrue(FastStart.trimsNativeHeap(Runtime.Version.parse(known), "Linux"), known);
        }
        // an older JVM refuses to start with an option it does not know
        for (String unknown : List.of("17", "17.0.8", "18.0.2", "20.0.2", "21")) {
            assertFalse(FastStart.trimsNativeHeap(Runtime.Version.parse(unknown), "Linux"), unknown);
        }
        // glibc's malloc_trim is what it calls
        assertFalse(FastStart.trimsNativeHeap(Runtime.Version.parse("21.0.7"), "Mac OS X"));
        assertFalse(FastStart.trimsNativeHeap(Runtime.Version.parse("21.0.7"), "Windows 11"));
    }

    @Test
    void aNewerJvmAllowsJavaFxWhatItWouldWarnAboutAndJava17IsGivenNeither() {
        assertEquals(List.of(), FastStart.javaFxAllowances(Runtime.Version.parse("17.0.15")));
        assertEquals(List.of(), FastStart.javaFxAllowances(Runtime.Version.parse("21.0.7")));
        assertEquals(List.of("--enable-native-access=ALL-UNNAMED"), FastStart.javaFxAllowances(Runtime.Version.parse("22.0.2")));
        assertEquals(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"),
                FastStart.javaFxAllowances(Runtime.Version.parse("25.0.1")));
        // an export runs no JavaFX
        assertFalse(FastStart.options("export-pdf").contains("--enable-native-access=ALL-UNNAMED"));
    }

    private static List<String> javaOptions(String optionsFile) throws Exception {
        String text = Files.readString(Path.of(optionsFile));
        Matcher m = Pattern.compile("(?m)^--java-options \"([^\"]*)\"").matcher(text);
        assertTrue(m.find(), optionsFile + " names its --java-options");
        return List.of(m.group(1).split(" "));
    }
}
