package dev.vitae.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** File dialogs of the platform. */
final class NativeFilePrompts implements FilePrompts {

    private final Window owner;

    NativeFilePrompts(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseToOpen(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Résumé");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("JSON Resume files", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        startIn(chooser, folder);
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseToSave(Path folder, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save as " + extension.toUpperCase(Locale.ROOT));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                extension.toUpperCase(Locale.ROOT) + " files", "*." + extension));
        chooser.setInitialFileName(suggestedName);
        startIn(chooser, folder);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        String name = path.getFileName().toString();
        return Optional.of(name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? path
                : path.resolveSibling(name + "." + extension));
    }

    private static void startIn(FileChooser chooser, Path folder) {
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
    }
}
