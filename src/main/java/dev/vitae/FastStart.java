package dev.vitae;

import dev.vitae.cli.Cli;
import dev.vitae.store.AppFolders;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Makes a plain {@code java -jar vitae.jar} start as fast as the installed app (issue 7). A jar cannot name JVM
 * options, so the launcher's first JVM starts a second one with the installed launcher's options and a
 * {@link StartupArchive}, waits for it and passes its exit code on. The first run of each kind writes the
 * archive as it exits (a second or two, once per jar version); later runs map it. The command line also runs
 * on the C1 compiler alone: for a process of a second, compiling with C2 costs more than it saves.
 *
 * <p>Only a plain {@code java [-Dname=value …] -jar vitae.jar …} on a HotSpot JVM is started again, where the
 * JVM's own arguments can be read; any other option means the person chose their own, and
 * {@code -Dvitae.fastStart=false} turns it off.
 */
public final class FastStart {

    static final String PROPERTY = "vitae.fastStart";

    /**
     * The installed launcher's JVM options ({@code packaging/launcher.options}, where each is explained); a test
     * keeps the two the same.
     */
    public static final List<String> WINDOW_OPTIONS = List.of("-Xmx1g", "-Xms96m", "-Xmn48m", "-XX:SurvivorRatio=2",
            "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:TargetSurvivorRatio=90", "-XX:+UseSerialGC",
            "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000", "-XX:CompileCommand=quiet",
            "-XX:CompileCommand=dontinline,com/openhtmltopdf/render/displaylist/PagedBoxCollector*.getContentWindowOnDocument",
            "-XX:CompileCommand=dontinline,com/openhtmltopdf/render/displaylist/PagedBoxCollector.intersectsBorderBoxBounds",
            "-XX:CompileCommand=dontinline,com/openhtmltopdf/render/PageBox.shouldInsertPages",
            "-XX:-UsePerfData", "-Dfile.encoding=UTF-8",
            "-Xlog:disable", "-Xlog:all=warning:stderr");
    /**
     * The Linux launcher's one option more ({@code packaging/linux/app-image.options}; a test keeps the two the
     * same): glibc hands freed native memory, the JIT compilers' arenas above all, back to the system every second,
     * which keeps the editor about 15 MB smaller (docs/performance.md). Java 17 knows the option from 17.0.9 and
     * refuses to start before that, so {@code java -jar} passes it only to a JVM that knows it.
     */
    public static final List<String> LINUX_WINDOW_OPTIONS = List.of("-XX:TrimNativeHeapInterval=1000");
    /**
     * A short run: C1 only, inlining less than its default of 35 bytes (a third of an export's CPU is C1 compiling
     * about 3,000 methods once; its code arrives sooner and is good enough for one run), and a young generation
     * large enough that exporting a ten-page résumé needs no collection (issue 7: one of 35–50 ms at the end of it
     * otherwise, with a 24 GB computer's default heap).
     */
    static final List<String> COMMAND_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=15",
            "-XX:+UseSerialGC", "-Xmx1g", "-Xms256m", "-Xmn200m", "-XX:-UsePerfData", "-Dfile.encoding=UTF-8",
            "-Xlog:disable", "-Xlog:all=warning:stderr");
    /** The archive's own messages (classes it skips while writing, one it cannot map) are not the user's business. */
    private static final List<String> QUIET_ARCHIVE = List.of("-Xlog:cds*=off:stderr");

    /** How long a stopped first JVM waits for the second, which may be writing its archive as it exits. */
    private static final long STOP_WAIT_SECONDS = 15;
    /** What a JVM ended by TERM exits with. */
    private static final int STOPPED_EXIT_CODE = 143;

    private FastStart() {
    }

    /**
     * Runs Vitae in a second JVM when that is worth it; the exit code to end with, or empty to run in this JVM.
     * Everything up to the second JVM's start runs in a JVM that has compiled nothing yet, on every start: plain
     * loops instead of lambdas and streams, each of which costs a JVM this young a few milliseconds (issue 7).
     */
    static OptionalInt run(String[] args) {
        if ("false".equals(System.getProperty(PROPERTY)) || !isHotSpot()) {
            return OptionalInt.empty();
        }
        Optional<String> kind = kind(args);
        if (kind.isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<List<String>> properties = passedProperties(jvmArguments(), args.length);
        Optional<Path> jar = ownJar();
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        if (properties.isEmpty() || jar.isEmpty() || !Files.isExecutable(java)) {
            return OptionalInt.empty();
        }
        List<String> options = options(kind.get());
        Optional<StartupArchive> archive = StartupArchive.of(AppFolders.detect().cache().resolve("startup"), jar.get(), kind.get());
        Optional<Path> existing = archive.isPresent() ? archive.get().existing() : Optional.empty();
        Optional<Path> draft = archive.isPresent() && existing.isEmpty() ? archive.get().draft() : Optional.empty();

        List<String> command = command(java, options, existing, draft, properties.get(), jar.get(), args);
        OptionalInt code = runToEnd(command, draft);
        if (draft.isPresent()) {
            // a failed run's archive lacks what a successful one loads
            boolean succeeded = code.isPresent() && code.getAsInt() == 0;
            archive.get().keep(draft.get(), file -> succeeded && mapsCleanly(java, options, jar.get(), file));
        }
        return code;
    }

    /** The second JVM: its options, the archive it maps or writes, the properties passed on, then Vitae's own arguments. */
    static List<String> command(Path java, List<String> options, Optional<Path> existing, Optional<Path> draft,
                                List<String> properties, Path jar, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        if (existing.isPresent()) {
            command.add("-XX:SharedArchiveFile=" + existing.get());
        }
        if (draft.isPresent()) {
            command.add("-XX:ArchiveClassesAtExit=" + draft.get());
        }
        command.addAll(properties);
        command.addAll(List.of("-cp", jar.toString(), Main.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * What kind of run the arguments ask for, which is what its archive holds: the window, or an export to one
     * format, or a validation. Nothing for the quick commands, which gain nothing from a second JVM.
     */
    static Optional<String> kind(String[] args) {
        if (args.length == 0 || !Cli.isCommand(args[0])) {
            return Optional.of("window");
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (Cli.asksForHelp(rest)) {
            return Optional.empty();
        }
        if (args[0].equals("validate")) {
            return Optional.of("validate");
        }
        if (args[0].equals("export")) {
            Optional<String> format = Cli.exportFormat(rest);
            return format.isPresent() ? Optional.of("export-" + format.get()) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The {@code -D} options given before {@code -jar}, when the JVM's arguments are exactly
     * {@code [-Dname=value …] -jar JAR} followed by the program's {@code programArgs} arguments; empty otherwise.
     */
    static Optional<List<String>> passedProperties(List<String> jvmArgs, int programArgs) {
        int jarFlag = jvmArgs.indexOf("-jar");
        if (jarFlag < 0 || jvmArgs.size() != jarFlag + 2 + programArgs) {
            return Optional.empty();
        }
        List<String> before = jvmArgs.subList(0, jarFlag);
        for (String arg : before) {
            if (!arg.startsWith("-D")) {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(before));
    }

    /**
     * This JVM's arguments after the program's name; empty when they cannot be read. On Linux they are read from
     * {@code /proc} directly: {@link ProcessHandle.Info} gets them from there too, through lambdas and a thread
     * pool that cost a JVM this young about 10 ms.
     */
    private static List<String> jvmArguments() {
        try (FileInputStream in = new FileInputStream("/proc/self/cmdline")) {
            return commandLine(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | SecurityException e) {
            Optional<String[]> arguments = ProcessHandle.current().info().arguments();
            return arguments.isPresent() ? Arrays.asList(arguments.get()) : List.of();
        }
    }

    /** The arguments after the program's name in the text of a {@code /proc/PID/cmdline}, where each ends in a NUL. */
    static List<String> commandLine(String cmdline) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int end = cmdline.indexOf('\0'); end >= 0; end = cmdline.indexOf('\0', start)) {
            words.add(cmdline.substring(start, end));
            start = end + 1;
        }
        return words.isEmpty() ? words : words.subList(1, words.size());
    }

    static List<String> options(String kind) {
        List<String> options;
        if (kind.equals("window")) {
            options = launcherOptions();
            options.addAll(javaFxAllowances(Runtime.version()));
        } else {
            options = new ArrayList<>(COMMAND_OPTIONS);
        }
        options.addAll(QUIET_ARCHIVE);
        return options;
    }

    /**
     * What a JVM newer than the installed launcher's must allow JavaFX 21 to do without warning about it at every
     * start, eight lines on the terminal: load its native libraries (a warning from Java 22) and let its rasteriser
     * use {@code sun.misc.Unsafe} (from Java 24; the option exists from 23). Java 17 refuses both options.
     */
    static List<String> javaFxAllowances(Runtime.Version version) {
        List<String> options = new ArrayList<>();
        if (version.feature() >= 22) {
            options.add("--enable-native-access=ALL-UNNAMED");
        }
        if (version.feature() >= 23) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return options;
    }

    /** The JVM options of this platform's installed launcher, as far as this JVM knows them. */
    public static List<String> launcherOptions() {
        List<String> options = new ArrayList<>(WINDOW_OPTIONS);
        if (trimsNativeHeap(Runtime.version(), System.getProperty("os.name", ""))) {
            options.addAll(LINUX_WINDOW_OPTIONS);
        }
        return options;
    }

    /** Whether a JVM of {@code version} on {@code os} knows {@code -XX:TrimNativeHeapInterval}: new in 22, in 21.0.1 and 17.0.9. */
    static boolean trimsNativeHeap(Runtime.Version version, String os) {
        if (!os.equals("Linux")) {
            return false;
        }
        int feature = version.feature();
        return feature >= 22 || feature == 21 && version.update() >= 1 || feature == 17 && version.update() >= 9;
    }

    /** Runs the second JVM to its end; if this JVM is stopped first, the archive {@code draft} it was writing goes too. */
    private static OptionalInt runToEnd(List<String> command, Optional<Path> draft) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // two malloc arenas instead of eight per core: freed native memory is reused rather than kept,
        // about 20 MB less resident memory in the editor (docs/performance.md); a person's own value stays
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        SecondJvm second = new SecondJvm();
        // a TERM or an interrupt for this JVM is one for the second too; the terminal comes back once it has ended
        Runtime.getRuntime().addShutdownHook(new StopSecond(second, draft));
        Process child;
        try {
            child = second.start(builder);
        } catch (StoppedFirst e) {
            return OptionalInt.of(STOPPED_EXIT_CODE);
        } catch (IOException | SecurityException e) {
            return OptionalInt.empty();
        }
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                // only the child decides when this ends
            }
        }
    }

    /** Ends the second JVM when this one ends, and removes the archive it was writing. */
    private static final class StopSecond extends Thread {
        private final SecondJvm second;
        private final Optional<Path> draft;

        StopSecond(SecondJvm second, Optional<Path> draft) {
            super("vitae-stop-child");
            this.second = second;
            this.draft = draft;
        }

        @Override
        public void run() {
            second.stop();
            if (draft.isPresent()) {
                StartupArchive.discard(draft.get());
            }
        }
    }

    /** This JVM was told to stop before the second one started: nothing ran, and nothing should now. */
    private static final class StoppedFirst extends IOException {
    }

    /** The second JVM, started and stopped under one lock, so that a stop that comes while it starts still ends it. */
    private static final class SecondJvm {
        private Process process;
        private boolean stopped;

        synchronized Process start(ProcessBuilder builder) throws IOException {
            if (stopped) {
                throw new StoppedFirst();
            }
            process = builder.start();
            return process;
        }

        void stop() {
            Process p;
            synchronized (this) {
                stopped = true;
                p = process;
            }
            if (p == null) {
                return;
            }
            p.destroy();
            try {
                p.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether a JVM with these options starts on the archive: a run that writes one can leave it unusable. */
    private static boolean mapsCleanly(Path java, List<String> options, Path jar, Path archive) {
        List<String> check = new ArrayList<>();
        check.add(java.toString());
        check.addAll(options);
        check.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-D" + PROPERTY + "=false",
                "-cp", jar.toString(), Main.class.getName(), "--version"));
        try {
            Process p = new ProcessBuilder(check).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException | SecurityException e) {
            return false;
        }
    }

    /** The jar this class was loaded from; empty when it came from a folder (a build, the tests). */
    private static Optional<Path> ownJar() {
        try {
            var source = Main.class.getProtectionDomain().getCodeSource();
            Path path = source == null ? null : Path.of(source.getLocation().toURI());
            return path != null && Files.isRegularFile(path) && path.toString().endsWith(".jar")
                    ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static boolean isHotSpot() {
        String vm = System.getProperty("java.vm.name", "");
        return vm.contains("HotSpot") || vm.contains("OpenJDK");
    }

    private static boolean isWindows() {
        return File.separatorChar == '\\';
    }
}
