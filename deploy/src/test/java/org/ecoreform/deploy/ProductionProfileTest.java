package org.ecoreform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A packaged service in the prod profile, as a cluster starts it: a missing setting stops it before
 * Quarkus starts, with one line naming the variable, instead of letting it fall back to the local
 * defaults (localhost, postgres/postgres); with every setting given, its log lines are JSON.
 */
class ProductionProfileTest {

    private static final Path MEASURES_JAR =
            Path.of("").toAbsolutePath().getParent().resolve("measures-service/target/quarkus-app/quarkus-run.jar");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aMissingSettingStopsTheStartWithOneLineNamingIt() throws Exception {
        Map<String, String> settings = settings(unusedPort());
        settings.remove("MEASURES_DB_URL");

        Result result = run(settings);

        assertThat(result.exitCode()).as(result.output()).isEqualTo(78);
        assertThat(result.output().strip().lines())
                .as("the whole output")
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("measures-service cannot start in production: MEASURES_DB_URL is not set (the "
                                + "JDBC URL of the measures database)")
                        .doesNotContain("MEASURES_DB_USER"));
    }

    @Test
    void everyLogLineIsAJsonObjectInProduction() throws Exception {
        // every setting given, but nothing listens at the database's port: the start fails, and says so in JSON
        Result result = run(settings(unusedPort()));

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        List<String> lines =
                result.output().strip().lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode record = JSON.readTree(line);
            assertThat(record.isObject()).as(line).isTrue();
            assertThat(record.path("level").asText()).as(line).isNotEmpty();
            assertThat(record.path("loggerName").asText()).as(line).isNotEmpty();
        }
        assertThat(lines)
                .anySatisfy(line ->
                        assertThat(JSON.readTree(line).path("level").asText()).isEqualTo("ERROR"));
    }

    private static Map<String, String> settings(int databasePort) {
        return new java.util.HashMap<>(Map.of(
                "MEASURES_DB_URL", "jdbc:postgresql://localhost:" + databasePort + "/measures",
                "MEASURES_DB_USER", "measures",
                "MEASURES_DB_PASSWORD", "secret",
                "ECOREFORM_PUBLIC_URL", "https://ecoreform.example",
                "KAFKA_BOOTSTRAP_SERVERS", "localhost:" + databasePort,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:/nonexistent/key.pem",
                "ECOREFORM_JWT_ISSUER", "https://id.example"));
    }

    private record Result(int exitCode, String output) {}

    /** Runs the jar with exactly these variables (and PATH), from its own directory, as its image does. */
    private static Result run(Map<String, String> settings) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        MEASURES_JAR.getFileName().toString())
                .directory(MEASURES_JAR.getParent().toFile())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        String path = environment.get("PATH");
        environment.clear();
        environment.put("PATH", path);
        environment.putAll(settings);
        Process process = builder.start();
        // read on the side, so that the 60 s guard holds even if the service never stops (and never closes its output)
        java.util.concurrent.CompletableFuture<byte[]> output =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return process.getInputStream().readAllBytes();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        boolean stopped = process.waitFor(60, TimeUnit.SECONDS);
        if (!stopped) {
            process.destroyForcibly();
        }
        assertThat(stopped).as("the service stopped by itself").isTrue();
        return new Result(process.exitValue(), new String(output.join(), StandardCharsets.UTF_8));
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
