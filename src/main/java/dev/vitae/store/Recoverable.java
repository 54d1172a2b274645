package dev.vitae.store;

import java.util.List;

/**
 * A recovery entry worth offering, with what it changes compared with the file on disk.
 *
 * @param changes the parts that differ from the file ("Work", "Skills"), or every part for an untitled document
 * @param note    what else the person should know ("Never saved", "The file no longer exists at …"), or ""
 */
public record Recoverable(RecoveryEntry entry, List<String> changes, String note) {

    public Recoverable {
        changes = List.copyOf(changes);
    }
}
