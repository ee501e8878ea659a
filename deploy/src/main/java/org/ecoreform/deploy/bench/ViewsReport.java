package org.ecoreform.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** The views benchmark's tables: both sizes side by side with the goals, and the whole-dataset downloads. */
final class ViewsReport {

    private ViewsReport() {}

    static void report(ViewsBenchmark.Stage reference, ViewsBenchmark.Stage national, NationalDataSet.Loaded loaded) {
        for (ViewsBenchmark.Stage stage : List.of(reference, national)) {
            System.out.printf(
                    "%n[%s] %-6s %-18s %12s %10s %10s %8s%n",
                    stage.name(), "round", "target", "req/s", "p50 µs", "p99 µs", "errors");
            for (int round = 0; round < stage.rounds().size(); round++) {
                for (Wrk.Result r : stage.rounds().get(round)) {
                    System.out.printf(
                            "[%s] %-6d %-18s %12.0f %10d %10d %8d%n",
                            stage.name(),
                            round + 1,
                            r.name(),
                            r.throughput(),
                            r.p50Micros(),
                            r.p99Micros(),
                            r.errors());
                }
            }
        }
        System.out.printf(
                "%nNational data set: %d provinces, %d plans, %d adoption records (+52 reference), %d targets added, %d observations%n",
                loaded.provinces(), loaded.plans(), loaded.records(), loaded.targets(), loaded.observations());
        System.out.printf("%n%-52s %14s %14s %s%n", "measure", "reference", "national", "goal");
        row("adoption records", reference.records(), national.records(), "≥ 10,000 national");
        row(
                "writes at " + "steady rate (failed)",
                reference.writes() + " (" + reference.failedWrites() + ")",
                national.writes() + " (" + national.failedWrites() + ")",
                "");
        row("events applied by the gateway", reference.eventsApplied(), national.eventsApplied(), "");
        row(
                "gateway CPU per applied event, ms (idle included)",
                reference.cpuPerEventMs(),
                national.cpuPerEventMs(),
                "");
        row(
                "gateway CPU per applied event, ms (idle deducted)",
                reference.idleCpuPerEventMs(),
                national.idleCpuPerEventMs(),
                String.format(
                        "≤ 10 and ≤ 1.5 × reference (%.2f × measured)",
                        national.idleCpuPerEventMs() / Math.max(0.001, reference.idleCpuPerEventMs())));
        row(
                "projecting thread CPU per record, ms (JIT, GC excluded)",
                reference.projectorCpuPerRecordMs(),
                national.projectorCpuPerRecordMs(),
                "");
        row("write → view propagation p50, ms", reference.propagationP50(), national.propagationP50(), "");
        row(
                "write → view propagation p99, ms",
                reference.propagationP99(),
                national.propagationP99(),
                "≤ 250 national");
        row(
                "rebuild of every view from offset 0, s",
                reference.rebuildSeconds(),
                national.rebuildSeconds(),
                "≤ 60 national");
        row("gateway RSS after the rebuild, MB", reference.rssMb(), national.rssMb(), "≤ 350 national");
        row(
                "province view / raw server throughput, % (median)",
                reference.viewRatio() * 100, national.viewRatio() * 100, "≥ 90");
        row(
                "304 path / raw server throughput, % (median)",
                reference.notModifiedRatio() * 100, national.notModifiedRatio() * 100, "≥ 75");
        row("province view bytes, identity", reference.viewBytes(), national.viewBytes(), "");
        row(
                "province view gzip / identity, %",
                100.0 * reference.gzipBytes() / reference.viewBytes(),
                100.0 * national.gzipBytes() / national.viewBytes(),
                "≤ 25");
        row("view composition, mean ms (all kinds)", reference.compositionMs(), national.compositionMs(), "");
    }

    /** One whole-dataset download through the gateway: its rows, bytes and time. */
    record Download(String file, long rows, long bytes, long gzipBytes, long millis) {}

    /** Every dataset of /api/v1/exports in both formats, the CSV also gzip'd, each timed from request to last byte. */
    static List<Download> downloads(HttpClient http, String gateway) throws Exception {
        List<Download> downloads = new java.util.ArrayList<>();
        for (String dataset : List.of("measures", "adoptions", "targets", "observations")) {
            for (String format : List.of("csv", "ndjson")) {
                URI uri = URI.create(gateway + "/api/v1/exports/" + dataset + "." + format);
                long t0 = System.nanoTime();
                HttpResponse<byte[]> identity =
                        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
                long millis = (System.nanoTime() - t0) / 1_000_000;
                HttpResponse<byte[]> gzip = http.send(
                        HttpRequest.newBuilder(uri)
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (identity.statusCode() != 200 || gzip.statusCode() != 200) {
                    throw new IllegalStateException(
                            uri + " answered " + identity.statusCode() + " / " + gzip.statusCode());
                }
                long lines = new String(identity.body(), java.nio.charset.StandardCharsets.UTF_8)
                        .lines()
                        .count();
                downloads.add(new Download(
                        dataset + "." + format,
                        format.equals("csv") ? lines - 1 : lines,
                        identity.body().length,
                        gzip.body().length,
                        millis));
            }
        }
        return downloads;
    }

    static void reportDownloads(List<Download> reference, List<Download> national) {
        System.out.printf(
                "%n%-20s %28s %28s%n",
                "download", "reference rows / KB / gzip KB / ms", "national rows / KB / gzip KB / ms");
        for (int i = 0; i < reference.size(); i++) {
            Download r = reference.get(i);
            Download n = national.get(i);
            System.out.printf(
                    "%-20s %28s %28s%n",
                    r.file(),
                    String.format(
                            "%d / %.0f / %.0f / %d", r.rows(), r.bytes() / 1024.0, r.gzipBytes() / 1024.0, r.millis()),
                    String.format(
                            "%d / %.0f / %.0f / %d", n.rows(), n.bytes() / 1024.0, n.gzipBytes() / 1024.0, n.millis()));
        }
    }

    private static void row(String name, Object reference, Object national, String goal) {
        System.out.printf("%-52s %14s %14s %s%n", name, format(reference), format(national), goal);
    }

    private static String format(Object value) {
        return value instanceof Double d ? String.format("%.2f", d) : String.valueOf(value);
    }
}
