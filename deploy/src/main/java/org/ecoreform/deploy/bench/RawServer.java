package org.ecoreform.deploy.bench;

import io.netty.buffer.Unpooled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw Vert.x server answering what the gateway answered for one view: the same body and the
 * same headers (security headers included; a fresh X-Request-Id per request), so that comparing
 * the two measures the framework's work, not a difference in what is sent. It gets as many event
 * loops as Quarkus gives the gateway (2 × cores), all serving one port.
 */
final class RawServer implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final int port;

    RawServer(HttpResponse<byte[]> sample) throws Exception {
        String etag = sample.headers().firstValue("ETag").orElseThrow();
        Map<String, String> sameHeaders = new LinkedHashMap<>();
        sample.headers().map().forEach((name, values) -> {
            if (!List.of("content-length", "x-request-id", "date").contains(name.toLowerCase())) {
                sameHeaders.put(name, values.get(0));
            }
        });
        AtomicLong requestIds = new AtomicLong();
        byte[] body = sample.body();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        for (int i = 0; i < 2 * Runtime.getRuntime().availableProcessors(); i++) {
            vertx.createHttpServer()
                    .requestHandler(request -> {
                        var response = request.response();
                        sameHeaders.forEach(response::putHeader);
                        response.putHeader("X-Request-Id", "raw-" + Long.toString(requestIds.incrementAndGet(), 36));
                        if (etag.equals(request.getHeader("If-None-Match"))) {
                            response.headers().remove("Content-Type");
                            response.setStatusCode(304).end();
                        } else {
                            response.end(
                                    Buffer.buffer(Unpooled.wrappedBuffer(body))); // no copy, as the gateway answers
                        }
                    })
                    .listen(port, "localhost")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Override
    public void close() {
        vertx.close();
    }
}
