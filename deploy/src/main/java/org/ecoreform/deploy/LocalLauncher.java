package org.ecoreform.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ecoreform.platform.cluster.EmbeddedKafkaCluster;
import org.ecoreform.platform.infra.EmbeddedInfrastructure;
import org.ecoreform.platform.infra.FreePorts;

/**
 * The whole system on this machine without Docker: the embedded infrastructure (PostgreSQL with one database per
 * service, a KRaft Kafka broker, the view store, a development key pair, all keeping their data under {@code .data/}),
 * then each service as its own process; and the controls the fault drills and benchmarks use on it (kill and restart a
 * service, a second replica, a Kafka or view-store outage). {@link LaunchCommand} runs it from the command line.
 * KAFKA_BOOTSTRAP_SERVERS, ECOREFORM_POSTGRES_URL and GATEWAY_MONGODB_URL use an external part instead of the
 * embedded one.
 */
public final class LocalLauncher {

    /** The services' names, in start order. */
    public static List<String> serviceNames() {
        return ServiceSpecs.ALL.stream().map(ServiceSpecs.Service::name).toList();
    }

    /** The repository root: the working directory, or its parent when run from deploy/ (the tests). */
    private final Path root = Files.isDirectory(Path.of("measures-service"))
            ? Path.of("").toAbsolutePath()
            : Path.of("").toAbsolutePath().getParent();
    /** Where PostgreSQL, Kafka and the view store keep their data (ECOREFORM_DATA_DIR, default .data). */
    private final Path data;
    /** Added to every port, so a second system (a test, say) can run beside the usual one. */
    private final int portOffset;

    private final int postgresPort;
    private final int kafkaPort;
    private final int mongoPort;
    private final Supervisor supervisor = new Supervisor();
    /** The sign-in provider's port before the offset. */
    static final int OIDC_PORT = 8090;

    private final boolean quiet;
    /** Progress lines show the seconds since this launcher was made (where start-up time goes). */
    private final long createdAt = System.nanoTime();

    private EmbeddedInfrastructure infrastructure;
    /** The sign-in provider every service trusts in this system (not in --infra-only). */
    private OidcProvider signIn;
    /** A Kafka cluster of the caller's instead of the embedded broker (see {@link #withKafka}), or null. */
    private ExternalKafka externalKafka;

    /** The launcher as the README's run command configures it: from the environment. */
    LocalLauncher() {
        this(
                System.getenv("ECOREFORM_DATA_DIR") == null
                        ? Path.of(".data").toAbsolutePath()
                        : Path.of(System.getenv("ECOREFORM_DATA_DIR")),
                intEnv("ECOREFORM_PORT_OFFSET", 0),
                false);
    }

    /** A system with its own data directory and ports shifted by {@code portOffset} (fault drills, tests). */
    public LocalLauncher(Path data, int portOffset, boolean quiet) {
        this.data = data;
        this.portOffset = portOffset;
        this.quiet = quiet;
        this.postgresPort = intEnv("ECOREFORM_POSTGRES_PORT", 15432) + portOffset;
        this.kafkaPort = intEnv("ECOREFORM_KAFKA_PORT", 19092) + portOffset;
        this.mongoPort = intEnv("ECOREFORM_MONGO_PORT", 27018) + portOffset;
    }

    /**
     * Runs the services against a Kafka cluster of the caller's (a secured, replicated one, say)
     * instead of the embedded broker: every service gets {@code clientSettings} as {@code KAFKA_…}
     * variables, creates its topics with these replicas and minimum in sync, and the drills'
     * {@link #stopKafka()} / {@link #startKafka()} take one broker away and bring it back.
     */
    public LocalLauncher withKafka(
            Map<String, Object> clientSettings, int replicationFactor, int minInsyncReplicas, KafkaOutage outage) {
        this.externalKafka =
                new ExternalKafka(Map.copyOf(clientSettings), replicationFactor, minInsyncReplicas, outage);
        return this;
    }

    /**
     * Runs the services on a cluster of {@link EmbeddedKafkaCluster}'s, connecting as {@code user},
     * with its replication settings; the drills' Kafka outage kills node {@code victim} (SIGKILL)
     * and starts it again.
     */
    public LocalLauncher withKafka(EmbeddedKafkaCluster cluster, EmbeddedKafkaCluster.User user, int victim) {
        this.externalKafka = ExternalKafka.of(cluster, user, victim);
        return this;
    }

    /** Starts the infrastructure alone and prints where each part is ({@code --infra-only}). */
    void startInfrastructureOnly() throws IOException {
        startInfrastructure();
        infrastructure.awaitReady();
        System.out.println(Banner.infrastructure(infrastructure.endpoints(), infrastructure.keys(), portOffset, data));
    }

    /** Until every service process has exited (the command line's main thread, until Ctrl-C). */
    void awaitExit() throws InterruptedException {
        supervisor.awaitExit();
    }

    /** Starts the infrastructure, then every service, and waits until each is ready. */
    public void start() throws Exception {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ServiceSpecs.ALL.forEach(s -> ports.put(s.name(), port(s)));
        ports.forEach(LocalLauncher::requireFree);
        startInfrastructure();
        EmbeddedInfrastructure.Endpoints endpoints = infrastructure.endpoints();
        int signInPort = OIDC_PORT + portOffset;
        requireFree("the sign-in provider", signInPort);
        log("Starting the sign-in provider on port %d (log in %s)", signInPort, data.resolve("oidc/provider.log"));
        signIn = OidcProvider.launch(root, data.resolve("oidc"), signInPort);
        for (ServiceSpecs.Service service : ServiceSpecs.ALL) {
            ProcessBuilder builder = ServiceCommand.of(
                    service,
                    root.resolve(service.name()),
                    logOf(service),
                    endpoints,
                    this::baseUrl,
                    port(service),
                    externalKafka,
                    signIn);
            log("Starting %s on port %d (log in %s)", service.name(), port(service), logOf(service));
            supervisor.start(service.name(), builder);
        }
        infrastructure.awaitReady();
        signIn.awaitReady();
        for (ServiceSpecs.Service service : ServiceSpecs.ALL) {
            awaitHealthy(service);
        }
        if (!quiet) {
            System.out.println(Banner.running(this::baseUrl, signIn, data));
        }
    }

    /** Starts PostgreSQL, Kafka and the view store (each unless external) and the key pair. */
    public void startInfrastructure() throws IOException {
        String kafka =
                externalKafka != null ? externalKafka.bootstrapServers() : System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        EmbeddedInfrastructure.External external = new EmbeddedInfrastructure.External(
                System.getenv("ECOREFORM_POSTGRES_URL"), kafka, System.getenv("GATEWAY_MONGODB_URL"));
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (external.postgresBaseUrl() == null) {
            ports.put("PostgreSQL", postgresPort);
        }
        if (external.kafkaBootstrapServers() == null) {
            ports.put("Kafka", kafkaPort);
        }
        if (external.viewStoreUrl() == null) {
            ports.put("MongoDB-compatible store", mongoPort);
        }
        ports.forEach(LocalLauncher::requireFree);
        Files.createDirectories(data.resolve("logs"));
        List<String> databases = ServiceSpecs.ALL.stream()
                .map(ServiceSpecs.Service::database)
                .filter(Objects::nonNull)
                .toList();
        infrastructure = EmbeddedInfrastructure.start(
                data,
                new EmbeddedInfrastructure.Ports(postgresPort, kafkaPort, mongoPort),
                external,
                databases,
                message -> log("%s", message));
    }

    // ---- fault injection (deploy/faults): what an operator's kill -9 or a broker outage does

    /** Kills a service the hard way (SIGKILL), as a crash would. */
    public void kill(String serviceName) throws InterruptedException {
        supervisor.kill(serviceName);
    }

    /** Starts a killed service again with its original settings and waits until it is healthy. */
    public void restart(String serviceName) throws Exception {
        supervisor.restart(serviceName);
        awaitHealthy(ServiceSpecs.named(serviceName));
    }

    /**
     * Starts a second instance of a running service on a free port, with the first one's settings:
     * the same database and Kafka, as a second Kubernetes replica would have. Returns its address;
     * {@link #stop()} stops it too.
     */
    public String startSecondInstance(String serviceName) throws Exception {
        ServiceSpecs.Service service = ServiceSpecs.named(serviceName);
        int port = FreePorts.next();
        Path log = data.resolve("logs").resolve(serviceName + "-2.log");
        log("Starting a second %s on port %d (log in %s)", serviceName, port, log);
        supervisor.startCopy(
                serviceName,
                secondInstance(serviceName),
                Map.of(service.envPrefix() + "_HTTP_PORT", String.valueOf(port)),
                log);
        String url = "http://localhost:" + port;
        supervisor.awaitReady(secondInstance(serviceName), url, log);
        return url;
    }

    /** Stops the second instance of a service, as a scale-down would (SIGTERM, then SIGKILL after 20 s). */
    public void stopSecondInstance(String serviceName) throws InterruptedException {
        supervisor.stop(secondInstance(serviceName));
    }

    private static String secondInstance(String serviceName) {
        return serviceName + "#2";
    }

    /** A running service's process (benchmarks read its CPU time and memory). */
    public ProcessHandle process(String serviceName) {
        return supervisor.process(serviceName).toHandle();
    }

    /** Stops the embedded broker, or takes a broker of the external cluster away. */
    public void stopKafka() throws Exception {
        if (externalKafka != null) {
            externalKafka.outage().begin();
        } else {
            infrastructure.stopKafka();
        }
    }

    public void startKafka() throws Exception {
        if (externalKafka != null) {
            externalKafka.outage().end();
        } else {
            infrastructure.startKafka();
        }
    }

    /** Stops the embedded view store (its data is kept), as a MongoDB outage would. */
    public void stopViewStore() {
        infrastructure.stopViewStore();
    }

    public void startViewStore() {
        infrastructure.startViewStore();
    }

    /** What a Kafka client needs to read what the services publish: the servers, and the security settings if any. */
    public Map<String, Object> kafkaClientSettings() {
        return externalKafka != null
                ? externalKafka.clientSettings()
                : Map.of("bootstrap.servers", infrastructure.endpoints().kafkaBootstrapServers());
    }

    public String baseUrl(String serviceName) {
        return baseUrl(ServiceSpecs.named(serviceName));
    }

    /** A token for one role from the system's sign-in provider (client credentials). */
    public String token(String subject, String role, String province) {
        return signIn.token(subject, role, province);
    }

    /** The sign-in provider's process, or null before the system started. */
    public ProcessHandle signInProcess() {
        return signIn == null ? null : signIn.process();
    }

    public void stop() {
        ClassArchives.publish(supervisor.stopAll());
        if (signIn != null) {
            signIn.close();
            signIn = null;
        }
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
        }
    }

    private void awaitHealthy(ServiceSpecs.Service service) throws Exception {
        supervisor.awaitReady(service.name(), baseUrl(service), logOf(service));
        log("%s is up", service.name());
    }

    private int port(ServiceSpecs.Service service) {
        return service.port() + portOffset;
    }

    private String baseUrl(ServiceSpecs.Service service) {
        return "http://localhost:" + port(service);
    }

    private Path logOf(ServiceSpecs.Service service) {
        return logOf(service.name());
    }

    /** Where a service's output goes (appended to across starts on the same data). */
    public Path logOf(String serviceName) {
        return data.resolve("logs").resolve(serviceName + ".log");
    }

    private static void requireFree(String name, int port) {
        if (!FreePorts.isFree(port)) {
            throw new LaunchException("port " + port + " needed by " + name + " is already in use");
        }
    }

    private static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private void log(String format, Object... args) {
        System.out.printf(
                "[ecoreform %5.1fs] %s%n", (System.nanoTime() - createdAt) / 1e9, String.format(format, args));
    }
}
