package org.ecoreform.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The data directories of drills, benchmarks and tests: emptied before a run, deleted after one. */
public final class Directories {

    private Directories() {}

    /** Deletes a directory and everything in it; nothing to do when it is not there. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }

    /** The directory, empty (a run's data from the last run deleted), its absolute path. */
    public static Path fresh(Path dir) {
        delete(dir);
        try {
            return Files.createDirectories(dir).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir, e);
        }
    }
}
