package dev.vitae.store;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file being written, for tests that inject faults: a real output with its stream, sync or close swapped
 * for one that fails (or does nothing).
 */
public record FaultyOutput(OutputStream out, IoAction onSync, IoAction onClose) implements FileOps.Output {

    /** A step that may fail the way the disk does. */
    public interface IoAction {
        void run() throws IOException;
    }

    /** The real output, unchanged; swap parts with the {@code with…} methods. */
    public static FaultyOutput of(FileOps.Output real) {
        return new FaultyOutput(real.stream(), real::sync, real::close);
    }

    public FaultyOutput withStream(OutputStream stream) {
        return new FaultyOutput(stream, onSync, onClose);
    }

    public FaultyOutput withSync(IoAction sync) {
        return new FaultyOutput(out, sync, onClose);
    }

    public FaultyOutput withClose(IoAction close) {
        return new FaultyOutput(out, onSync, close);
    }

    @Override
    public OutputStream stream() {
        return out;
    }

    @Override
    public void sync() throws IOException {
        onSync.run();
    }

    @Override
    public void close() throws IOException {
        onClose.run();
    }
}
