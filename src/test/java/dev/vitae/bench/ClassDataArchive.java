package dev.vitae.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An application class-data archive (AppCDS) for {@code target/vitae.jar}: the classes a PDF export of the
 * ten-page CV and (with a display) a window start load, listed with {@code -XX:DumpLoadedClassList} and dumped
 * with {@code -Xshare:dump}. Used as {@code java -XX:SharedArchiveFile=target/vitae.jsa -jar target/vitae.jar};
 * a JDK 17 archive only fits the jar at the path it was made with.
 */
final class ClassDataArchive {

    private ClassDataArchive() {
    }

    static Path build(ProcessBench processes, Path projectDir, Inputs inputs, Optional<Xvfb> display, Path work) throws Exception {
        Path archive = projectDir.resolve("target/vitae.jsa");
        Path log = work.resolve("cds.log");
        Files.deleteIfExists(archive);
        Path cliList = work.resolve("export.classlist");
        Files.deleteIfExists(cliList);
        new Launch(processes.command(List.of("-XX:DumpLoadedClassList=" + cliList), "export",
                inputs.file(Inputs.CV10).toString(), "-o", work.resolve("cds.pdf").toString()),
                projectDir, work.resolve("home-cds"), Map.of()).timeToExit(log, 300);
        List<Path> lists = new ArrayList<>(List.of(cliList));
        if (display.isPresent()) {
            Path uiList = work.resolve("window.classlist");
            Files.deleteIfExists(uiList);
            new Launch(processes.command(List.of("-XX:DumpLoadedClassList=" + uiList, "-Dvitae.startupProbe=exit"),
                    inputs.file(Inputs.SAMPLE).toString()), projectDir, work.resolve("home-cds"),
                    Map.of("DISPLAY", display.get().display())).timeToExit(log, 300);
            lists.add(uiList);
        }
        Set<String> lines = new LinkedHashSet<>();
        for (Path list : lists) {
            lines.addAll(Files.readAllLines(list));
        }
        Path merged = work.resolve("vitae.classlist");
        Files.write(merged, lines);
        List<String> dump = List.of(Machine.java(), "-Xshare:dump", "-XX:SharedClassListFile=" + merged,
                "-XX:SharedArchiveFile=" + projectDir.relativize(archive), "-cp",
                projectDir.relativize(projectDir.resolve("target/vitae.jar")).toString());
        new Launch(dump, projectDir, work.resolve("home-cds"), Map.of()).timeToExit(log, 600);
        return archive;
    }
}
