package org.ecoreform.deploy.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecoreform.deploy.Directories;
import org.ecoreform.deploy.LocalLauncher;
import org.ecoreform.deploy.client.SystemClient;
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

    /** The sizes of a drill: the full one of the script, or a short one for the test suite. */
    public record Settings(
            int writes, Duration outage, int gatewayWrites, int contenders, Duration convergenceDeadline) {}

    /** The figures a drill measured. */
    public record Report(
            int acknowledgedWrites,
            int serverErrors,
            int lostChanges,
            int duplicatedChanges,
            int absentVersions,
            long convergeMillis,
            int gatewayWrites,
            int gatewayLost,
            boolean viewsEqualRebuild,
            long gatewayCatchUpMillis,
            int servingWhileDownFailures,
            int contenders,
            int contentionSuccesses,
            int preconditionFailures,
            int historyEntries,
            boolean historyComplete) {

        public boolean passed() {
            return serverErrors == 0
                    && lostChanges == 0
                    && duplicatedChanges == 0
                    && absentVersions == 0
                    && gatewayLost == 0
                    && viewsEqualRebuild
                    && servingWhileDownFailures == 0
                    && contentionSuccesses == contenders
                    && historyComplete;
        }
    }

    private final LocalLauncher system;
    private final SystemClient http;
    private final String catalogueEditor;
    private final String qinghaiEditor;
    private final String admin;
    private final SpreadWrites writes;
    private final GatewayFeed feed;

    public FaultDrill(LocalLauncher system) throws Exception {
        this.system = system;
        this.http = new SystemClient(system.baseUrl("gateway"));
        this.catalogueEditor = system.token("drill-catalogue", "catalogue-editor", null);
        this.qinghaiEditor = system.token("drill-qinghai", "province-editor", "630000");
        String indicatorEditor = system.token("drill-indicators", "indicator-editor", null);
        this.admin = system.token("drill-admin", "admin", null);
        this.writes = new SpreadWrites(system, http, catalogueEditor, qinghaiEditor, indicatorEditor);
        this.feed = new GatewayFeed(system, http, admin);
    }

    public static void main(String[] args) throws Exception {
        Path data =
                Path.of(System.getProperty("drill.data", "target/drill-data")).toAbsolutePath();
        int offset = Integer.getInteger("drill.portOffset", 3000);
        Settings settings = new Settings(
                Integer.getInteger("drill.writes", 1000),
                Duration.ofSeconds(Long.getLong("drill.outageSeconds", 20)),
                Integer.getInteger("drill.gatewayWrites", 200),
                Integer.getInteger("drill.contenders", 50),
                Duration.ofMinutes(3));
        LocalLauncher system = new LocalLauncher(Directories.fresh(data), offset, true);
        // the drill runs on three brokers with SASL_SSL and kills one; -Ddrill.kafka=single stops the one embedded
        // broker instead
        EmbeddedKafkaCluster cluster = null;
        if (!"single".equals(System.getProperty("drill.kafka", "cluster"))) {
            EmbeddedKafkaCluster.User user =
                    new EmbeddedKafkaCluster.User("ecoreform", "drill-" + java.util.UUID.randomUUID());
            cluster = EmbeddedKafkaCluster.start(3, List.of(user));
            system.withKafka(cluster, user, 2);
        }
        EmbeddedKafkaCluster kafka = cluster;
        // stop the system (and the cluster) on Ctrl-C or TERM too, and on System.exit below
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            system.stop();
                            if (kafka != null) {
                                kafka.close();
                            }
                        },
                        "drill-stop"));
        system.start();
        Report report = new FaultDrill(system).run(settings);
        print(report);
        ReplicaDrill.Report replicas = new ReplicaDrill(system)
                .run(
                        Integer.getInteger("drill.replicaWriters", 10),
                        Integer.getInteger("drill.replicaVersions", 20),
                        Duration.ofMinutes(2));
        ReplicaDrill.print(replicas);
        System.exit(report.passed() && replicas.passed() ? 0 : 1);
    }

    public Report run(Settings settings) throws Exception {
        new SystemClient(system.baseUrl("gateway")).awaitReferenceViews(Duration.ofMinutes(2));
        String start = feed.latestChangeCursor();

        // 1. Kafka outage during writes
        Map<String, Long> expected = new ConcurrentHashMap<>();
        Set<String> expectedChanges = ConcurrentHashMap.newKeySet();
        CountDownLatch outageBegins = new CountDownLatch(1);
        AtomicInteger acknowledged = new AtomicInteger();
        long[] kafkaBack = new long[1];
        Thread outage = new Thread(
                () -> {
                    try {
                        outageBegins.await();
                        log(
                                "Taking Kafka away for %d s while writes go on",
                                settings.outage().toSeconds());
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
                },
                "drill-kafka-outage");
        outage.start();
        writes.run(
                settings.writes(),
                0,
                expected,
                expectedChanges,
                acknowledged,
                () -> outageBegins.countDown(),
                settings.writes() / 5);
        outage.join();
        long lastWrite = System.nanoTime();
        GatewayFeed.FeedCheck outageCheck = feed.awaitChanges(start, expectedChanges, settings.convergenceDeadline());
        long convergeMillis = (System.nanoTime() - Math.max(kafkaBack[0], lastWrite)) / 1_000_000;
        log(
                "Drill 1: %d writes acknowledged, %d server errors, %d aggregates lost their latest state, %d versions applied twice, "
                        + "%d acknowledged versions absent, converged %d ms after the last of (Kafka back, last write)",
                acknowledged.get(),
                http.serverErrors(),
                outageCheck.lost(),
                outageCheck.twice(),
                outageCheck.absent(),
                convergeMillis);

        // 2. the gateway killed while changes stream in
        String beforeKill = feed.latestChangeCursor();
        Set<String> gatewayChanges = ConcurrentHashMap.newKeySet();
        AtomicInteger gatewayAcknowledged = new AtomicInteger();
        writes.run(
                settings.gatewayWrites(),
                1,
                expected,
                gatewayChanges,
                gatewayAcknowledged,
                () -> {
                    try {
                        log("Killing the gateway (SIGKILL) mid-stream");
                        system.kill("gateway");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                settings.gatewayWrites() / 4);
        long restartAt = System.nanoTime();
        system.restart("gateway");
        GatewayFeed.FeedCheck gatewayCheck =
                feed.awaitChanges(beforeKill, gatewayChanges, settings.convergenceDeadline());
        long catchUp = (System.nanoTime() - restartAt) / 1_000_000;
        boolean equal = feed.viewsEqualAfterRebuild(expected.keySet(), settings.convergenceDeadline());
        log(
                "Drill 2: %d writes while the gateway was killed and restarted, %d changes lost, %d "
                        + "duplicated, caught up in %d ms, views equal a rebuild: %s",
                gatewayAcknowledged.get(), gatewayCheck.lost(), gatewayCheck.twice(), catchUp, equal);

        // 3. one service killed
        int servingFailures = new ServiceDownDrill(system, http, catalogueEditor).run();
        log(
                "Drill 3: indicators-service killed: %d failures among the calls that should have been served",
                servingFailures);

        // 4. contention on one record
        ContentionDrill.Result contention =
                new ContentionDrill(system, http, qinghaiEditor, admin).run(settings.contenders());
        log(
                "Drill 4: %d writers on one record: %d succeeded, %d got 412 on the way, %d entries in its history, complete: %s",
                contention.contenders(),
                contention.successes(),
                contention.preconditionFailures(),
                contention.historyEntries(),
                contention.historyComplete());

        return new Report(
                acknowledged.get(),
                http.serverErrors(),
                outageCheck.lost(),
                outageCheck.twice(),
                outageCheck.absent() + gatewayCheck.absent(),
                convergeMillis,
                gatewayAcknowledged.get(),
                gatewayCheck.lost() + gatewayCheck.twice(),
                equal,
                catchUp,
                servingFailures,
                contention.contenders(),
                contention.successes(),
                contention.preconditionFailures(),
                contention.historyEntries(),
                contention.historyComplete());
    }

    public static void print(Report r) {
        System.out.printf("%nFault drill figures%n");
        System.out.printf(
                "  Kafka outage: %d writes acknowledged, %d 5xx, %d aggregates lost their latest state, %d "
                        + "versions applied twice, converged in %d ms%n",
                r.acknowledgedWrites(), r.serverErrors(), r.lostChanges(), r.duplicatedChanges(), r.convergeMillis());
        System.out.printf("  acknowledged versions absent from the changes feed: %d%n", r.absentVersions());
        System.out.printf(
                "  gateway killed: %d writes, %d lost or duplicated, caught up in %d ms, views equal a full rebuild: %s%n",
                r.gatewayWrites(), r.gatewayLost(), r.gatewayCatchUpMillis(), r.viewsEqualRebuild());
        System.out.printf(
                "  service killed: %d failed calls that should have been served%n", r.servingWhileDownFailures());
        System.out.printf(
                "  %d concurrent writers: %d succeeded, %d answered 412 on the way, history of %d entries, complete: %s%n",
                r.contenders(),
                r.contentionSuccesses(),
                r.preconditionFailures(),
                r.historyEntries(),
                r.historyComplete());
        System.out.printf("  result: %s%n", r.passed() ? "PASSED" : "FAILED");
    }

    private static void log(String format, Object... args) {
        System.out.println("[drill] " + String.format(format, args));
    }
}
