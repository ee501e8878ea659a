package org.ecoreform.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Latency at a fixed offered rate, below saturation (where wrk's closed loop measures queueing,
 * not the server): {@code connections} clients on keep-alive connections, each sending at its own
 * steady pace, so that together they offer {@code perSecond}. A request that would be late is sent
 * at once; every latency is counted from when the request was due (no coordinated omission).
 */
final class PacedLoad {

    record Result(long requests, long errors, long p50Micros, long p99Micros) {
    }

    private PacedLoad() {
    }

    static Result run(String url, int connections, double perSecond, Duration phase) throws Exception {
        long interval = (long) (TimeUnit.SECONDS.toNanos(1) * connections / perSecond);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long end = start + phase.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<long[]>> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            long offset = interval * c / connections;
            clients.add(pool.submit(() -> client(url, start + offset, end, interval)));
        }
        pool.shutdown();
        List<Long> latencies = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> client : clients) {
            long[] measured = client.get(phase.toSeconds() + 60, TimeUnit.SECONDS);
            for (long latency : measured) {
                if (latency < 0) {
                    errors++;
                } else {
                    latencies.add(latency);
                }
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(sorted.length + errors, errors, percentile(sorted, 50) / 1000, percentile(sorted, 99) / 1000);
    }

    /** One connection's latencies in nanoseconds (-1 for a request that failed). */
    private static long[] client(String url, long first, long end, long interval) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        List<Long> latencies = new ArrayList<>();
        for (long due = first; due < end; due += interval) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                latencies.add(response.statusCode() == 200 ? System.nanoTime() - due : -1);
            } catch (java.io.IOException e) {
                latencies.add(-1L);
            }
        }
        return latencies.stream().mapToLong(Long::longValue).toArray();
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    static String describe(Result r) {
        return String.format("%d requests, %d failed, p50 %d µs, p99 %d µs", r.requests(), r.errors(), r.p50Micros(), r.p99Micros());
    }
}
