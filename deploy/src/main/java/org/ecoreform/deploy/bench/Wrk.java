package org.ecoreform.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load from wrk (C, event-driven), so that the client's own cost hardly weighs on the two
 * cores the servers share. Before each phase, one request checks the status it expects.
 */
final class Wrk {

    record Result(String name, long requests, double seconds, long p50Micros, long p99Micros, long errors) {
        double throughput() {
            return requests / seconds;
        }
    }

    /**
     * How long wrk waits for an answer (its default is 2 s): a slow answer is counted as an answer, its time in the
     * latencies, so that only what failed is an error (a 500-record page at national size queues past 2 s at 16
     * connections).
     */
    private static final int ANSWER_TIMEOUT_SECONDS = 30;

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("([0-9]+) requests in ([0-9.]+)(ms|s|m)");
    private static final Pattern PERCENTILE =
            Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_SUCCESS = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

    private Wrk() {}

    static Result load(String name, String url, String ifNoneMatch, Duration phase, int concurrency) throws Exception {
        HttpRequest.Builder probe = HttpRequest.newBuilder(URI.create(url));
        if (ifNoneMatch != null) {
            probe.header("If-None-Match", ifNoneMatch);
        }
        int expected = ifNoneMatch == null ? 200 : 304;
        int status = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(probe.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status != expected) {
            throw new IllegalStateException(name + ": expected " + expected + " but got " + status);
        }
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "--latency",
                "--timeout",
                ANSWER_TIMEOUT_SECONDS + "s",
                "-t2",
                "-c" + concurrency,
                "-d" + phase.toSeconds() + "s"));
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
            long micros = Math.round(
                    switch (percentile.group(3)) {
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
        return new Result(name, requests, seconds, p50, p99, errors);
    }
}
