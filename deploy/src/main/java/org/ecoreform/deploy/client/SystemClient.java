package org.ecoreform.deploy.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A running system as the launcher's tools see it through its gateway: JSON reads, and waiting
 * until the views hold what the services published.
 */
public final class SystemClient {

    /** The partitions the gateway projects: measures 3, framework 1, adoptions 3, indicators 3, plan tasks 3, accountability 1. */
    public static final int PROJECTED_PARTITIONS = 14;
    /** Catalogue measures Qinghai's shipped notice adopts: its province view shows them once the reference data is in. */
    public static final int REFERENCE_MEASURES_ADOPTED_BY_QINGHAI = 53;
    public static final String QINGHAI_VIEW = "/api/v1/views/provinces/630000";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String gateway;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    public SystemClient(String gateway) {
        this.gateway = gateway;
    }

    public String gateway() {
        return gateway;
    }

    /** A GET of a path of the gateway, or of a full URL; a status other than 200 is an error. */
    public JsonNode json(String pathOrUrl) {
        try {
            URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : gateway + pathOrUrl);
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Until every projected partition is read to its end and Qinghai's view shows at least {@code adopted} measures. */
    public void awaitViewsCaughtUp(Duration limit, int adopted) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                JsonNode status = json("/api/v1/views/status");
                if (status.path("partitions").size() == PROJECTED_PARTITIONS && status.path("lag").asLong() == 0
                        && json(QINGHAI_VIEW + "?fields=coverage").at("/coverage/adopted").asInt() >= adopted) {
                    return;
                }
            } catch (IllegalStateException | UncheckedIOException e) {
                // not ready yet (a view not composed, a service still starting)
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the views did not catch up within " + limit);
    }

    /** Until the reference data of every service is in the views. */
    public void awaitReferenceViews(Duration limit) throws InterruptedException {
        awaitViewsCaughtUp(limit, REFERENCE_MEASURES_ADOPTED_BY_QINGHAI);
    }
}
