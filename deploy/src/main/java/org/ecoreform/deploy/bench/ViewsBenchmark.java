package org.ecoreform.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoreform.deploy.LocalLauncher;

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
        Duration phase = Duration.ofSeconds(Long.getLong("bench.seconds", 5));
        int roundCount = Integer.getInteger("bench.rounds", 3);
        int concurrency = Integer.getInteger("bench.concurrency", 16);
        int writes = Integer.getInteger("bench.writes", 200);
        String view = "/api/v1/views/provinces/630000";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        HttpResponse<byte[]> sample = http.send(HttpRequest.newBuilder(URI.create(gateway + view)).build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = sample.body();
        String etag = sample.headers().firstValue("ETag").orElseThrow();
        System.out.printf("View %s: %d bytes, ETag %s%n", view, body.length, etag);

        // The raw server answers the same response: the same body and the same headers as the
        // gateway's (security headers included; a fresh X-Request-Id per request), so the
        // comparison measures the framework's work, not a difference in what is sent. It gets as
        // many event loops as Quarkus gives the gateway (2 × cores), all serving one port.
        Map<String, String> sameHeaders = new java.util.LinkedHashMap<>();
        sample.headers().map().forEach((name, values) -> {
            if (!List.of("content-length", "x-request-id", "date").contains(name.toLowerCase())) {
                sameHeaders.put(name, values.get(0));
            }
        });
        System.out.printf("Headers the raw server sends too: %s%n", sameHeaders.keySet());
        java.util.concurrent.atomic.AtomicLong requestIds = new java.util.concurrent.atomic.AtomicLong();
        Vertx vertx = Vertx.vertx();
        int rawPort = freePort();
        Buffer bytes = Buffer.buffer(body);
        int eventLoops = 2 * Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < eventLoops; i++) {
            vertx.createHttpServer().requestHandler(request -> {
                var response = request.response();
                sameHeaders.forEach(response::putHeader);
                response.putHeader("X-Request-Id", "raw-" + Long.toString(requestIds.incrementAndGet(), 36));
                if (etag.equals(request.getHeader("If-None-Match"))) {
                    response.headers().remove("Content-Type");
                    response.setStatusCode(304).end();
                } else {
                    response.end(bytes.copy());
                }
            }).listen(rawPort, "localhost").toCompletionStage().toCompletableFuture().get();
        }
        String rawUrl = "http://localhost:" + rawPort;

        // the machine's noise is larger than the effect measured, so the four targets alternate
        // over several rounds and the ratios are taken per round; the median round is reported
        String[][] targets = {{"gateway view 200", gateway + view, null}, {"raw Vert.x   200", rawUrl + view, null},
                {"gateway view 304", gateway + view, etag}, {"raw Vert.x   304", rawUrl + view, etag}};
        List<Result[]> rounds = new ArrayList<>();
        try {
            for (String[] target : targets) {
                load(target[0], target[1], target[2], Duration.ofSeconds(5), concurrency); // warm-up
            }
            for (int round = 0; round < roundCount; round++) {
                Result[] results = new Result[targets.length];
                for (int t = 0; t < targets.length; t++) {
                    results[t] = load(targets[t][0], targets[t][1], targets[t][2], phase, concurrency);
                }
                rounds.add(results);
            }
        } finally {
            vertx.close();
        }
        long[] propagation = propagation(http, gateway, dataDir, writes);

        System.out.printf("%n%-6s %-18s %12s %10s %10s %8s%n", "round", "target", "req/s", "p50 µs", "p99 µs", "errors");
        double[] viewRatios = new double[rounds.size()];
        double[] notModifiedRatios = new double[rounds.size()];
        for (int round = 0; round < rounds.size(); round++) {
            Result[] results = rounds.get(round);
            for (Result r : results) {
                System.out.printf("%-6d %-18s %12.0f %10d %10d %8d%n", round + 1, r.name(), r.throughput(), r.p50Micros(), r.p99Micros(), r.errors());
            }
            viewRatios[round] = results[0].throughput() / results[1].throughput();
            notModifiedRatios[round] = results[2].throughput() / results[3].throughput();
            System.out.printf("       views / raw %.0f %%, 304 path / raw %.0f %%%n", viewRatios[round] * 100, notModifiedRatios[round] * 100);
        }
        System.out.printf("%nviews / raw throughput, median of %d rounds: %.0f %% (goal ≥ 50 %%)%n", rounds.size(), median(viewRatios) * 100);
        System.out.printf("304 path / raw throughput, median of %d rounds: %.0f %% (goal ≥ 70 %%)%n", rounds.size(), median(notModifiedRatios) * 100);
        System.out.printf("write → view propagation over %d writes: p50 %d ms, p99 %d ms (goal p99 ≤ 500 ms)%n",
                writes, propagation[0], propagation[1]);
    }

    /**
     * wrk (C, event-driven) generates the load, so that the client's own cost hardly weighs on the
     * two cores the servers share. Before each phase, one request checks the status it expects.
     */
    static Result load(String name, String url, String ifNoneMatch, Duration phase, int concurrency) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder probe = HttpRequest.newBuilder(URI.create(url));
        if (ifNoneMatch != null) {
            probe.header("If-None-Match", ifNoneMatch);
        }
        int expected = ifNoneMatch == null ? 200 : 304;
        int status = http.send(probe.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != expected) {
            throw new IllegalStateException(name + ": expected " + expected + " but got " + status);
        }
        return wrk(url, ifNoneMatch, phase, concurrency).named(name);
    }

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("([0-9]+) requests in ([0-9.]+)(ms|s|m)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_SUCCESS = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

    private static Result wrk(String url, String ifNoneMatch, Duration phase, int concurrency) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "--latency", "-t2", "-c" + concurrency, "-d" + phase.toSeconds() + "s"));
        if (ifNoneMatch != null) {
            command.addAll(List.of("-H", "If-None-Match: " + ifNoneMatch));
        }
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(phase.toSeconds() + 30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        Matcher total = TOTAL.matcher(out);
        Matcher rate = REQUESTS_PER_SECOND.matcher(out);
        if (!total.find() || !rate.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + out);
        }
        long requests = Long.parseLong(total.group(1));
        double seconds = requests / Double.parseDouble(rate.group(1));
        long p50 = 0;
        long p99 = 0;
        Matcher percentile = PERCENTILE.matcher(out);
        while (percentile.find()) {
            double value = Double.parseDouble(percentile.group(2));
            long micros = Math.round(switch (percentile.group(3)) {
                case "us" -> value;
                case "ms" -> value * 1_000;
                default -> value * 1_000_000;
            });
            if (percentile.group(1).equals("50")) {
                p50 = micros;
            } else {
                p99 = micros;
            }
        }
        long errors = 0;
        Matcher nonSuccess = NON_SUCCESS.matcher(out);
        if (nonSuccess.find()) {
            errors += Long.parseLong(nonSuccess.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new Result("", requests, seconds, p50, p99, errors);
    }

    /** Writes an adoption record through the gateway and times how long until its change is on the SSE stream. */
    static long[] propagation(HttpClient http, String gateway, Path dataDir, int writes) throws Exception {
        String token = LocalLauncher.developmentToken(dataDir, "bench", "province-editor", "630000");
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

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
