package dev.vitae.cli;

/** The command line was not understood; exit code 2 with the usage. */
final class UsageError extends Exception {
    UsageError(String message) {
        super(message);
    }
}
