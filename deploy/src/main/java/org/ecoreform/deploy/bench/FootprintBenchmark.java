package org.ecoreform.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final double FIRST_START_GOAL_SECONDS = 20;
    private static final double SECOND_START_GOAL_SECONDS = 12;

    private static final Pattern STARTED = Pattern.compile("started in (\\d+\\.\\d+)s");
    private static final Pattern REFERENCE_WORK =
            Pattern.compile("Reference data ([\\w-]+): (inputs unchanged|not yet possible)?");

    /** One start: how long it took, each service's own start, and what each process holds at rest. */
    record Start(
            String name,
            double seconds,
            Map<String, String> serviceStarts,
            Map<String, Double> cpuSeconds,
            Map<String, Long> residentMb) {}

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
            for (String service : LocalLauncher.serviceNames()) {
                cpu.put(service, Machine.cpuSeconds(system.process(service)));
            }
            System.out.printf("%s: running after %.1f s; settling %d s…%n", name, seconds, settle.toSeconds());
            System.gc(); // what this JVM holds at rest, not the garbage of the start
            Thread.sleep(settle.toMillis());
            Map<String, Long> resident = new LinkedHashMap<>();
            LocalLauncher.serviceNames()
                    .forEach(service -> resident.put(service, Machine.residentMegabytes(system.process(service))));
            resident.put("infrastructure (launcher JVM)", Machine.residentMegabytes(ProcessHandle.current()));
            resident.put("sign-in provider", Machine.residentMegabytes(system.signInProcess()));
            // read after settling: the work done on the catalogue's catch-up logs after "ready"
            Map<String, String> starts = new LinkedHashMap<>();
            for (String service : LocalLauncher.serviceNames()) {
                starts.put(service, ownStart(system.logOf(service)));
            }
            return new Start(name, seconds, starts, cpu, resident);
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
                "≤ " + (int) FIRST_START_GOAL_SECONDS + " / ≤ " + (int) SECOND_START_GOAL_SECONDS);
        first.serviceStarts()
                .keySet()
                .forEach(service -> row(
                        service + " own start, s",
                        first.serviceStarts().get(service),
                        second.serviceStarts().get(service),
                        ""));
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
                        process.startsWith("sign-in")
                                ? ""
                                : "≤ "
                                        + (process.startsWith("infrastructure")
                                                ? INFRASTRUCTURE_GOAL_MB
                                                : SERVICE_GOAL_MB)));
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

    /**
     * What the service's log says of this start: Quarkus's "started in" (from the JVM's start to
     * listening, reference work at start included) and which reference work ran or was skipped.
     */
    private static String ownStart(Path log) throws IOException {
        String started = "?";
        List<String> work = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.contains(" stopped in ")) {
                work.clear(); // an earlier start's lines: the log is appended to
            }
            Matcher s = STARTED.matcher(line);
            if (s.find()) {
                started = s.group(1);
            }
            Matcher w = REFERENCE_WORK.matcher(line);
            if (w.find()) {
                work.add(w.group(1)
                        + (w.group(2) == null ? " ran" : w.group(2).startsWith("inputs") ? " skipped" : " waited"));
            }
        }
        return work.isEmpty() ? started : started + " (" + String.join(", ", work) + ")";
    }

    private static void row(String name, String first, String second, String goal) {
        System.out.printf("%-46s %14s %14s   %s%n", name, first, second, goal);
    }
}
