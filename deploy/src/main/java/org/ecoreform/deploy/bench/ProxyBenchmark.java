package org.ecoreform.deploy.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.ecoreform.deploy.Directories;
import org.ecoreform.deploy.LocalLauncher;
import org.ecoreform.deploy.client.SystemClient;

/**
 * What the gateway's proxy costs, at national size, in one run on this machine (issue 29): the same
 * GETs through the gateway and straight to the owning service, alternating over rounds (the
 * machine's noise is larger than some effects measured, so ratios are taken per round and the
 * median reported); the gateway's CPU per proxied GET with its idle CPU deducted; the time the
 * gateway adds to a call (p50, p99), as it measures it over the rounds (its whole answer less the
 * service's call: client-side latencies on these two shared cores measure the client's and the
 * scheduler's pauses as much as the servers'); the gateway's RSS while four clients download the
 * national adoption records at once. Loopback only; every phase is bounded in time. Each comparison is made twice:
 * on shared cores, where every microsecond the gateway spends is taken from the service, PostgreSQL and wrk; and with
 * the gateway on a core of its own ({@link CoreSplit}), as in a deployment that gives it nodes of its own, where the
 * ratio shows whether the gateway keeps pace with the service rather than what it takes from it.
 */
public final class ProxyBenchmark {

    /** Where the gateway's CPU comes from in a comparison. */
    enum Placement {
        /** Every process on every core: the gateway's CPU is taken from what the service could have used. */
        SHARED("shared cores"),
        /** The gateway on a core of its own ({@link CoreSplit}), as on nodes of its own. */
        GATEWAY_ALONE("gateway on its own core");

        final String label;

        Placement(String label) {
            this.label = label;
        }
    }

    /** One proxied GET measured: throughput ratio, CPU per request, p99 added. */
    record Comparison(
            String name,
            Placement placement,
            double gatewayPerSecond,
            double directPerSecond,
            double ratio,
            double cpuPerRequestMs,
            long errors,
            double addedP50Micros,
            double addedP99Micros) {}

    /** The gateway's memory while streaming downloads. */
    record Downloads(int clients, long bytesEach, long restingRssMb, long peakRssMb, double seconds) {}

    private static final Duration WARM_UP = Duration.ofSeconds(30);
    /** Load on both sides after the cores were split, before the rounds count (the code is compiled by then). */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final LocalLauncher system;
    private final ProcessHandle gatewayProcess;
    private final Duration phase;
    private final int rounds;
    private final int concurrency;

    private ProxyBenchmark(LocalLauncher system) {
        this.system = system;
        this.gatewayProcess = system.process("gateway");
        this.phase = Duration.ofSeconds(Long.getLong("bench.seconds", 5));
        this.rounds = Integer.getInteger("bench.rounds", 3);
        this.concurrency = Integer.getInteger("bench.concurrency", 16);
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("bench.data", "target/proxy-bench-data"))
                .toAbsolutePath();
        Directories.delete(data);
        LocalLauncher system = new LocalLauncher(data, Integer.getInteger("bench.portOffset", 4500), true);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(system::stop, "bench-stop")); // a stopped benchmark leaves no service behind
        system.start();
        try {
            SystemClient client = new SystemClient(system.baseUrl("gateway"));
            client.awaitReferenceViews(Duration.ofMinutes(3));
            Stats.log("Loading the national data set through the public API…");
            NationalDataSet.Loaded loaded = new NationalDataSet(system, client)
                    .load(Integer.getInteger("bench.plans", 7), Integer.getInteger("bench.years", 2));
            client.awaitViewsCaughtUp(Duration.ofMinutes(10), SystemClient.REFERENCE_MEASURES_ADOPTED_BY_QINGHAI);
            Stats.log(
                    "Loaded %d plans (%d records) for %d provinces",
                    loaded.plans(), loaded.records(), loaded.provinces());
            ProxyBenchmark bench = new ProxyBenchmark(system);
            List<Comparison> comparisons = new ArrayList<>();
            for (String[] request : List.of(
                    new String[] {"measures-service", "/api/v1/measures/N2020-01"},
                    new String[] {"adoption-service", "/api/v1/adoptions?limit=500"})) {
                String name = "GET " + request[1];
                comparisons.add(bench.compare(name, request[0], request[1], Placement.SHARED, WARM_UP));
                Optional<String> unavailable = CoreSplit.unavailable();
                if (unavailable.isPresent()) {
                    Stats.log("[%s] not measured with the gateway on its own core: %s", name, unavailable.get());
                    continue;
                }
                try (CoreSplit split = CoreSplit.apply(bench.gatewayProcess, data)) {
                    comparisons.add(bench.compare(name, request[0], request[1], Placement.GATEWAY_ALONE, SETTLE));
                }
            }
            Downloads downloads = bench.downloads(4, "/api/v1/exports/adoptions.ndjson");
            report(loaded, comparisons, downloads, bench.concurrency);
        } finally {
            system.stop();
        }
    }

    private Comparison compare(String name, String service, String path, Placement placement, Duration warmUp)
            throws Exception {
        String viaGateway = system.baseUrl("gateway") + path;
        String direct = system.baseUrl(service) + path;
        // both sides warm before any round counts: on two busy cores the JIT was still compiling the gateway's proxy
        // path after 15 s of load (its CPU per call fell from 0.45 to 0.12 ms over the three rounds after them)
        Stats.log("[%s, %s] warm-up", name, placement.label);
        Wrk.load(name + " via gateway", viaGateway, null, warmUp, concurrency);
        Wrk.load(name + " direct", direct, null, warmUp, concurrency);
        double idleCpuPerSecond = idleCpuPerSecond();
        AddedTime addedBefore = AddedTime.read(system.baseUrl("gateway"));
        double[] ratios = new double[rounds];
        double[] cpuPerRequest = new double[rounds];
        double[] gatewayRate = new double[rounds];
        double[] directRate = new double[rounds];
        long errors = 0;
        for (int round = 0; round < rounds; round++) {
            double cpuBefore = Machine.cpuSeconds(gatewayProcess);
            Wrk.Result g = Wrk.load(name + " via gateway", viaGateway, null, phase, concurrency);
            double cpuUsed = Machine.cpuSeconds(gatewayProcess) - cpuBefore;
            Wrk.Result d = Wrk.load(name + " direct", direct, null, phase, concurrency);
            ratios[round] = g.throughput() / d.throughput();
            cpuPerRequest[round] = Math.max(0, cpuUsed - idleCpuPerSecond * g.seconds()) * 1000 / g.requests();
            gatewayRate[round] = g.throughput();
            directRate[round] = d.throughput();
            errors += g.errors() + d.errors();
            Stats.log(
                    "  round %d: gateway %.0f/s, direct %.0f/s, ratio %.0f %%, gateway CPU %.3f ms/request",
                    round + 1, g.throughput(), d.throughput(), ratios[round] * 100, cpuPerRequest[round]);
        }
        // the gateway's own share of each call in the rounds, as it measured it (its histogram's growth over them)
        AddedTime added = AddedTime.read(system.baseUrl("gateway")).since(addedBefore);
        Stats.log(
                "  time the gateway added over %d calls: p50 %.0f µs, p99 %.0f µs",
                added.count(), added.percentileMicros(0.5), added.percentileMicros(0.99));
        return new Comparison(
                name,
                placement,
                Stats.median(gatewayRate),
                Stats.median(directRate),
                Stats.median(ratios),
                Stats.median(cpuPerRequest),
                errors,
                added.percentileMicros(0.5),
                added.percentileMicros(0.99));
    }

    /** The gateway's CPU at rest (its pollers, the projection's idle loop), per second. */
    private double idleCpuPerSecond() throws InterruptedException {
        // first the answers wrk left in flight at the end of the warm-up finish (a large page takes seconds)
        Thread.sleep(3000);
        double before = Machine.cpuSeconds(gatewayProcess);
        Thread.sleep(3000);
        return (Machine.cpuSeconds(gatewayProcess) - before) / 3;
    }

    /** {@code clients} downloads of the same dataset at once through the gateway, its RSS sampled every 50 ms. */
    private Downloads downloads(int clients, String path) throws Exception {
        Stats.log("[downloads] %d × %s", clients, path);
        long resting = Machine.residentMegabytes(gatewayProcess);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong peak = new AtomicLong(resting);
        long start = System.nanoTime();
        List<Future<Long>> sizes = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            sizes.add(pool.submit(() -> {
                HttpResponse<InputStream> response = http.send(
                        HttpRequest.newBuilder(URI.create(system.baseUrl("gateway") + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
                try (InputStream body = response.body()) {
                    return body.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }));
        }
        pool.shutdown();
        while (!pool.isTerminated()) {
            peak.accumulateAndGet(Machine.residentMegabytes(gatewayProcess), Math::max);
            Thread.sleep(50);
        }
        long bytes = sizes.get(0).get();
        for (Future<Long> size : sizes) {
            if (size.get() != bytes) {
                throw new IllegalStateException("the downloads differ in size: " + size.get() + " and " + bytes);
            }
        }
        return new Downloads(clients, bytes, resting, peak.get(), (System.nanoTime() - start) / 1e9);
    }

    private static void report(
            NationalDataSet.Loaded loaded, List<Comparison> comparisons, Downloads downloads, int concurrency) {
        StringBuilder out = new StringBuilder(String.format(
                "%nProxy benchmark at national size (%d provinces, %d plans, %d adoption records), "
                        + "%d connections, medians of the rounds%n",
                loaded.provinces(), loaded.plans(), loaded.records(), concurrency));
        out.append(String.format(
                "%-34s %-24s %10s %10s %7s %12s %22s %7s%n",
                "request", "cores", "gateway/s", "direct/s", "ratio", "CPU/request", "added p50 / p99", "errors"));
        for (Comparison c : comparisons) {
            String added = String.format("%.2f / %.2f ms", c.addedP50Micros() / 1000.0, c.addedP99Micros() / 1000.0);
            out.append(String.format(
                    "%-34s %-24s %10.0f %10.0f %6.0f%% %9.3f ms %22s %7d%n",
                    c.name(),
                    c.placement().label,
                    c.gatewayPerSecond(),
                    c.directPerSecond(),
                    c.ratio() * 100,
                    c.cpuPerRequestMs(),
                    added,
                    c.errors()));
        }
        out.append(String.format(
                "downloads: %d × %.1f MB at once in %.1f s; gateway RSS %d MB at rest, %d MB at most while streaming%n",
                downloads.clients(),
                downloads.bytesEach() / 1e6,
                downloads.seconds(),
                downloads.restingRssMb(),
                downloads.peakRssMb()));
        out.append("goals: ratio ≥ 85 %, CPU/request ≤ 1 ms, p99 added ≤ 2 ms, RSS while streaming ≤ 250 MB\n");
        System.out.println(out);
    }
}
