package org.ecoreform.deploy.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ecoreform.deploy.Directories;
import org.ecoreform.deploy.LocalLauncher;
import org.ecoreform.deploy.client.SystemClient;

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

    private static final String PROVINCE_VIEW = "/api/v1/views/provinces/630000";

    /** What one size measured. */
    record Stage(
            String name,
            int records,
            int eventsApplied,
            double cpuPerEventMs,
            double idleCpuPerEventMs,
            double projectorCpuPerRecordMs,
            long propagationP50,
            long propagationP99,
            int writes,
            int failedWrites,
            double rebuildSeconds,
            long rssMb,
            double viewRatio,
            double notModifiedRatio,
            List<Wrk.Result[]> rounds,
            int viewBytes,
            int gzipBytes,
            double compositionMs) {

        String summary() {
            return String.format(
                    "%d events, CPU/event %.2f ms (%.2f without idle, projecting thread %.2f per record), "
                            + "propagation p50 %d ms p99 %d ms, %d writes (%d failed), "
                            + "rebuild %.1f s, RSS %d MB, view/raw %.0f %%, 304/raw %.0f %%, view %d B, gzip %d B",
                    eventsApplied,
                    cpuPerEventMs,
                    idleCpuPerEventMs,
                    projectorCpuPerRecordMs,
                    propagationP50,
                    propagationP99,
                    writes,
                    failedWrites,
                    rebuildSeconds,
                    rssMb,
                    viewRatio * 100,
                    notModifiedRatio * 100,
                    viewBytes,
                    gzipBytes);
        }
    }

    private final LocalLauncher system;
    private final String gateway;
    private final SystemClient client;
    private final SystemClient http;
    private final SteadyWrites writes;
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
        this.client = new SystemClient(gateway);
        this.http = client;
        this.writes = new SteadyWrites(system, http, Integer.getInteger("bench.writeRate", 20));
        this.gatewayProcess = system.process("gateway");
        this.phase = Duration.ofSeconds(Long.getLong("bench.seconds", 5));
        this.roundCount = Integer.getInteger("bench.rounds", 3);
        this.concurrency = Integer.getInteger("bench.concurrency", 16);
        this.writeRate = Integer.getInteger("bench.writeRate", 20);
        this.writeDuration = Duration.ofSeconds(Long.getLong("bench.writeSeconds", 15));
        this.warmUp = Duration.ofSeconds(Long.getLong("bench.warmUpSeconds", 15));
    }

    public static void main(String[] args) throws Exception {
        Path data =
                Path.of(System.getProperty("bench.data", "target/bench-data")).toAbsolutePath();
        Directories.delete(data);
        LocalLauncher system = new LocalLauncher(data, Integer.getInteger("bench.portOffset", 4000), true);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(system::stop, "bench-stop")); // a stopped benchmark leaves no service behind
        system.start();
        try {
            ViewsBenchmark bench = new ViewsBenchmark(system);
            bench.client.awaitViewsCaughtUp(Duration.ofMinutes(3), 53);
            Stage reference = bench.stage("reference", 52);
            List<ViewsReport.Download> referenceDownloads = ViewsReport.downloads(bench.http.http(), bench.gateway);
            Stats.log("Loading the national data set through the public API…");
            NationalDataSet.Loaded loaded = new NationalDataSet(system, bench.http)
                    .load(Integer.getInteger("bench.plans", 7), Integer.getInteger("bench.years", 10));
            long loadedAt = System.nanoTime();
            bench.client.awaitViewsCaughtUp(Duration.ofMinutes(10), 53);
            Stats.log(
                    "Loaded %d plans (%d records) for %d provinces, %d targets, %d observations in %d s; views "
                            + "caught up %d ms after the last write",
                    loaded.plans(),
                    loaded.records(),
                    loaded.provinces(),
                    loaded.targets(),
                    loaded.observations(),
                    loaded.millis() / 1000,
                    (System.nanoTime() - loadedAt) / 1_000_000);
            Stage national = bench.stage("national", 52 + loaded.records());
            List<ViewsReport.Download> nationalDownloads = ViewsReport.downloads(bench.http.http(), bench.gateway);
            ViewsReport.report(reference, national, loaded);
            ViewsReport.reportDownloads(referenceDownloads, nationalDownloads);
        } finally {
            system.stop();
        }
    }

    private Stage stage(String name, int records) throws Exception {
        Stats.log("[%s] warm-up writes: %d/s for %d s", name, writeRate, warmUp.toSeconds());
        writes.run(records > 52, warmUp); // the JIT compiles the paths first, off the record
        Stats.log("[%s] steady writes: %d/s for %d s", name, writeRate, writeDuration.toSeconds());
        SteadyWrites.Propagation propagation = writes.run(records > 52, writeDuration);
        Stats.log("[%s] rebuild of every view from offset 0", name);
        String before = http.exchange("GET", gateway + "/api/v1/views/overview", null, null, null, 200, null)
                .body();
        long t0 = System.nanoTime();
        http.exchange(
                "POST",
                gateway + "/api/v1/views/rebuild",
                system.token("bench-admin", "admin", null),
                null,
                null,
                202,
                null);
        client.awaitViewsCaughtUp(Duration.ofMinutes(5), 0);
        double rebuildSeconds = (System.nanoTime() - t0) / 1e9;
        if (!http.exchange("GET", gateway + "/api/v1/views/overview", null, null, null, 200, null)
                .body()
                .equals(before)) {
            throw new IllegalStateException("the overview after the rebuild differs from the one before");
        }
        long rss = Machine.residentMegabytes(gatewayProcess);
        Stats.log("[%s] throughput of %s against a raw server", name, PROVINCE_VIEW);
        HttpResponse<byte[]> sample = http.http()
                .send(
                        HttpRequest.newBuilder(URI.create(gateway + PROVINCE_VIEW))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gzip = http.http()
                .send(
                        HttpRequest.newBuilder(URI.create(gateway + PROVINCE_VIEW))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        String etag = sample.headers().firstValue("ETag").orElseThrow();
        List<Wrk.Result[]> rounds = new ArrayList<>();
        try (RawServer raw = new RawServer(sample)) {
            String[][] targets = {
                {"gateway view 200", gateway + PROVINCE_VIEW, null},
                {"raw Vert.x   200", raw.url(PROVINCE_VIEW), null},
                {"gateway view 304", gateway + PROVINCE_VIEW, etag},
                {"raw Vert.x   304", raw.url(PROVINCE_VIEW), etag}
            };
            for (String[] target : targets) {
                Wrk.load(target[0], target[1], target[2], Duration.ofSeconds(3), concurrency); // warm-up
            }
            // the machine's noise is larger than the effect measured: the targets alternate over rounds, ratios per
            // round
            for (int round = 0; round < roundCount; round++) {
                Wrk.Result[] results = new Wrk.Result[targets.length];
                for (int t = 0; t < targets.length; t++) {
                    results[t] = Wrk.load(targets[t][0], targets[t][1], targets[t][2], phase, concurrency);
                }
                rounds.add(results);
            }
        }
        double[] viewRatios = rounds.stream()
                .mapToDouble(r -> r[0].throughput() / r[1].throughput())
                .toArray();
        double[] notModifiedRatios = rounds.stream()
                .mapToDouble(r -> r[2].throughput() / r[3].throughput())
                .toArray();
        Stage stage = new Stage(
                name,
                records,
                propagation.events(),
                propagation.cpuPerEventMs(),
                propagation.idleCpuPerEventMs(),
                propagation.projectorCpuPerRecordMs(),
                propagation.p50(),
                propagation.p99(),
                propagation.writes(),
                propagation.failed(),
                rebuildSeconds,
                rss,
                Stats.median(viewRatios),
                Stats.median(notModifiedRatios),
                rounds,
                sample.body().length,
                gzip.body().length,
                compositionMillis(PROVINCE_VIEW));
        Stats.log("[%s] %s", name, stage.summary());
        return stage;
    }

    private double compositionMillis(String path) throws Exception {
        String metrics = http.exchange("GET", gateway + "/q/metrics", null, null, null, 200, null)
                .body();
        java.util.regex.Matcher sum = java.util.regex.Pattern.compile(
                        "ecoreform_views_composition_seconds_sum\\S* ([0-9.Ee+-]+)")
                .matcher(metrics);
        java.util.regex.Matcher count = java.util.regex.Pattern.compile(
                        "ecoreform_views_composition_seconds_count\\S* ([0-9.Ee+-]+)")
                .matcher(metrics);
        return sum.find() && count.find()
                ? Double.parseDouble(sum.group(1)) * 1000 / Math.max(1, Double.parseDouble(count.group(1)))
                : -1;
    }
}
