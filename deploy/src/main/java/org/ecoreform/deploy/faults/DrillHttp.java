package org.ecoreform.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** The drills' HTTP calls, counting the server errors (5xx, or no answer) a drill must not see. */
final class DrillHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger serverErrors = new AtomicInteger();

    HttpClient client() {
        return client;
    }

    int serverErrors() {
        return serverErrors.get();
    }

    void countServerError() {
        serverErrors.incrementAndGet();
    }

    /** A write with a JSON body; its answer, or null after a server error; any other unexpected status throws. */
    JsonNode send(String method, String url, String token, String ifMatch, String contentType, Object body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            serverErrors.incrementAndGet();
            return null;
        }
        if (response.statusCode() >= 500) {
            serverErrors.incrementAndGet();
            System.out.printf("[drill] %s %s answered %d: %s%n", method, url, response.statusCode(), response.body());
            return null;
        }
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    int status(String method, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    JsonNode getJson(String url, String token) throws Exception {
        return JSON.readTree(getText(url, token));
    }

    String getText(String url) throws Exception {
        return getText(url, null);
    }

    String getText(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode());
        }
        return response.body();
    }
}
