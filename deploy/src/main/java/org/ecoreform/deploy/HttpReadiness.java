package org.ecoreform.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Waiting for a process the launcher started to answer 200 on an address: a service's readiness, the provider's discovery. */
final class HttpReadiness {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HttpReadiness() {}

    /**
     * Polls {@code uri} every {@code pause} until it answers 200; fails, naming {@code log}, when the
     * process exits first or {@code deadline} passes ({@code late} says how long it was given).
     */
    static void await(String name, Process process, URI uri, Duration deadline, Duration pause, String late, Path log)
            throws InterruptedException {
        Instant until = Instant.now().plus(deadline);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new LaunchException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = HTTP.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(pause.toMillis());
        }
        throw new LaunchException(name + " " + late + "; see " + log);
    }
}
