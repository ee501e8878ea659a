package org.ecoreform.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The README's run command as a user types it, {@code bash deploy/local/run.sh}, with a data
 * directory of its own and every port shifted, its output in a log file.
 */
final class RunCommand {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private RunCommand() {}

    /** Starts the command with the embedded infrastructure (external-part variables removed). */
    static Process start(Path dataDir, int portOffset, Path log, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "deploy/local/run.sh"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        List.of("KAFKA_BOOTSTRAP_SERVERS", "ECOREFORM_POSTGRES_URL", "GATEWAY_MONGODB_URL")
                .forEach(env::remove);
        env.put("ECOREFORM_DATA_DIR", dataDir.toString());
        env.put("ECOREFORM_PORT_OFFSET", String.valueOf(portOffset));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    /** The output once it shows {@code banner}; fails if the command exits first or {@code within} passes. */
    static String awaitOutput(Process launcher, Path log, String banner, Duration within) throws Exception {
        try {
            await().atMost(within).pollInterval(Duration.ofMillis(250)).until(() -> {
                String output = Files.readString(log);
                // an Error, not a false: a launcher that exited fails at once
                assertThat(output.contains(banner) || launcher.isAlive())
                        .as("launcher exited early:%n%s", output)
                        .isTrue();
                return output.contains(banner);
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no '" + banner + "' within " + within + ":\n" + Files.readString(log), e);
        }
        return Files.readString(log);
    }
}
