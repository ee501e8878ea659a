package org.ecoreform.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ecoreform.deploy.LocalLauncher;
import org.ecoreform.platform.cluster.EmbeddedKafkaCluster;

/**
 * Fault drills against a whole local system (issue 7), each with figures:
 * <ol>
 * <li>writes spread over the three services while the Kafka broker is down for a while: every
 * acknowledged change must reach the gateway's changes feed exactly once;</li>
 * <li>the gateway killed (SIGKILL) while changes stream in, then restarted: it must catch up, and
 * its views must equal those of a full rebuild from the topics;</li>
 * <li>one service killed: the others and the views keep serving, its own paths answer 503;</li>
 * <li>concurrent writers on one record with If-Match: no lost update.</li>
 * </ol>
 * Writes go straight to the owning services (the gateway is killed in drill 2); reads of the views
 * go through the gateway.
 */
public final class FaultDrill {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = "630000-2021-106";

    /** The sizes of a drill: the full one of the script, or a short one for the test suite. */
    public record Settings(int writes, Duration outage, int gatewayWrites, int contenders, Duration convergenceDeadline) {
    }

    /** The figures a drill measured. */
    public record Report(int acknowledgedWrites, int serverErrors, int lostChanges, int duplicatedChanges, int absentVersions, long convergeMillis,
                         int gatewayWrites, int gatewayLost, boolean viewsEqualRebuild, long gatewayCatchUpMillis,
                         int servingWhileDownFailures, int contenders, int contentionSuccesses, int preconditionFailures,
                         int historyEntries, boolean historyComplete) {

        public boolean passed() {
            return serverErrors == 0 && lostChanges == 0 && duplicatedChanges == 0 && absentVersions == 0 && gatewayLost == 0 && viewsEqualRebuild
                    && servingWhileDownFailures == 0 && contentionSuccesses == contenders && historyComplete;
        }
    }

    private final LocalLauncher system;
    private final DrillHttp http = new DrillHttp();
    private final String catalogueEditor;
    private final String qinghaiEditor;
    private final String indicatorEditor;
    private final String admin;

    public FaultDrill(LocalLauncher system) throws Exception {
        this.system = system;
        this.catalogueEditor = system.token("drill-catalogue", "catalogue-editor", null);
        this.qinghaiEditor = system.token("drill-qinghai", "province-editor", "630000");
        this.indicatorEditor = system.token("drill-indicators", "indicator-editor", null);
        this.admin = system.token("drill-admin", "admin", null);
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("drill.data", "target/drill-data")).toAbsolutePath();
        int offset = Integer.getInteger("drill.portOffset", 3000);
        Settings settings = new Settings(Integer.getInteger("drill.writes", 1000), Duration.ofSeconds(Long.getLong("drill.outageSeconds", 20)),
                Integer.getInteger("drill.gatewayWrites", 200), Integer.getInteger("drill.contenders", 50), Duration.ofMinutes(3));
        LocalLauncher system = new LocalLauncher(freshDirectory(data), offset, true);
        // the drill runs on three brokers with SASL_SSL and kills one; -Ddrill.kafka=single stops the one embedded broker instead
        EmbeddedKafkaCluster cluster = null;
        if (!"single".equals(System.getProperty("drill.kafka", "cluster"))) {
            EmbeddedKafkaCluster.User user = new EmbeddedKafkaCluster.User("ecoreform", "drill-" + java.util.UUID.randomUUID());
            cluster = EmbeddedKafkaCluster.start(3, List.of(user));
            system.withKafka(cluster, user, 2);
        }
        EmbeddedKafkaCluster kafka = cluster;
        // stop the system (and the cluster) on Ctrl-C or TERM too, and on System.exit below
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            system.stop();
            if (kafka != null) {
                kafka.close();
            }
        }, "drill-stop"));
        system.start();
        Report report = new FaultDrill(system).run(settings);
        print(report);
        ReplicaDrill.Report replicas = new ReplicaDrill(system).run(Integer.getInteger("drill.replicaWriters", 10),
                Integer.getInteger("drill.replicaVersions", 20), Duration.ofMinutes(2));
        ReplicaDrill.print(replicas);
        System.exit(report.passed() && replicas.passed() ? 0 : 1);
    }

    public Report run(Settings settings) throws Exception {
        awaitReferenceViews();
        String start = latestChangeCursor();

        // 1. Kafka outage during writes
        Map<String, Long> expected = new ConcurrentHashMap<>();
        Set<String> expectedChanges = ConcurrentHashMap.newKeySet();
        CountDownLatch outageBegins = new CountDownLatch(1);
        AtomicInteger acknowledged = new AtomicInteger();
        long[] kafkaBack = new long[1];
        Thread outage = new Thread(() -> {
            try {
                outageBegins.await();
                log("Taking Kafka away for %d s while writes go on", settings.outage().toSeconds());
                system.stopKafka();
                Thread.sleep(settings.outage().toMillis());
                system.startKafka();
                kafkaBack[0] = System.nanoTime();
                log("Kafka is back");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException("the Kafka outage could not be staged", e);
            }
        }, "drill-kafka-outage");
        outage.start();
        writeSpread(settings.writes(), 0, expected, expectedChanges, acknowledged, () -> outageBegins.countDown(), settings.writes() / 5);
        outage.join();
        long lastWrite = System.nanoTime();
        long[] missingAndDuplicates = awaitChanges(start, expectedChanges, settings.convergenceDeadline());
        long convergeMillis = (System.nanoTime() - Math.max(kafkaBack[0], lastWrite)) / 1_000_000;
        log("Drill 1: %d writes acknowledged, %d server errors, %d aggregates lost their latest state, %d versions applied twice, "
                + "%d acknowledged versions absent, converged %d ms after the last of (Kafka back, last write)",
                acknowledged.get(), http.serverErrors(), missingAndDuplicates[0], missingAndDuplicates[1], missingAndDuplicates[2], convergeMillis);

        // 2. the gateway killed while changes stream in
        String beforeKill = latestChangeCursor();
        Set<String> gatewayChanges = ConcurrentHashMap.newKeySet();
        AtomicInteger gatewayAcknowledged = new AtomicInteger();
        writeSpread(settings.gatewayWrites(), 1, expected, gatewayChanges, gatewayAcknowledged, () -> {
            try {
                log("Killing the gateway (SIGKILL) mid-stream");
                system.kill("gateway");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, settings.gatewayWrites() / 4);
        long restartAt = System.nanoTime();
        system.restart("gateway");
        long[] gatewayCheck = awaitChanges(beforeKill, gatewayChanges, settings.convergenceDeadline());
        long catchUp = (System.nanoTime() - restartAt) / 1_000_000;
        boolean equal = viewsEqualAfterRebuild(expected.keySet(), settings.convergenceDeadline());
        log("Drill 2: %d writes while the gateway was killed and restarted, %d changes lost, %d duplicated, caught up in %d ms, views equal a rebuild: %s",
                gatewayAcknowledged.get(), gatewayCheck[0], gatewayCheck[1], catchUp, equal);

        // 3. one service killed
        int servingFailures = oneServiceDown();
        log("Drill 3: indicators-service killed: %d failures among the calls that should have been served", servingFailures);

        // 4. contention on one record
        int[] contention = contention(settings.contenders());
        log("Drill 4: %d writers on one record: %d succeeded, %d got 412 on the way, %d entries in its history, complete: %s",
                settings.contenders(), contention[0], contention[1], contention[2], contention[3] == 1);

        return new Report(acknowledged.get(), http.serverErrors(), (int) missingAndDuplicates[0], (int) missingAndDuplicates[1],
                (int) (missingAndDuplicates[2] + gatewayCheck[2]), convergeMillis,
                gatewayAcknowledged.get(), (int) (gatewayCheck[0] + gatewayCheck[1]), equal, catchUp, servingFailures,
                settings.contenders(), contention[0], contention[1], contention[2], contention[3] == 1);
    }

    public static void print(Report r) {
        System.out.printf("%nFault drill figures%n");
        System.out.printf("  Kafka outage: %d writes acknowledged, %d 5xx, %d aggregates lost their latest state, %d versions applied twice, converged in %d ms%n",
                r.acknowledgedWrites(), r.serverErrors(), r.lostChanges(), r.duplicatedChanges(), r.convergeMillis());
        System.out.printf("  acknowledged versions absent from the changes feed: %d%n", r.absentVersions());
        System.out.printf("  gateway killed: %d writes, %d lost or duplicated, caught up in %d ms, views equal a full rebuild: %s%n",
                r.gatewayWrites(), r.gatewayLost(), r.gatewayCatchUpMillis(), r.viewsEqualRebuild());
        System.out.printf("  service killed: %d failed calls that should have been served%n", r.servingWhileDownFailures());
        System.out.printf("  %d concurrent writers: %d succeeded, %d answered 412 on the way, history of %d entries, complete: %s%n",
                r.contenders(), r.contentionSuccesses(), r.preconditionFailures(), r.historyEntries(), r.historyComplete());
        System.out.printf("  result: %s%n", r.passed() ? "PASSED" : "FAILED");
    }

    // ---- drill 1 and 2: writes spread over the three services

    /**
     * {@code count} writes, a third per service, each service writing a few aggregates of its own
     * (a create, then updates with If-Match). {@code fault} runs once {@code faultAfter} writes are acknowledged.
     */
    private void writeSpread(int count, int round, Map<String, Long> versions, Set<String> changes, AtomicInteger acknowledged,
                             Runnable fault, int faultAfter) throws Exception {
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger faulted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> writers = new ArrayList<>();
        for (Writer writer : List.of(new MeasureWriter(round), new AdoptionWriter(round), new TargetWriter(round))) {
            writers.add(pool.submit(() -> {
                while (issued.incrementAndGet() <= count) {
                    Written written = writer.next();
                    if (written != null) {
                        versions.merge(written.topic() + "|" + written.key(), written.version(), Math::max);
                        changes.add(written.topic() + "|" + written.key() + "|" + written.version());
                        if (acknowledged.incrementAndGet() == faultAfter && faulted.getAndIncrement() == 0) {
                            fault.run();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
    }

    private record Written(String topic, String key, long version) {
    }

    private interface Writer {
        /** One write; null when the service refused it (counted as a server error if 5xx). */
        Written next() throws Exception;
    }

    /** Creates a handful of aggregates, then updates them round robin. */
    private abstract class RoundRobinWriter implements Writer {
        private static final int AGGREGATES = 8;
        final int round;
        final List<String> ids = new ArrayList<>();
        final Map<String, Long> versions = new HashMap<>();
        int turn;

        RoundRobinWriter(int round) {
            this.round = round;
        }

        @Override
        public Written next() throws Exception {
            JsonNode answer;
            if (ids.size() < AGGREGATES) {
                answer = create(ids.size());
                if (answer == null) {
                    return null;
                }
                ids.add(answer.path("id").asText());
            } else {
                String id = ids.get(turn++ % AGGREGATES);
                answer = update(id, versions.get(id));
                if (answer == null) {
                    return null;
                }
            }
            String id = answer.path("id").asText();
            versions.put(id, answer.path("version").asLong());
            return new Written(topic(), id, answer.path("version").asLong());
        }

        abstract String topic();

        abstract JsonNode create(int index) throws Exception;

        abstract JsonNode update(String id, long version) throws Exception;
    }

    private final class MeasureWriter extends RoundRobinWriter {
        MeasureWriter(int round) {
            super(round);
        }

        String topic() {
            return "ecoreform.measures.v1";
        }

        JsonNode create(int index) throws Exception {
            return http.send("POST", system.baseUrl("measures-service") + "/api/v1/measures", catalogueEditor, null, "application/json",
                    Map.of("categoryId", "C13", "name", "演练举措 " + round + "-" + index, "content", "故障演练写入。",
                            "sourceProvinces", List.of("630000"), "departments", List.of("npc-erpc")), 201);
        }

        JsonNode update(String id, long version) throws Exception {
            return http.send("PATCH", system.baseUrl("measures-service") + "/api/v1/measures/" + id, catalogueEditor, "\"v" + version + "\"",
                    "application/merge-patch+json", Map.of("content", "故障演练写入，第 " + (version + 1) + " 版。"), 200);
        }
    }

    private final class AdoptionWriter extends RoundRobinWriter {
        AdoptionWriter(int round) {
            super(round);
        }

        String topic() {
            return "ecoreform.adoptions.v1";
        }

        Map<String, Object> body(String actions) {
            return Map.of("measureIds", List.of("N2020-61"), "actions", actions, "responsibleUnits", List.of("省财政厅"));
        }

        JsonNode create(int index) throws Exception {
            Map<String, Object> body = new HashMap<>(body("演练落实措施 " + round + "-" + index));
            body.put("planId", PLAN);
            return http.send("POST", system.baseUrl("adoption-service") + "/api/v1/adoptions", qinghaiEditor, null, "application/json", body, 201);
        }

        JsonNode update(String id, long version) throws Exception {
            return http.send("PUT", system.baseUrl("adoption-service") + "/api/v1/adoptions/" + id, qinghaiEditor, "\"v" + version + "\"",
                    "application/json", body("演练落实措施，第 " + (version + 1) + " 版"), 200);
        }
    }

    private final class TargetWriter extends RoundRobinWriter {
        TargetWriter(int round) {
            super(round);
        }

        String topic() {
            return "ecoreform.indicators.v1";
        }

        Map<String, Object> body(int year, int value) {
            return Map.of("province", "620000", "indicator", "forest-coverage", "comparator", "≥", "value", value, "year", year);
        }

        JsonNode create(int index) throws Exception {
            return http.send("POST", system.baseUrl("indicators-service") + "/api/v1/targets", indicatorEditor, null, "application/json",
                    body(2041 + round * 10 + index, 12), 201);
        }

        JsonNode update(String id, long version) throws Exception {
            int year = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
            return http.send("PUT", system.baseUrl("indicators-service") + "/api/v1/targets/" + id, indicatorEditor, "\"v" + version + "\"",
                    "application/json", body(year, 12 + (int) (version % 5)), 200);
        }
    }

    // ---- reading the gateway

    /**
     * Waits until the latest acknowledged version of every written aggregate is in the feed after
     * {@code since}. Returns {aggregates whose latest version never arrived (lost), versions applied
     * twice, acknowledged versions absent from the feed}. A version can be absent while the latest
     * state arrived: a later version published ahead of it makes consumers skip it as stale, which
     * is why the relay keeps outbox order; the drill fails on it.
     */
    private long[] awaitChanges(String since, Set<String> expected, Duration deadline) throws Exception {
        Map<String, Long> latest = new HashMap<>();
        for (String change : expected) {
            int cut = change.lastIndexOf('|');
            latest.merge(change.substring(0, cut), Long.parseLong(change.substring(cut + 1)), Math::max);
        }
        long until = System.nanoTime() + deadline.toNanos();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Long> newest = new HashMap<>();
        String cursor = since;
        while (true) {
            try {
                JsonNode page = http.getJson(system.baseUrl("gateway") + "/api/v1/changes?limit=500&since=" + encode(cursor), null);
                for (JsonNode change : page.path("items")) {
                    String aggregate = change.path("topic").asText() + "|" + change.path("key").asText();
                    seen.merge(aggregate + "|" + change.path("version").asLong(), 1, Integer::sum);
                    newest.merge(aggregate, change.path("version").asLong(), Math::max);
                }
                cursor = page.path("nextCursor").asText();
                if (page.path("items").isEmpty()) {
                    boolean caughtUp = latest.entrySet().stream().allMatch(e -> newest.getOrDefault(e.getKey(), 0L) >= e.getValue());
                    if (caughtUp || System.nanoTime() > until) {
                        break;
                    }
                    Thread.sleep(200);
                }
            } catch (IOException e) {
                if (System.nanoTime() > until) {
                    break;
                }
                Thread.sleep(500); // the gateway is restarting
            }
        }
        long lost = latest.entrySet().stream().filter(e -> newest.getOrDefault(e.getKey(), 0L) < e.getValue()).count();
        long twice = seen.entrySet().stream().filter(e -> expected.contains(e.getKey()) && e.getValue() > 1).count();
        long absent = expected.stream().filter(change -> !seen.containsKey(change)).count();
        if (absent > 0) {
            log("%d acknowledged versions are absent from the feed: %s", absent,
                    expected.stream().filter(change -> !seen.containsKey(change)).sorted().limit(10).toList());
        }
        return new long[] {lost, twice, absent};
    }

    private boolean viewsEqualAfterRebuild(Set<String> writtenAggregates, Duration deadline) throws Exception {
        List<String> views = new ArrayList<>(List.of("/api/v1/views/provinces/630000", "/api/v1/views/provinces/620000",
                "/api/v1/views/overview", "/api/v1/views/provinces/630000/gaps"));
        writtenAggregates.stream().filter(k -> k.startsWith("ecoreform.measures.v1|")).limit(3)
                .forEach(k -> views.add("/api/v1/views/measures/" + k.substring(k.indexOf('|') + 1)));
        Map<String, String> before = new LinkedHashMap<>();
        for (String view : views) {
            before.put(view, http.getText(system.baseUrl("gateway") + view));
        }
        http.send("POST", system.baseUrl("gateway") + "/api/v1/views/rebuild", admin, null, "application/json", Map.of(), 202);
        long until = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < until) {
            Thread.sleep(500);
            try {
                boolean same = true;
                for (Map.Entry<String, String> view : before.entrySet()) {
                    same &= view.getValue().equals(http.getText(system.baseUrl("gateway") + view.getKey()));
                }
                JsonNode status = http.getJson(system.baseUrl("gateway") + "/api/v1/views/status", null);
                if (same && status.path("lag").asLong() == 0) {
                    return true;
                }
            } catch (IOException e) {
                // the replay has not reached this view yet (404)
            }
        }
        return false;
    }

    // ---- drill 3

    private int oneServiceDown() throws Exception {
        system.kill("indicators-service");
        int failures = 0;
        try {
            String gateway = system.baseUrl("gateway");
            for (String path : List.of("/api/v1/measures/N2020-03", "/api/v1/adoptions/630000-2021-106-01", "/api/v1/views/provinces/360000",
                    "/api/v1/views/overview")) {
                failures += http.status("GET", gateway + path) == 200 ? 0 : 1;
            }
            failures += http.status("GET", gateway + "/api/v1/targets") == 503 ? 0 : 1;
            JsonNode created = http.send("POST", gateway + "/api/v1/measures", catalogueEditor, null, "application/json",
                    Map.of("categoryId", "C13", "name", "服务停机时的写入", "content", "其他服务照常。",
                            "sourceProvinces", List.of("630000"), "departments", List.of("npc-erpc")), 201);
            failures += created == null ? 1 : 0;
        } finally {
            system.restart("indicators-service");
        }
        return failures;
    }

    // ---- drill 4

    /** Returns {successes, 412 answers, history entries, 1 if the history holds every success}. */
    private int[] contention(int contenders) throws Exception {
        String adoption = system.baseUrl("adoption-service");
        JsonNode record = http.send("POST", adoption + "/api/v1/adoptions", qinghaiEditor, null, "application/json",
                Map.of("planId", PLAN, "measureIds", List.of("N2020-62"), "actions", "争用测试", "responsibleUnits", List.of("省发展改革委")), 201);
        String id = record.path("id").asText();
        AtomicInteger preconditionFailed = new AtomicInteger();
        AtomicLong successes = new AtomicLong();
        Set<String> writtenTexts = ConcurrentHashMap.newKeySet();
        CyclicBarrier together = new CyclicBarrier(contenders);
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        List<Future<?>> writers = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            String text = "写入者 " + i;
            writers.add(pool.submit(() -> {
                together.await();
                for (int attempt = 0; attempt < 1000; attempt++) {
                    HttpResponse<String> current = http.client().send(HttpRequest.newBuilder(URI.create(adoption + "/api/v1/adoptions/" + id)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    String etag = current.headers().firstValue("ETag").orElseThrow();
                    HttpResponse<String> put = http.client().send(HttpRequest.newBuilder(URI.create(adoption + "/api/v1/adoptions/" + id))
                            .header("Authorization", "Bearer " + qinghaiEditor).header("If-Match", etag)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("measureIds", List.of("N2020-62"),
                                    "actions", text, "responsibleUnits", List.of("省发展改革委"))))).build(), HttpResponse.BodyHandlers.ofString());
                    if (put.statusCode() == 200) {
                        successes.incrementAndGet();
                        writtenTexts.add(text);
                        return null;
                    }
                    if (put.statusCode() == 412) {
                        preconditionFailed.incrementAndGet();
                    } else {
                        http.countServerError();
                        return null;
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
        JsonNode history = http.getJson(adoption + "/api/v1/audit?limit=500&aggregateId=" + encode(id), admin);
        Set<String> inHistory = new HashSet<>();
        Set<Long> versions = new HashSet<>();
        for (JsonNode entry : history.path("items")) {
            if ("updated".equals(entry.path("action").asText())) {
                inHistory.add(entry.at("/after/actions").asText());
                versions.add(entry.path("version").asLong());
            }
        }
        boolean complete = inHistory.equals(writtenTexts) && versions.size() == successes.get();
        return new int[] {(int) successes.get(), preconditionFailed.get(), history.path("items").size(), complete ? 1 : 0};
    }

    private String latestChangeCursor() throws Exception {
        String cursor = null;
        while (true) {
            JsonNode page = http.getJson(system.baseUrl("gateway") + "/api/v1/changes?limit=500" + (cursor == null ? "" : "&since=" + encode(cursor)), null);
            cursor = page.path("nextCursor").asText();
            if (page.path("items").isEmpty()) {
                return cursor;
            }
        }
    }

    private void awaitReferenceViews() throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < until) {
            try {
                if (http.getText(system.baseUrl("gateway") + "/api/v1/views/provinces/630000?fields=coverage").contains("\"adopted\":53")) {
                    return;
                }
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the reference data did not reach the views");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void log(String format, Object... args) {
        System.out.println("[drill] " + String.format(format, args));
    }

    /** Keeps the drill's data out of the developer's .data. */
    static Path freshDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }
}
