package org.ecoreform.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A test that drives a whole system of its own (in-process launcher, fresh data, ports shifted), stopped after each test. */
abstract class SystemOfItsOwn {

    @TempDir
    Path data;

    LocalLauncher system;

    LocalLauncher startSystem() throws Exception {
        system = new LocalLauncher(data, LocalLauncherTest.freePortOffset(), true);
        system.start();
        return system;
    }

    /** Stops the system and keeps the services' logs in target/system-logs/<test class> (the data directory is temporary). */
    @AfterEach
    void stopSystem() throws IOException {
        if (system != null) {
            system.stop();
        }
        Path logs = data.resolve("logs");
        if (Files.isDirectory(logs)) {
            Path kept = Path.of("target", "system-logs", getClass().getSimpleName());
            Files.createDirectories(kept);
            try (Stream<Path> files = Files.list(logs)) {
                for (Path log : files.toList()) {
                    Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
