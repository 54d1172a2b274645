package dev.vitae.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One kept version of a file, as File → Versions… lists it.
 *
 * @param entry   where Vitae keeps it
 * @param number  its place in the file's history; higher is newer
 * @param time    when it was saved
 * @param summary what changed compared with the version before it ("Work, Skills")
 */
public record SavedVersion(Path entry, long number, Instant time, String summary) {
}
