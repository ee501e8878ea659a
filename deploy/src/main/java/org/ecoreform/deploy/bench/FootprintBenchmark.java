package org.ecoreform.deploy.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecoreform.deploy.Directories;
import org.ecoreform.deploy.LocalLauncher;

/**
 * Start-up time and memory at rest of the local system, from a built tree: a first start on a fresh
 * data directory (the services import the reference data), then a second start on the same data.
 * Per start: seconds until every service is ready, each service's CPU seconds for it, and after a
 * settling pause the resident memory of each service and of this JVM, which holds the embedded
 * infrastructure exactly as the launcher's does (run it with the launcher's JVM options).
 */
public final class FootprintBenchmark {

    private static final long SERVICE_GOAL_MB = 200;
    private static final long INFRASTRUCTURE_GOAL_MB = 400;
    private static final double START_GOAL_SECONDS = 20;

    /** One start: how long it took and what each process holds at rest. */
    record Start(String name, double seconds, Map<String, Double> cpuSeconds, Map<String, Long> residentMb) {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("footprint.data", "target/footprint-data"))
                .toAbsolutePath();
        int portOffset = Integer.getInteger("footprint.portOffset", 5000);
        Duration settle = Duration.ofSeconds(Long.getLong("footprint.settleSeconds", 20));
        Directories.delete(data);
        Start first = measure("first start (fresh data)", new LocalLauncher(data, portOffset, true), settle);
        Start second = measure("second start (same data)", new LocalLauncher(data, portOffset, true), settle);
        report(first, second);
    }

    private static Start measure(String name, LocalLauncher system, Duration settle) throws Exception {
        long began = System.nanoTime();
        try {
            system.start();
            double seconds = (System.nanoTime() - began) / 1e9;
            Map<String, Double> cpu = new LinkedHashMap<>();
            LocalLauncher.serviceNames()
                    .forEach(service -> cpu.put(service, Machine.cpuSeconds(system.process(service))));
            System.out.printf("%s: running after %.1f s; settling %d s…%n", name, seconds, settle.toSeconds());
            System.gc(); // what this JVM holds at rest, not the garbage of the start
            Thread.sleep(settle.toMillis());
            Map<String, Long> resident = new LinkedHashMap<>();
            LocalLauncher.serviceNames()
                    .forEach(service -> resident.put(service, Machine.residentMegabytes(system.process(service))));
            resident.put("infrastructure (launcher JVM)", Machine.residentMegabytes(ProcessHandle.current()));
            return new Start(name, seconds, cpu, resident);
        } finally {
            system.stop();
        }
    }

    private static void report(Start first, Start second) {
        System.out.printf("%n%-46s %14s %14s   goal%n", "", "first start", "second start");
        row(
                "time to running, s",
                String.format("%.1f", first.seconds()),
                String.format("%.1f", second.seconds()),
                "≤ " + (int) START_GOAL_SECONDS);
        first.cpuSeconds()
                .keySet()
                .forEach(service -> row(
                        service + " CPU to ready, s",
                        String.format("%.1f", first.cpuSeconds().get(service)),
                        String.format("%.1f", second.cpuSeconds().get(service)),
                        ""));
        first.residentMb()
                .keySet()
                .forEach(process -> row(
                        process + " RSS at rest, MB",
                        String.valueOf(first.residentMb().get(process)),
                        String.valueOf(second.residentMb().get(process)),
                        "≤ " + (process.startsWith("infrastructure") ? INFRASTRUCTURE_GOAL_MB : SERVICE_GOAL_MB)));
        long total =
                second.residentMb().values().stream().mapToLong(Long::longValue).sum();
        row(
                "all JVMs at rest, MB",
                String.valueOf(first.residentMb().values().stream()
                        .mapToLong(Long::longValue)
                        .sum()),
                String.valueOf(total),
                "");
    }

    private static void row(String name, String first, String second, String goal) {
        System.out.printf("%-46s %14s %14s   %s%n", name, first, second, goal);
    }
}
