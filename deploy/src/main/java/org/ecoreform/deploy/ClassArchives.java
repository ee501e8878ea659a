package org.ecoreform.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Class-data sharing without a build step: the first run of a service on a build writes the classes
 * it loaded to an archive when it exits ({@code -XX:ArchiveClassesAtExit}, JDK 13+), and every later
 * run on the same build maps them instead of loading, verifying and linking them again (about 1.5 s
 * less CPU per service at start). The archive sits beside the build ({@code target/class-archive}),
 * named by the build (its files' sizes and times), so a new build writes a new one and a clean
 * removes it. A run writes to a file of its own, published only when the process ended by itself
 * (a killed one may leave half an archive); the JVM checks an archive against the jars and ignores
 * one that does not match.
 */
final class ClassArchives {

    static final String WRITE_OPTION = "-XX:ArchiveClassesAtExit=";
    private static final String WRITING = ".writing-";

    private ClassArchives() {}

    /** The JVM option: use the archive of this build if one was written, write one otherwise. */
    static String option(Path applicationDirectory, String service) {
        try {
            Path archives = applicationDirectory.resolveSibling("class-archive");
            Files.createDirectories(archives);
            Path archive = archives.resolve(service + "-" + buildOf(applicationDirectory) + ".jsa");
            return Files.isRegularFile(archive)
                    ? "-XX:SharedArchiveFile=" + archive
                    : WRITE_OPTION + archive + WRITING + UUID.randomUUID();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the archives written by these commands' processes (all ended by themselves) into place. */
    static void publish(List<List<String>> endedCommands) {
        for (List<String> command : endedCommands) {
            command.stream()
                    .filter(option -> option.startsWith(WRITE_OPTION))
                    .map(option -> Path.of(option.substring(WRITE_OPTION.length())))
                    .forEach(ClassArchives::publish);
        }
    }

    private static void publish(Path written) {
        String name = written.getFileName().toString();
        Path archive = written.resolveSibling(name.substring(0, name.indexOf(WRITING)));
        try {
            if (Files.isRegularFile(written) && !Files.exists(archive)) {
                Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            // another launcher published the same build's archive first; this copy is not needed
            written.toFile().delete();
        }
    }

    /** The build's identity: a hash of every file's path, size and modification time. */
    static String buildOf(Path applicationDirectory) throws IOException {
        long hash = 1125899906842597L;
        try (Stream<Path> files = Files.walk(applicationDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String entry = applicationDirectory.relativize(file) + ":" + Files.size(file) + ":"
                        + Files.getLastModifiedTime(file).toMillis();
                hash = 31 * hash + entry.hashCode();
            }
        }
        return Long.toHexString(hash);
    }
}
