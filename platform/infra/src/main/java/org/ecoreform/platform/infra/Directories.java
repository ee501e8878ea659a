package org.ecoreform.platform.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of the throw-away directories the embedded parts keep their data in. */
public final class Directories {

    private Directories() {}

    /** Removes a directory and everything in it; best effort (it is a temporary one), nothing if it is gone already. */
    public static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp directory
        }
    }
}
