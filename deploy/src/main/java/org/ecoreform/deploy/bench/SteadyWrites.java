package org.ecoreform.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ecoreform.deploy.LocalLauncher;
import org.ecoreform.deploy.client.SystemClient;

/**
 * Writes at a steady rate straight to the owning services, and what the gateway spent projecting
 * them: its CPU per applied event (with and without its idle cost) and each write's propagation
 * until its change is on the gateway's SSE stream.
 */
final class SteadyWrites {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EDITED_MEASURE = "N2020-90";

    private final LocalLauncher system;
    private final SystemClient http;
    private final String gateway;
    private final ProcessHandle gatewayProcess;
    private final int writeRate;

    SteadyWrites(LocalLauncher system, SystemClient http, int writeRate) {
        this.system = system;
        this.http = http;
        this.gateway = system.baseUrl("gateway");
        this.gatewayProcess = system.process("gateway");
        this.writeRate = writeRate;
    }

    record Propagation(
            int writes,
            int failed,
            int events,
            double cpuPerEventMs,
            double idleCpuPerEventMs,
            double projectorCpuPerRecordMs,
            long p50,
            long p99) {}

    /**
     * Open-loop writes at a steady rate straight to the owning services (so the gateway's CPU is
     * its projection's, not its proxy's): adoption records across every province that has some, and
     * one catalogue edit in ten. Each write's propagation is the time until its change arrives on
     * the gateway's SSE stream, which happens once its view documents are written.
     */
    Propagation run(boolean national, Duration writeDuration) throws Exception {
        String admin = system.token("bench-admin", "admin", null);
        String catalogueEditor = system.token("bench-catalogue", "catalogue-editor", null);
        List<Aggregate> records = records(national);
        Aggregate measure =
                new Aggregate(EDITED_MEASURE, http.versionOf(gateway + "/api/v1/measures/" + EDITED_MEASURE), null);
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        AtomicInteger events = new AtomicInteger();
        var stream = HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create(gateway + "/api/v1/changes/stream"))
                                .build(),
                        HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(
                () -> {
                    try {
                        stream.get().body().forEach(line -> {
                            if (line.startsWith("data:")) {
                                try {
                                    JsonNode change = JSON.readTree(line.substring(5));
                                    arrived.put(
                                            change.path("key").asText() + "@"
                                                    + change.path("version").asLong(),
                                            System.nanoTime());
                                    events.incrementAndGet();
                                } catch (IOException e) {
                                    // not a change
                                }
                            }
                        });
                    } catch (Exception e) {
                        // the stream was closed
                    }
                },
                "sse-reader");
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(1000);
        // the gateway's CPU while nothing changes, over as long as the writes last
        Duration idleStart = cpu();
        Thread.sleep(3000);
        double idlePerSecond = (cpu().minus(idleStart).toNanos() / 1e6) / 3.0;

        int total = (int) (writeRate * writeDuration.toSeconds());
        List<Sent> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        int eventsBefore = events.get();
        double[] projectorBefore = projectorCounters();
        Duration cpuBefore = cpu();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / writeRate;
        AtomicLong nextRecord = new AtomicLong();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            while (System.nanoTime() < due) {
                Thread.sleep(0, 200_000);
            }
            boolean catalogue = i % 10 == 9;
            Aggregate target = catalogue ? measure : records.get((int) (nextRecord.getAndIncrement() % records.size()));
            int index = i;
            writers.submit(() -> {
                synchronized (target) { // one write at a time per aggregate: each names the version it changes
                    long t0 = System.nanoTime();
                    try {
                        long version = catalogue
                                ? target.write(
                                        system.baseUrl("measures-service") + "/api/v1/measures/" + target.id,
                                        "PATCH",
                                        catalogueEditor,
                                        "application/merge-patch+json",
                                        "{\"content\":\"基准测试修改 " + index + "\"}")
                                : target.write(
                                        system.baseUrl("adoption-service") + "/api/v1/adoptions/" + target.id,
                                        "PUT",
                                        admin,
                                        "application/json",
                                        target.body.replace("%ACTIONS%", "基准测试：第" + index + "次修改"));
                        sent.add(new Sent(t0, target.id + "@" + version));
                    } catch (Exception e) {
                        if (failed.incrementAndGet() <= 3) {
                            Stats.log("  write failed: %s", e.getMessage());
                        }
                    }
                }
            });
        }
        writers.shutdown();
        writers.awaitTermination(2, TimeUnit.MINUTES);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!sent.stream().allMatch(s -> arrived.containsKey(s.change())) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        Stats.log(
                "  %d writes acknowledged, %d of their changes seen on the stream, %d failed, in %.1f s",
                sent.size(),
                sent.stream().filter(w -> arrived.containsKey(w.change())).count(),
                failed.get(),
                (System.nanoTime() - start) / 1e9);
        double elapsedSeconds = (System.nanoTime() - start) / 1e9;
        Duration cpuUsed = cpu().minus(cpuBefore);
        double[] projectorAfter = projectorCounters();
        double projectorCpuPerRecordMs =
                (projectorAfter[0] - projectorBefore[0]) * 1000 / Math.max(1, projectorAfter[1] - projectorBefore[1]);
        int applied = events.get() - eventsBefore;
        stream.cancel(true);
        long[] latencies = sent.stream()
                .mapToLong(s -> {
                    Long at = arrived.get(s.change());
                    return at == null ? Duration.ofSeconds(30).toNanos() : at - s.at();
                })
                .sorted()
                .toArray();
        double cpuMs = cpuUsed.toNanos() / 1e6;
        double idleMs = idlePerSecond * elapsedSeconds;
        return new Propagation(
                total,
                failed.get(),
                applied,
                cpuMs / Math.max(1, applied),
                Math.max(0, cpuMs - idleMs) / Math.max(1, applied),
                projectorCpuPerRecordMs,
                Stats.percentile(latencies, 50) / 1_000_000,
                Stats.percentile(latencies, 99) / 1_000_000);
    }

    /** A write acknowledged by its service: when it was sent, and the change ({@code key@version}) it must cause. */
    private record Sent(long at, String change) {}

    /** An aggregate written by the benchmark, with the version it holds. */
    private final class Aggregate {
        final String id;
        final String body;
        long version;

        Aggregate(String id, long version, String body) {
            this.id = id;
            this.version = version;
            this.body = body;
        }

        /** Writes the next version; returns it. */
        long write(String url, String method, String token, String contentType, String payload) throws Exception {
            HttpResponse<String> response =
                    http.exchange(method, url, token, contentType, payload, 200, "\"v" + version + "\"");
            version = Long.parseLong(
                    response.headers().firstValue("ETag").orElseThrow().replaceAll("[^0-9]", ""));
            return version;
        }
    }

    /** Adoption records to write: Qinghai's at reference size, ten of every province's at national size. */
    private List<Aggregate> records(boolean national) throws Exception {
        List<String> provinces = new ArrayList<>();
        if (national) {
            JSON.readTree(http.exchange("GET", gateway + "/api/v1/provinces", null, null, null, 200, null)
                            .body())
                    .path("items")
                    .forEach(p -> provinces.add(p.path("code").asText()));
        } else {
            provinces.add("630000");
        }
        List<Aggregate> records = new ArrayList<>();
        for (String province : provinces) {
            JsonNode page = JSON.readTree(http.exchange(
                            "GET",
                            gateway + "/api/v1/adoptions?limit=" + (national ? 10 : 52) + "&province=" + province,
                            null,
                            null,
                            null,
                            200,
                            null)
                    .body());
            for (JsonNode r : page.path("items")) {
                List<String> measures = new ArrayList<>();
                r.path("measures").forEach(m -> measures.add(m.path("id").asText()));
                List<String> units = new ArrayList<>();
                r.path("responsibleUnits").forEach(u -> units.add(u.asText()));
                String body = JSON.writeValueAsString(
                        Map.of("measureIds", measures, "actions", "%ACTIONS%", "responsibleUnits", units));
                records.add(
                        new Aggregate(r.path("id").asText(), r.path("version").asLong(), body));
            }
        }
        // interleave provinces, so that consecutive writes touch different province documents
        records.sort(Comparator.comparing((Aggregate a) -> a.id.substring(a.id.length() - 2))
                .thenComparing(a -> a.id));
        return records;
    }

    private Duration cpu() {
        return gatewayProcess
                .info()
                .totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("no CPU time for the gateway"));
    }

    /** The gateway's own account of its projecting thread: CPU seconds, records applied. */
    private double[] projectorCounters() throws Exception {
        String metrics = http.exchange("GET", gateway + "/q/metrics", null, null, null, 200, null)
                .body();
        return new double[] {
            metric(metrics, "ecoreform_views_projection_cpu_seconds_total"),
            metric(metrics, "ecoreform_views_projected_records_total")
        };
    }

    private static double metric(String metrics, String name) {
        java.util.regex.Matcher value = java.util.regex.Pattern.compile(
                        "(?m)^" + name + "(?:\\{[^}]*})? ([0-9.Ee+-]+)$")
                .matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
