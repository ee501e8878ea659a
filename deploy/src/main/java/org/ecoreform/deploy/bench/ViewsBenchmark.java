package org.ecoreform.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * The gateway's views at reference size and at national size, in one run on this machine: a system
 * of its own is started on a fresh data directory (ports shifted), measured with the reference data,
 * loaded with a national data set through the public API ({@link NationalDataSet}), and measured
 * again. Per size: gateway CPU per applied event and write→view propagation under a steady write
 * rate; a rebuild of every view from offset 0 and the gateway's RSS after it; the province view's
 * 200 and 304 throughput against a raw Vert.x server answering the same bytes; the province view's
 * gzip'd size. Loopback only; every loop is bounded in time.
 */
public final class ViewsBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROVINCE_VIEW = "/api/v1/views/provinces/630000";
    /** The partitions the gateway projects: measures 3, framework 1, adoptions 3, indicators 3, plan tasks 3, accountability 1. */
    private static final int PROJECTED_PARTITIONS = 14;
    private static final String EDITED_MEASURE = "N2020-90";

    /** What one size measured. */
    record Stage(String name, int records, int eventsApplied, double cpuPerEventMs, double idleCpuPerEventMs, double projectorCpuPerRecordMs,
                 long propagationP50,
                 long propagationP99, int writes, int failedWrites, double rebuildSeconds, long rssMb, double viewRatio,
                 double notModifiedRatio, List<Wrk.Result[]> rounds, int viewBytes, int gzipBytes, double compositionMs) {

        String summary() {
            return String.format("%d events, CPU/event %.2f ms (%.2f without idle, projecting thread %.2f per record), propagation p50 %d ms p99 %d ms, %d writes (%d failed), "
                    + "rebuild %.1f s, RSS %d MB, view/raw %.0f %%, 304/raw %.0f %%, view %d B, gzip %d B", eventsApplied, cpuPerEventMs,
                    idleCpuPerEventMs, projectorCpuPerRecordMs, propagationP50, propagationP99, writes, failedWrites, rebuildSeconds, rssMb, viewRatio * 100,
                    notModifiedRatio * 100, viewBytes, gzipBytes);
        }
    }

    private final LocalLauncher system;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String gateway;
    private final ProcessHandle gatewayProcess;
    private final Duration phase;
    private final int roundCount;
    private final int concurrency;
    private final int writeRate;
    private final Duration writeDuration;
    private final Duration warmUp;

    private ViewsBenchmark(LocalLauncher system) {
        this.system = system;
        this.gateway = system.baseUrl("gateway");
        this.gatewayProcess = system.process("gateway");
        this.phase = Duration.ofSeconds(Long.getLong("bench.seconds", 5));
        this.roundCount = Integer.getInteger("bench.rounds", 3);
        this.concurrency = Integer.getInteger("bench.concurrency", 16);
        this.writeRate = Integer.getInteger("bench.writeRate", 20);
        this.writeDuration = Duration.ofSeconds(Long.getLong("bench.writeSeconds", 15));
        this.warmUp = Duration.ofSeconds(Long.getLong("bench.warmUpSeconds", 15));
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("bench.data", "target/bench-data")).toAbsolutePath();
        Machine.deleteRecursively(data);
        LocalLauncher system = new LocalLauncher(data, Integer.getInteger("bench.portOffset", 4000), true);
        Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "bench-stop")); // a stopped benchmark leaves no service behind
        system.start();
        try {
            ViewsBenchmark bench = new ViewsBenchmark(system);
            bench.awaitCaughtUp(Duration.ofMinutes(3), 53);
            Stage reference = bench.stage("reference", 52);
            List<Download> referenceDownloads = bench.downloads();
            log("Loading the national data set through the public API…");
            NationalDataSet.Loaded loaded = new NationalDataSet(system, bench.http)
                    .load(Integer.getInteger("bench.plans", 7), Integer.getInteger("bench.years", 10));
            long loadedAt = System.nanoTime();
            bench.awaitCaughtUp(Duration.ofMinutes(10), 53);
            log("Loaded %d plans (%d records) for %d provinces, %d targets, %d observations in %d s; views caught up %d ms after the last write",
                    loaded.plans(), loaded.records(), loaded.provinces(), loaded.targets(), loaded.observations(), loaded.millis() / 1000,
                    (System.nanoTime() - loadedAt) / 1_000_000);
            Stage national = bench.stage("national", 52 + loaded.records());
            List<Download> nationalDownloads = bench.downloads();
            report(reference, national, loaded);
            reportDownloads(referenceDownloads, nationalDownloads);
        } finally {
            system.stop();
        }
    }

    private Stage stage(String name, int records) throws Exception {
        log("[%s] warm-up writes: %d/s for %d s", name, writeRate, warmUp.toSeconds());
        steadyWrites(records > 52, warmUp); // the JIT compiles the paths first, off the record
        log("[%s] steady writes: %d/s for %d s", name, writeRate, writeDuration.toSeconds());
        Propagation propagation = steadyWrites(records > 52, writeDuration);
        log("[%s] rebuild of every view from offset 0", name);
        String before = get(gateway + "/api/v1/views/overview").body();
        long t0 = System.nanoTime();
        send("POST", gateway + "/api/v1/views/rebuild", system.token("bench-admin", "admin", null), null, null, 202);
        awaitCaughtUp(Duration.ofMinutes(5), 0);
        double rebuildSeconds = (System.nanoTime() - t0) / 1e9;
        if (!get(gateway + "/api/v1/views/overview").body().equals(before)) {
            throw new IllegalStateException("the overview after the rebuild differs from the one before");
        }
        long rss = Machine.residentMegabytes(gatewayProcess);
        log("[%s] throughput of %s against a raw server", name, PROVINCE_VIEW);
        HttpResponse<byte[]> sample = http.send(HttpRequest.newBuilder(URI.create(gateway + PROVINCE_VIEW)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gzip = http.send(HttpRequest.newBuilder(URI.create(gateway + PROVINCE_VIEW)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String etag = sample.headers().firstValue("ETag").orElseThrow();
        List<Wrk.Result[]> rounds = new ArrayList<>();
        try (RawServer raw = new RawServer(sample)) {
            String[][] targets = {{"gateway view 200", gateway + PROVINCE_VIEW, null}, {"raw Vert.x   200", raw.url(PROVINCE_VIEW), null},
                    {"gateway view 304", gateway + PROVINCE_VIEW, etag}, {"raw Vert.x   304", raw.url(PROVINCE_VIEW), etag}};
            for (String[] target : targets) {
                Wrk.load(target[0], target[1], target[2], Duration.ofSeconds(3), concurrency); // warm-up
            }
            // the machine's noise is larger than the effect measured: the targets alternate over rounds, ratios per round
            for (int round = 0; round < roundCount; round++) {
                Wrk.Result[] results = new Wrk.Result[targets.length];
                for (int t = 0; t < targets.length; t++) {
                    results[t] = Wrk.load(targets[t][0], targets[t][1], targets[t][2], phase, concurrency);
                }
                rounds.add(results);
            }
        }
        double[] viewRatios = rounds.stream().mapToDouble(r -> r[0].throughput() / r[1].throughput()).toArray();
        double[] notModifiedRatios = rounds.stream().mapToDouble(r -> r[2].throughput() / r[3].throughput()).toArray();
        Stage stage = new Stage(name, records, propagation.events, propagation.cpuPerEventMs, propagation.idleCpuPerEventMs,
                propagation.projectorCpuPerRecordMs, propagation.p50,
                propagation.p99, propagation.writes, propagation.failed, rebuildSeconds, rss, median(viewRatios), median(notModifiedRatios),
                rounds, sample.body().length, gzip.body().length, compositionMillis(PROVINCE_VIEW));
        log("[%s] %s", name, stage.summary());
        return stage;
    }

    record Propagation(int writes, int failed, int events, double cpuPerEventMs, double idleCpuPerEventMs, double projectorCpuPerRecordMs,
                       long p50, long p99) {
    }

    /**
     * Open-loop writes at a steady rate straight to the owning services (so the gateway's CPU is
     * its projection's, not its proxy's): adoption records across every province that has some, and
     * one catalogue edit in ten. Each write's propagation is the time until its change arrives on
     * the gateway's SSE stream, which happens once its view documents are written.
     */
    private Propagation steadyWrites(boolean national, Duration writeDuration) throws Exception {
        String admin = system.token("bench-admin", "admin", null);
        String catalogueEditor = system.token("bench-catalogue", "catalogue-editor", null);
        List<Aggregate> records = records(national);
        Aggregate measure = new Aggregate(EDITED_MEASURE, versionOf(gateway + "/api/v1/measures/" + EDITED_MEASURE), null);
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        AtomicInteger events = new AtomicInteger();
        var stream = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/changes/stream")).build(),
                HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try {
                stream.get().body().forEach(line -> {
                    if (line.startsWith("data:")) {
                        try {
                            JsonNode change = JSON.readTree(line.substring(5));
                            arrived.put(change.path("key").asText() + "@" + change.path("version").asLong(), System.nanoTime());
                            events.incrementAndGet();
                        } catch (IOException e) {
                            // not a change
                        }
                    }
                });
            } catch (Exception e) {
                // the stream was closed
            }
        }, "sse-reader");
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
                                ? target.write(system.baseUrl("measures-service") + "/api/v1/measures/" + target.id, "PATCH", catalogueEditor,
                                "application/merge-patch+json", "{\"content\":\"基准测试修改 " + index + "\"}")
                                : target.write(system.baseUrl("adoption-service") + "/api/v1/adoptions/" + target.id, "PUT", admin,
                                "application/json", target.body.replace("%ACTIONS%", "基准测试：第" + index + "次修改"));
                        sent.add(new Sent(t0, target.id + "@" + version));
                    } catch (Exception e) {
                        if (failed.incrementAndGet() <= 3) {
                            log("  write failed: %s", e.getMessage());
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
        log("  %d writes acknowledged, %d of their changes seen on the stream, %d failed, in %.1f s", sent.size(),
                sent.stream().filter(w -> arrived.containsKey(w.change())).count(), failed.get(), (System.nanoTime() - start) / 1e9);
        double elapsedSeconds = (System.nanoTime() - start) / 1e9;
        Duration cpuUsed = cpu().minus(cpuBefore);
        double[] projectorAfter = projectorCounters();
        double projectorCpuPerRecordMs = (projectorAfter[0] - projectorBefore[0]) * 1000 / Math.max(1, projectorAfter[1] - projectorBefore[1]);
        int applied = events.get() - eventsBefore;
        stream.cancel(true);
        long[] latencies = sent.stream().mapToLong(s -> {
            Long at = arrived.get(s.change());
            return at == null ? Duration.ofSeconds(30).toNanos() : at - s.at();
        }).sorted().toArray();
        double cpuMs = cpuUsed.toNanos() / 1e6;
        double idleMs = idlePerSecond * elapsedSeconds;
        return new Propagation(total, failed.get(), applied, cpuMs / Math.max(1, applied), Math.max(0, cpuMs - idleMs) / Math.max(1, applied),
                projectorCpuPerRecordMs, percentile(latencies, 50) / 1_000_000, percentile(latencies, 99) / 1_000_000);
    }

    /** A write acknowledged by its service: when it was sent, and the change ({@code key@version}) it must cause. */
    private record Sent(long at, String change) {
    }

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
            HttpResponse<String> response = send(method, url, token, contentType, payload, 200, "\"v" + version + "\"");
            version = Long.parseLong(response.headers().firstValue("ETag").orElseThrow().replaceAll("[^0-9]", ""));
            return version;
        }
    }

    /** Adoption records to write: Qinghai's at reference size, ten of every province's at national size. */
    private List<Aggregate> records(boolean national) throws Exception {
        List<String> provinces = new ArrayList<>();
        if (national) {
            JSON.readTree(get(gateway + "/api/v1/provinces").body()).path("items").forEach(p -> provinces.add(p.path("code").asText()));
        } else {
            provinces.add("630000");
        }
        List<Aggregate> records = new ArrayList<>();
        for (String province : provinces) {
            JsonNode page = JSON.readTree(get(gateway + "/api/v1/adoptions?limit=" + (national ? 10 : 52) + "&province=" + province).body());
            for (JsonNode r : page.path("items")) {
                List<String> measures = new ArrayList<>();
                r.path("measures").forEach(m -> measures.add(m.path("id").asText()));
                List<String> units = new ArrayList<>();
                r.path("responsibleUnits").forEach(u -> units.add(u.asText()));
                String body = JSON.writeValueAsString(Map.of("measureIds", measures, "actions", "%ACTIONS%", "responsibleUnits", units));
                records.add(new Aggregate(r.path("id").asText(), r.path("version").asLong(), body));
            }
        }
        // interleave provinces, so that consecutive writes touch different province documents
        records.sort(Comparator.comparing((Aggregate a) -> a.id.substring(a.id.length() - 2)).thenComparing(a -> a.id));
        return records;
    }

    private Duration cpu() {
        return gatewayProcess.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time for the gateway"));
    }

    /** The gateway's own account of its projecting thread: CPU seconds, records applied. */
    private double[] projectorCounters() throws Exception {
        String metrics = get(gateway + "/q/metrics").body();
        return new double[] {metric(metrics, "ecoreform_views_projection_cpu_seconds_total"), metric(metrics, "ecoreform_views_projected_records_total")};
    }

    private static double metric(String metrics, String name) {
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.Ee+-]+)$").matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    private double compositionMillis(String path) throws Exception {
        String metrics = get(gateway + "/q/metrics").body();
        java.util.regex.Matcher sum = java.util.regex.Pattern.compile("ecoreform_views_composition_seconds_sum\\S* ([0-9.Ee+-]+)").matcher(metrics);
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("ecoreform_views_composition_seconds_count\\S* ([0-9.Ee+-]+)").matcher(metrics);
        return sum.find() && count.find() ? Double.parseDouble(sum.group(1)) * 1000 / Math.max(1, Double.parseDouble(count.group(1))) : -1;
    }

    /** Until the views have read every topic to its end and Qinghai's profile shows at least {@code adopted} measures. */
    private void awaitCaughtUp(Duration limit, int adopted) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = JSON.readTree(get(gateway + "/api/v1/views/status").body());
            if (status.path("partitions").size() == PROJECTED_PARTITIONS && status.path("lag").asLong() == 0
                    && JSON.readTree(get(gateway + PROVINCE_VIEW + "?fields=coverage").body()).at("/coverage/adopted").asInt() >= adopted) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the views did not catch up within " + limit);
    }

    private long versionOf(String url) throws Exception {
        return Long.parseLong(get(url).headers().firstValue("ETag").orElseThrow().replaceAll("[^0-9]", ""));
    }

    private HttpResponse<String> get(String url) throws Exception {
        return send("GET", url, null, null, null, 200);
    }

    private HttpResponse<String> send(String method, String url, String token, String contentType, String body, int expected) throws Exception {
        return send(method, url, token, contentType, body, expected, null);
    }

    private HttpResponse<String> send(String method, String url, String token, String contentType, String body, int expected, String ifMatch)
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

    private static void report(Stage reference, Stage national, NationalDataSet.Loaded loaded) {
        for (Stage stage : List.of(reference, national)) {
            System.out.printf("%n[%s] %-6s %-18s %12s %10s %10s %8s%n", stage.name(), "round", "target", "req/s", "p50 µs", "p99 µs", "errors");
            for (int round = 0; round < stage.rounds().size(); round++) {
                for (Wrk.Result r : stage.rounds().get(round)) {
                    System.out.printf("[%s] %-6d %-18s %12.0f %10d %10d %8d%n", stage.name(), round + 1, r.name(), r.throughput(),
                            r.p50Micros(), r.p99Micros(), r.errors());
                }
            }
        }
        System.out.printf("%nNational data set: %d provinces, %d plans, %d adoption records (+52 reference), %d targets added, %d observations%n",
                loaded.provinces(), loaded.plans(), loaded.records(), loaded.targets(), loaded.observations());
        System.out.printf("%n%-52s %14s %14s %s%n", "measure", "reference", "national", "goal");
        row("adoption records", reference.records(), national.records(), "≥ 10,000 national");
        row("writes at " + "steady rate (failed)", reference.writes() + " (" + reference.failedWrites() + ")",
                national.writes() + " (" + national.failedWrites() + ")", "");
        row("events applied by the gateway", reference.eventsApplied(), national.eventsApplied(), "");
        row("gateway CPU per applied event, ms (idle included)", reference.cpuPerEventMs(), national.cpuPerEventMs(), "");
        row("gateway CPU per applied event, ms (idle deducted)", reference.idleCpuPerEventMs(), national.idleCpuPerEventMs(),
                String.format("≤ 10 and ≤ 1.5 × reference (%.2f × measured)", national.idleCpuPerEventMs() / Math.max(0.001, reference.idleCpuPerEventMs())));
        row("projecting thread CPU per record, ms (JIT, GC excluded)", reference.projectorCpuPerRecordMs(), national.projectorCpuPerRecordMs(), "");
        row("write → view propagation p50, ms", reference.propagationP50(), national.propagationP50(), "");
        row("write → view propagation p99, ms", reference.propagationP99(), national.propagationP99(), "≤ 250 national");
        row("rebuild of every view from offset 0, s", reference.rebuildSeconds(), national.rebuildSeconds(), "≤ 60 national");
        row("gateway RSS after the rebuild, MB", reference.rssMb(), national.rssMb(), "≤ 350 national");
        row("province view / raw server throughput, % (median)", reference.viewRatio() * 100, national.viewRatio() * 100, "≥ 90");
        row("304 path / raw server throughput, % (median)", reference.notModifiedRatio() * 100, national.notModifiedRatio() * 100, "≥ 75");
        row("province view bytes, identity", reference.viewBytes(), national.viewBytes(), "");
        row("province view gzip / identity, %", 100.0 * reference.gzipBytes() / reference.viewBytes(),
                100.0 * national.gzipBytes() / national.viewBytes(), "≤ 25");
        row("view composition, mean ms (all kinds)", reference.compositionMs(), national.compositionMs(), "");
    }

    /** One whole-dataset download through the gateway: its rows, bytes and time. */
    record Download(String file, long rows, long bytes, long gzipBytes, long millis) {
    }

    /** Every dataset of /api/v1/exports in both formats, the CSV also gzip'd, each timed from request to last byte. */
    private List<Download> downloads() throws Exception {
        List<Download> downloads = new java.util.ArrayList<>();
        for (String dataset : List.of("measures", "adoptions", "targets", "observations")) {
            for (String format : List.of("csv", "ndjson")) {
                URI uri = URI.create(gateway + "/api/v1/exports/" + dataset + "." + format);
                long t0 = System.nanoTime();
                HttpResponse<byte[]> identity = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
                long millis = (System.nanoTime() - t0) / 1_000_000;
                HttpResponse<byte[]> gzip = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (identity.statusCode() != 200 || gzip.statusCode() != 200) {
                    throw new IllegalStateException(uri + " answered " + identity.statusCode() + " / " + gzip.statusCode());
                }
                long lines = new String(identity.body(), java.nio.charset.StandardCharsets.UTF_8).lines().count();
                downloads.add(new Download(dataset + "." + format, format.equals("csv") ? lines - 1 : lines, identity.body().length,
                        gzip.body().length, millis));
            }
        }
        return downloads;
    }

    private static void reportDownloads(List<Download> reference, List<Download> national) {
        System.out.printf("%n%-20s %28s %28s%n", "download", "reference rows / KB / gzip KB / ms", "national rows / KB / gzip KB / ms");
        for (int i = 0; i < reference.size(); i++) {
            Download r = reference.get(i);
            Download n = national.get(i);
            System.out.printf("%-20s %28s %28s%n", r.file(), String.format("%d / %.0f / %.0f / %d", r.rows(), r.bytes() / 1024.0,
                    r.gzipBytes() / 1024.0, r.millis()), String.format("%d / %.0f / %.0f / %d", n.rows(), n.bytes() / 1024.0,
                    n.gzipBytes() / 1024.0, n.millis()));
        }
    }

    private static void row(String name, Object reference, Object national, String goal) {
        System.out.printf("%-52s %14s %14s %s%n", name, format(reference), format(national), goal);
    }

    private static String format(Object value) {
        return value instanceof Double d ? String.format("%.2f", d) : String.valueOf(value);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }


    private static void log(String format, Object... args) {
        System.out.printf("%tT %s%n", System.currentTimeMillis(), String.format(format, args));
    }
}
