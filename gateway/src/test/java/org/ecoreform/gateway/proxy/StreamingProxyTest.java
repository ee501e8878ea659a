package org.ecoreform.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The proxy between a client and a service of its own (two Vert.x servers in this JVM): bodies
 * stream both ways with back-pressure, a client that goes away frees the service's connection,
 * reads are retried and writes are not.
 */
@Execution(ExecutionMode.CONCURRENT) // starts nothing shared: runs beside the Quarkus tests
class StreamingProxyTest {

    private static final int CHUNK = 64 * 1024;
    private static final long MB = 1024 * 1024;

    private static Vertx vertx;
    private static ServiceClients clients;
    private static int gatewayPort;
    /** What the service wrote of the current download, and whether the gateway closed its connection. */
    private static final AtomicLong sent = new AtomicLong();

    private static final AtomicBoolean downloadClosed = new AtomicBoolean();
    private static final AtomicInteger flakyAttempts = new AtomicInteger();
    private static final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeAll
    static void startServiceAndGateway() throws Exception {
        vertx = Vertx.vertx();
        Router service = Router.router(vertx);
        service.get("/api/v1/download").handler(ctx -> {
            long total = Long.parseLong(ctx.request().getParam("bytes"));
            sent.set(0);
            downloadClosed.set(false);
            HttpServerResponse response = ctx.response()
                    .setChunked(true)
                    .putHeader("Content-Type", "application/x-ndjson")
                    .putHeader("ETag", "\"v7\"");
            ctx.request().connection().closeHandler(v -> downloadClosed.set(true));
            pump(response, total);
        });
        service.route("/api/v1/flaky").handler(ctx -> {
            if (flakyAttempts.incrementAndGet() == 1) {
                ctx.request().connection().close(); // no answer at all: the call may be sent again only if it is a read
            } else {
                ctx.response().end("answered on attempt " + flakyAttempts.get());
            }
        });
        service.post("/api/v1/upload").handler(ctx -> {
            AtomicLong received = new AtomicLong();
            ctx.request().handler(chunk -> received.addAndGet(chunk.length()));
            ctx.request()
                    .endHandler(v -> ctx.response()
                            .putHeader(
                                    "Location",
                                    "http://localhost:"
                                            + ctx.request().localAddress().port() + "/api/v1/upload/1")
                            .end("bytes=" + received.get() + ";if-match="
                                    + ctx.request().getHeader("If-Match") + ";idempotency-key="
                                    + ctx.request().getHeader("Idempotency-Key")));
        });
        HttpServer serviceServer = listen(service);
        clients = new ServiceClients(
                vertx,
                new ServiceClients.Settings(
                        Map.of("svc", "http://localhost:" + serviceServer.actualPort()),
                        Duration.ofSeconds(5),
                        2,
                        1000,
                        Duration.ofSeconds(5),
                        8));
        StreamingProxy proxy = new StreamingProxy(clients, registry);
        Router gateway = Router.router(vertx);
        gateway.route("/api/v1/*").handler(ctx -> proxy.forward(ctx, "svc"));
        gatewayPort = listen(gateway).actualPort();
    }

    private static HttpServer listen(Router router) throws Exception {
        return vertx.createHttpServer()
                .requestHandler(router)
                .listen(0)
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    /** Writes {@code total} bytes while the connection takes them, then waits to be drained: a service that respects back-pressure. */
    private static void pump(HttpServerResponse response, long total) {
        Buffer chunk = Buffer.buffer(new byte[CHUNK]);
        while (!response.writeQueueFull() && sent.get() < total) {
            response.write(chunk);
            sent.addAndGet(CHUNK);
        }
        if (sent.get() >= total) {
            response.end();
        } else {
            response.drainHandler(v -> pump(response, total));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aDownloadStreamsAtThePaceTheClientReads() throws Exception {
        long total = 256 * MB;
        try (Socket client = new Socket("localhost", gatewayPort)) {
            request(client, "GET /api/v1/download?bytes=" + total + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            // the client reads nothing: the service is held back once the buffers on the way are full
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sent.get() > 0 && stableFor(sent, Duration.ofMillis(300)));
            assertThat(sent.get()).isLessThan(64 * MB);
            long body = readChunkedBody(client.getInputStream());
            assertThat(body).isEqualTo(total);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> clients.inFlight("svc") == 0);
    }

    @Test
    void aClientThatGoesAwayFreesTheServiceConnection() throws Exception {
        try (Socket client = new Socket("localhost", gatewayPort)) {
            request(client, "GET /api/v1/download?bytes=" + 1024 * MB + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            client.getInputStream().readNBytes((int) MB);
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(new boolean[] {downloadClosed.get(), clients.inFlight("svc") == 0})
                        .as("the service's connection closed, no call in flight")
                        .containsExactly(true, true));
        assertThat(sent.get()).isLessThan(1024 * MB);
    }

    @Test
    void anAnswerTheClientAcceptsGzipdIsCompressedAsItStreamsWithItsOwnETag() throws Exception {
        HttpResponse<byte[]> gzip = http().send(
                        HttpRequest.newBuilder(gateway("/api/v1/download?bytes=" + 8 * MB))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.headers().firstValue("ETag")).hasValue("\"v7-gzip\"");
        assertThat(gzip.headers().firstValue("Vary")).hasValue("Accept-Encoding, Accept-Language");
        assertThat(gzip.body().length).isLessThan((int) MB);
        try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertThat(unzipped.transferTo(OutputStream.nullOutputStream())).isEqualTo(8 * MB);
        }
        // the gateway's own share of the call is measured (the proxy benchmark reads its p99)
        await().atMost(Duration.ofSeconds(5))
                .until(() -> registry.find("ecoreform.proxy.added").timer().count() > 0);
    }

    @Test
    void readsThatGotNoAnswerAreSentAgainWritesAreNot() throws Exception {
        HttpClient http = http();
        flakyAttempts.set(0);
        HttpResponse<String> read = http.send(
                HttpRequest.newBuilder(gateway("/api/v1/flaky")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo("answered on attempt 2");

        flakyAttempts.set(0);
        HttpResponse<String> write = http.send(
                HttpRequest.newBuilder(gateway("/api/v1/flaky"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(write.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(write.body()).contains("svc-service is unavailable");
        assertThat(flakyAttempts.get()).isEqualTo(1);
    }

    @Test
    void anUploadStreamsToTheServiceWithItsHeaders() throws Exception {
        long total = 64 * MB;
        HttpResponse<String> answer = http().send(
                        HttpRequest.newBuilder(gateway("/api/v1/upload"))
                                .header("If-Match", "\"v3-gzip\"")
                                .header("Idempotency-Key", "upload-0001")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroStream(total)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("bytes=" + total + ";if-match=\"v3\";idempotency-key=upload-0001");
        assertThat(answer.headers().firstValue("Location"))
                .hasValue("http://localhost:" + gatewayPort + "/api/v1/upload/1");
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static URI gateway(String path) {
        return URI.create("http://localhost:" + gatewayPort + path);
    }

    private static void request(Socket socket, String head) throws Exception {
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    private static boolean stableFor(AtomicLong counter, Duration quiet) throws InterruptedException {
        long before = counter.get();
        Thread.sleep(quiet.toMillis()); // the quantity checked is "nothing moved for this long"
        return counter.get() == before;
    }

    /** Reads an HTTP/1.1 answer with a chunked body; returns the body's size. */
    private static long readChunkedBody(InputStream in) throws Exception {
        String line;
        while (!(line = readLine(in)).isEmpty()) {
            assertThat(line).doesNotStartWith("HTTP/1.1 5");
        }
        long body = 0;
        while (true) {
            int size = Integer.parseInt(readLine(in).strip(), 16);
            if (size == 0) {
                return body;
            }
            in.skipNBytes(size);
            body += size;
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws Exception {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IllegalStateException("connection closed mid-answer");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** {@code size} zero bytes, read as a stream (never held whole). */
    private static final class ZeroStream extends InputStream {
        private long left;

        ZeroStream(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
