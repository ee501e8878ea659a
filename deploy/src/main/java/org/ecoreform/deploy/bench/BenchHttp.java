package org.ecoreform.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The benchmarks' HTTP calls: one status expected, anything else is an error with the body that came. */
final class BenchHttp {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpClient client() {
        return http;
    }

    long versionOf(String url) throws Exception {
        return Long.parseLong(get(url).headers().firstValue("ETag").orElseThrow().replaceAll("[^0-9]", ""));
    }

    HttpResponse<String> get(String url) throws Exception {
        return send("GET", url, null, null, null, 200);
    }

    HttpResponse<String> send(String method, String url, String token, String contentType, String body, int expected) throws Exception {
        return send(method, url, token, contentType, body, expected, null);
    }

    HttpResponse<String> send(String method, String url, String token, String contentType, String body, int expected, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
