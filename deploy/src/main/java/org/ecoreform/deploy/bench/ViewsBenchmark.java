package org.ecoreform.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Measures, on this machine and in one run: throughput and p99 latency of the gateway's province
 * view (200 and 304 paths) against a raw Vert.x server returning the same bytes, and the write→view
 * propagation p50/p99 (a write through the gateway until its change arrives on the SSE stream).
 * Every loop is bounded in time; only loopback addresses are used.
 */
public final class ViewsBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(String name, long requests, double seconds, long p50Micros, long p99Micros, long errors) {
        double throughput() {
            return requests / seconds;
        }

        Result named(String label) {
            return new Result(label, requests, seconds, p50Micros, p99Micros, errors);
        }
    }

    public static void main(String[] args) throws Exception {
        String gateway = System.getProperty("bench.gateway", "http://localhost:8080");
        Path dataDir = Path.of(System.getProperty("bench.data", ".data"));
        Duration phase = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
        int concurrency = Integer.getInteger("bench.concurrency", 16);
        int writes = Integer.getInteger("bench.writes", 200);
        String view = "/api/v1/views/provinces/630000";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        HttpResponse<byte[]> sample = http.send(HttpRequest.newBuilder(URI.create(gateway + view)).build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = sample.body();
        String etag = sample.headers().firstValue("ETag").orElseThrow();
        System.out.printf("View %s: %d bytes, ETag %s%n", view, body.length, etag);

        Vertx vertx = Vertx.vertx();
        HttpServer raw = vertx.createHttpServer().requestHandler(request -> {
            if (etag.equals(request.getHeader("If-None-Match"))) {
                request.response().setStatusCode(304).putHeader("ETag", etag).putHeader("Cache-Control", "no-cache, public").end();
            } else {
                request.response().putHeader("Content-Type", "application/json; charset=UTF-8").putHeader("ETag", etag)
                        .putHeader("Cache-Control", "no-cache, public").end(Buffer.buffer(body));
            }
        }).listen(0, "localhost").toCompletionStage().toCompletableFuture().get();
        String rawUrl = "http://localhost:" + raw.actualPort();

        List<Result> results = new ArrayList<>();
        try {
            results.add(load("gateway view 200", gateway + view, null, phase, concurrency));
            results.add(load("raw Vert.x   200", rawUrl + view, null, phase, concurrency));
            results.add(load("gateway view 304", gateway + view, etag, phase, concurrency));
            results.add(load("raw Vert.x   304", rawUrl + view, etag, phase, concurrency));
        } finally {
            raw.close();
            vertx.close();
        }
        long[] propagation = propagation(http, gateway, dataDir, writes);

        System.out.println();
        System.out.printf("%-18s %12s %10s %10s %8s%n", "target", "req/s", "p50 µs", "p99 µs", "errors");
        for (Result r : results) {
            System.out.printf("%-18s %12.0f %10d %10d %8d%n", r.name(), r.throughput(), r.p50Micros(), r.p99Micros(), r.errors());
        }
        double viewRatio = results.get(0).throughput() / results.get(1).throughput();
        double notModifiedRatio = results.get(2).throughput() / results.get(3).throughput();
        System.out.printf("%nviews / raw throughput: %.0f %% (goal ≥ 50 %%)%n", viewRatio * 100);
        System.out.printf("304 path / raw throughput: %.0f %% (goal ≥ 70 %%)%n", notModifiedRatio * 100);
        System.out.printf("write → view propagation over %d writes: p50 %d ms, p99 %d ms (goal p99 ≤ 500 ms)%n",
                writes, propagation[0], propagation[1]);
    }

    /** {@code concurrency} clients as fast as they can for a warm-up and then a measured phase. */
    static Result load(String name, String url, String ifNoneMatch, Duration phase, int concurrency) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (ifNoneMatch != null) {
            builder.header("If-None-Match", ifNoneMatch);
        }
        HttpRequest request = builder.build();
        run(http, request, Duration.ofSeconds(5), concurrency, ifNoneMatch == null ? 200 : 304); // warm-up
        return run(http, request, phase, concurrency, ifNoneMatch == null ? 200 : 304).named(name);
    }

    private static Result run(HttpClient http, HttpRequest request, Duration phase, int concurrency, int expected) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        long deadline = start + phase.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                long errors = 0;
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - t0;
                    if (response.statusCode() != expected) {
                        errors++;
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = took;
                }
                long[] result = Arrays.copyOf(latencies, n + 1);
                result[n] = errors; // the last slot carries the error count
                return result;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> future : futures) {
            long[] r = future.get(phase.toSeconds() + 60, TimeUnit.SECONDS);
            for (int i = 0; i < r.length - 1; i++) {
                all.add(r[i]);
            }
            errors += r[r.length - 1];
        }
        pool.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result("", sorted.length, seconds, percentile(sorted, 50) / 1000, percentile(sorted, 99) / 1000, errors);
    }

    /** Writes an adoption record through the gateway and times how long until its change is on the SSE stream. */
    static long[] propagation(HttpClient http, String gateway, Path dataDir, int writes) throws Exception {
        String token = token(dataDir);
        Map<Long, Long> arrived = new ConcurrentHashMap<>();
        String[] recordId = new String[1];
        HttpResponse<byte[]> created = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/adoptions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"planId\":\"630000-2021-106\",\"measureIds\":[\"N2020-61\"],"
                        + "\"actions\":\"基准测试：v1\",\"responsibleUnits\":[\"省财政厅\"]}")).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not create the benchmark record: " + created.statusCode() + " " + new String(created.body()));
        }
        recordId[0] = JSON.readTree(created.body()).path("id").asText();
        HttpClient sseClient = HttpClient.newHttpClient();
        var stream = sseClient.sendAsync(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/changes/stream")).build(),
                HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try {
                stream.get().body().forEach(line -> {
                    if (line.startsWith("data:")) {
                        try {
                            JsonNode change = JSON.readTree(line.substring(5));
                            if (recordId[0].equals(change.path("key").asText())) {
                                arrived.put(change.path("version").asLong(), System.nanoTime());
                            }
                        } catch (Exception e) {
                            // not a change
                        }
                    }
                });
            } catch (Exception e) {
                // stream closed
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(500); // let the subscription start
        long[] latencies = new long[writes];
        long version = 1;
        for (int i = 0; i < writes; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/adoptions/" + recordId[0]))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("If-Match", "\"v" + version + "\"")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"measureIds\":[\"N2020-61\"],\"actions\":\"基准测试：v" + (version + 1)
                            + "\",\"responsibleUnits\":[\"省财政厅\"]}")).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("write " + i + " failed: " + response.statusCode() + " " + new String(response.body()));
            }
            version++;
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!arrived.containsKey(version) && System.nanoTime() < deadline) {
                Thread.sleep(0, 200_000);
            }
            Long at = arrived.get(version);
            latencies[i] = at == null ? Duration.ofSeconds(10).toNanos() : at - t0;
        }
        stream.cancel(true);
        Arrays.sort(latencies);
        return new long[] {percentile(latencies, 50) / 1_000_000, percentile(latencies, 99) / 1_000_000};
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String token(Path dataDir) throws Exception {
        String pem = Files.readString(dataDir.resolve("jwt/private-key.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        return Jwt.issuer("https://ecoreform.local/issuer").subject("bench").upn("bench").groups(Set.of("province-editor"))
                .claim("province", "630000").expiresIn(Duration.ofHours(1)).sign(key);
    }
}
