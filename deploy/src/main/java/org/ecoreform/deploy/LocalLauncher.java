package org.ecoreform.deploy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import org.ecoreform.platform.cluster.EmbeddedKafkaCluster;
import org.ecoreform.platform.infra.DevelopmentKeys;
import org.ecoreform.platform.infra.EmbeddedInfrastructure;
import org.ecoreform.platform.infra.FreePorts;

/**
 * Starts the whole system on this machine without Docker: the embedded infrastructure (PostgreSQL
 * with one database per service, a KRaft Kafka broker, the view store, a development key pair, all
 * keeping their data under {@code .data/}), then each service as its own process. Ctrl-C stops
 * everything. With {@code --infra-only} it starts just the infrastructure, for services run in
 * Quarkus dev mode. KAFKA_BOOTSTRAP_SERVERS, ECOREFORM_POSTGRES_URL and GATEWAY_MONGODB_URL use an
 * external part instead of the embedded one.
 */
public final class LocalLauncher {

    /** Printed once every service is healthy; scripts and the launcher test wait for it. */
    static final String RUNNING_BANNER = "ecoreform is running.";
    /** Printed once the infrastructure alone is up ({@code --infra-only}). */
    static final String INFRA_BANNER = "ecoreform infrastructure is running.";

    /** A service and its JVM options. */
    record Service(String name, int port, String database, String envPrefix, List<String> jvmOptions) {
    }

    /**
     * The local system's JVMs are sized for a laptop, not for production (the images set their own):
     * the serial collector with a heap that starts small and grows on demand (no G1 remembered sets,
     * no 384 MB initial heap on a 24 GB machine), and freed native memory handed back every 5 s.
     */
    private static final List<String> SMALL_JVM = List.of("-XX:+UseSerialGC", "-Xms32m",
            "-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=5000");
    /**
     * The owning services, written to far less often than the views are read: C1 only (a third less
     * CPU to start, a smaller code cache), a heap kept close to what is live with a small young
     * generation (8 MB: their requests allocate little), and metaspace committed in small granules.
     */
    private static final List<String> OWNING_SERVICE = List.of("-Xmx256m", "-Xmn8m", "-XX:TieredStopAtLevel=1",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:MetaspaceReclaimPolicy=aggressive");
    /**
     * The gateway keeps only caches (its read models are in the view store), but serves every read:
     * the full JIT and a young generation large enough that a burst of requests does not collect
     * every few milliseconds.
     */
    private static final List<String> GATEWAY = List.of("-Xmx192m", "-Xmn48m");

    static final List<Service> SERVICES = List.of(
            new Service("measures-service", 8081, "measures", "MEASURES", jvm(OWNING_SERVICE)),
            new Service("adoption-service", 8082, "adoption", "ADOPTION", jvm(OWNING_SERVICE)),
            new Service("indicators-service", 8083, "indicators", "INDICATORS", jvm(OWNING_SERVICE)),
            new Service("gateway", 8080, null, "GATEWAY", jvm(GATEWAY)));

    private static List<String> jvm(List<String> options) {
        List<String> all = new ArrayList<>(SMALL_JVM);
        all.addAll(options);
        return List.copyOf(all);
    }

    /** The services' names, in start order. */
    public static List<String> serviceNames() {
        return SERVICES.stream().map(Service::name).toList();
    }

    /** The repository root: the working directory, or its parent when run from deploy/ (the tests). */
    private final Path root = Files.isDirectory(Path.of("measures-service")) ? Path.of("").toAbsolutePath()
            : Path.of("").toAbsolutePath().getParent();
    /** Where PostgreSQL, Kafka and the view store keep their data (ECOREFORM_DATA_DIR, default .data). */
    private final Path data;
    /** Added to every port, so a second system (a test, say) can run beside the usual one. */
    private final int portOffset;
    private final int postgresPort;
    private final int kafkaPort;
    private final int mongoPort;
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, ProcessBuilder> builders = new LinkedHashMap<>();
    private final boolean quiet;
    /** Progress lines show the seconds since this launcher was made (where start-up time goes). */
    private final long createdAt = System.nanoTime();
    private EmbeddedInfrastructure infrastructure;
    /** A Kafka cluster of the caller's instead of the embedded broker (see {@link #withKafka}), or null. */
    private ExternalKafka externalKafka;

    /** Takes a broker of an external cluster away and brings it back, for the drills. */
    public interface KafkaOutage {
        void begin() throws Exception;

        void end() throws Exception;
    }

    private record ExternalKafka(Map<String, Object> clientSettings, int replicationFactor, int minInsyncReplicas, KafkaOutage outage) {
    }

    /** The launcher as the README's run command configures it: from the environment. */
    LocalLauncher() {
        this(System.getenv("ECOREFORM_DATA_DIR") == null ? Path.of(".data").toAbsolutePath() : Path.of(System.getenv("ECOREFORM_DATA_DIR")),
                intEnv("ECOREFORM_PORT_OFFSET", 0), false);
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
    public LocalLauncher withKafka(Map<String, Object> clientSettings, int replicationFactor, int minInsyncReplicas, KafkaOutage outage) {
        this.externalKafka = new ExternalKafka(Map.copyOf(clientSettings), replicationFactor, minInsyncReplicas, outage);
        return this;
    }

    /**
     * Runs the services on a cluster of {@link EmbeddedKafkaCluster}'s, connecting as {@code user},
     * with its replication settings; the drills' Kafka outage kills node {@code victim} (SIGKILL)
     * and starts it again.
     */
    public LocalLauncher withKafka(EmbeddedKafkaCluster cluster, EmbeddedKafkaCluster.User user, int victim) {
        return withKafka(cluster.clientSettings(user.name(), user.password()), cluster.replicationFactor(), cluster.minInsyncReplicas(),
                new KafkaOutage() {
                    @Override
                    public void begin() throws Exception {
                        cluster.kill(victim);
                    }

                    @Override
                    public void end() throws Exception {
                        cluster.restart(victim);
                    }
                });
    }

    public static void main(String[] args) throws Exception {
        boolean infraOnly = List.of(args).contains("--infra-only");
        if (args.length > (infraOnly ? 1 : 0)) {
            System.err.println("usage: deploy/local/run.sh [--infra-only]");
            System.exit(2);
        }
        LocalLauncher launcher = new LocalLauncher();
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "local-launcher-stop"));
        try {
            if (infraOnly) {
                launcher.startInfrastructure();
                launcher.infrastructure.awaitReady();
                launcher.printInfrastructure();
                new CountDownLatch(1).await(); // until Ctrl-C
            }
            launcher.start();
        } catch (LaunchException e) {
            System.err.println("ecoreform: " + e.getMessage());
            launcher.stop();
            System.exit(1);
        }
        for (Process process : launcher.processes.values()) {
            process.waitFor();
        }
    }

    /** Starts the infrastructure, then every service, and waits until each is ready. */
    public void start() throws Exception {
        Map<String, Integer> ports = new LinkedHashMap<>();
        SERVICES.forEach(s -> ports.put(s.name(), port(s)));
        ports.forEach(LocalLauncher::requireFree);
        startInfrastructure();
        EmbeddedInfrastructure.Endpoints endpoints = infrastructure.endpoints();
        for (Service service : SERVICES) {
            Path jar = root.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new LaunchException(jar + " is missing: build with ./mvnw -DskipTests package");
            }
            List<String> command = new ArrayList<>(List.of(javaBinary()));
            command.addAll(service.jvmOptions());
            if (Files.exists(jar.resolveSibling("app-cds.jsa"))) {
                // the build's AppCDS archive (quarkus.package.jar.appcds): classes mapped, not loaded and verified
                command.add("-XX:SharedArchiveFile=app-cds.jsa");
            }
            // run from the application's directory: the archive names the jar by a relative path
            command.addAll(List.of("-jar", jar.getFileName().toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("logs").resolve(service.name() + ".log").toFile()));
            Map<String, String> env = builder.environment();
            // glibc would keep up to eight malloc arenas per core; two serve these services with less memory held
            env.put("MALLOC_ARENA_MAX", "2");
            if (service.database() != null) {
                env.put(service.envPrefix() + "_DB_URL", endpoints.database(service.database()));
                // the embedded PostgreSQL's superuser, or the external one's user (ECOREFORM_POSTGRES_USER …)
                env.put(service.envPrefix() + "_DB_USER", System.getenv().getOrDefault("ECOREFORM_POSTGRES_USER", "postgres"));
                env.put(service.envPrefix() + "_DB_PASSWORD", System.getenv().getOrDefault("ECOREFORM_POSTGRES_PASSWORD", "postgres"));
            }
            // the jars run in the prod profile (every setting given above), but their log files are read by people
            env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
            env.put("GATEWAY_MONGODB_URL", endpoints.viewStoreUrl());
            env.put("MEASURES_URL", baseUrl(SERVICES.get(0)));
            env.put("ADOPTION_URL", baseUrl(SERVICES.get(1)));
            env.put("INDICATORS_URL", baseUrl(SERVICES.get(2)));
            env.put("ECOREFORM_PUBLIC_URL", baseUrl(SERVICES.get(3))); // where events' ce_dataschema points
            env.put(service.envPrefix() + "_HTTP_PORT", String.valueOf(port(service)));
            env.put("KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrapServers());
            if (externalKafka != null) {
                // every Kafka client setting as the variable Quarkus maps onto it: security.protocol → KAFKA_SECURITY_PROTOCOL
                externalKafka.clientSettings().forEach((name, value) ->
                        env.put("KAFKA_" + name.toUpperCase(java.util.Locale.ROOT).replace('.', '_'), String.valueOf(value)));
                env.put("ECOREFORM_TOPIC_REPLICATION_FACTOR", String.valueOf(externalKafka.replicationFactor()));
                env.put("ECOREFORM_TOPIC_MIN_INSYNC_REPLICAS", String.valueOf(externalKafka.minInsyncReplicas()));
            }
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", endpoints.publicKey().toUri().toString());
            env.put("ECOREFORM_JWT_ISSUER", DevelopmentKeys.ISSUER);
            builders.put(service.name(), builder);
            log("Starting %s on port %d (log in %s)", service.name(), port(service), logOf(service));
            processes.put(service.name(), builder.start());
        }
        infrastructure.awaitReady();
        for (Service service : SERVICES) {
            awaitHealthy(service);
        }
        if (!quiet) {
            printWelcome();
        }
    }

    /** Starts PostgreSQL, Kafka and the view store (each unless external) and the key pair. */
    public void startInfrastructure() throws IOException {
        String kafka = externalKafka != null ? String.valueOf(externalKafka.clientSettings().get("bootstrap.servers"))
                : System.getenv("KAFKA_BOOTSTRAP_SERVERS");
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
        List<String> databases = SERVICES.stream().map(Service::database).filter(Objects::nonNull).toList();
        infrastructure = EmbeddedInfrastructure.start(data, new EmbeddedInfrastructure.Ports(postgresPort, kafkaPort, mongoPort),
                external, databases, message -> log("%s", message));
    }

    // ---- fault injection (deploy/faults): what an operator's kill -9 or a broker outage does

    /** Kills a service the hard way (SIGKILL), as a crash would. */
    public void kill(String serviceName) throws InterruptedException {
        Process process = processes.get(serviceName);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts a killed service again with its original settings and waits until it is healthy. */
    public void restart(String serviceName) throws Exception {
        processes.put(serviceName, builders.get(serviceName).start());
        awaitHealthy(SERVICES.stream().filter(s -> s.name().equals(serviceName)).findFirst().orElseThrow());
    }

    /**
     * Starts a second instance of a running service on a free port, with the first one's settings:
     * the same database and Kafka, as a second Kubernetes replica would have. Returns its address;
     * {@link #stop()} stops it too.
     */
    public String startSecondInstance(String serviceName) throws Exception {
        Service service = SERVICES.stream().filter(s -> s.name().equals(serviceName)).findFirst().orElseThrow();
        int port = FreePorts.next();
        Path log = data.resolve("logs").resolve(serviceName + "-2.log");
        ProcessBuilder first = builders.get(serviceName);
        ProcessBuilder second = new ProcessBuilder(first.command()).directory(first.directory())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        second.environment().clear();
        second.environment().putAll(first.environment());
        second.environment().put(service.envPrefix() + "_HTTP_PORT", String.valueOf(port));
        String url = "http://localhost:" + port;
        log("Starting a second %s on port %d (log in %s)", serviceName, port, log);
        Process process = second.start();
        processes.put(secondInstance(serviceName), process);
        awaitHealthy(serviceName + " (second instance)", url, process, log);
        return url;
    }

    /** Stops the second instance of a service, as a scale-down would (SIGTERM, then SIGKILL after 20 s). */
    public void stopSecondInstance(String serviceName) throws InterruptedException {
        Process process = processes.remove(secondInstance(serviceName));
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static String secondInstance(String serviceName) {
        return serviceName + "#2";
    }

    /** A running service's process (benchmarks read its CPU time and memory). */
    public ProcessHandle process(String serviceName) {
        return processes.get(serviceName).toHandle();
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
        return externalKafka != null ? externalKafka.clientSettings()
                : Map.of("bootstrap.servers", infrastructure.endpoints().kafkaBootstrapServers());
    }

    public String baseUrl(String serviceName) {
        return baseUrl(SERVICES.stream().filter(s -> s.name().equals(serviceName)).findFirst().orElseThrow());
    }

    /** A development token (signed with the launcher's key pair) for one role. */
    public String token(String subject, String role, String province) {
        return infrastructure.keys().token(subject, role, province);
    }

    public void stop() {
        for (Process process : processes.values()) {
            process.destroy();
        }
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
        }
    }

    private void awaitHealthy(Service service) throws Exception {
        awaitHealthy(service.name(), baseUrl(service), processes.get(service.name()), logOf(service));
        log("%s is up", service.name());
    }

    private static void awaitHealthy(String name, String baseUrl, Process process, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create(baseUrl + "/q/health/ready");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LaunchException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new LaunchException(name + " did not become healthy within 3 minutes; see " + log);
    }

    private void printWelcome() {
        DevelopmentKeys keys = infrastructure.keys();
        String gateway = baseUrl(SERVICES.get(3));
        StringBuilder out = new StringBuilder("\n" + RUNNING_BANNER + " The public entry is the gateway: " + gateway + "/api/v1\n"
                + "  Swagger UI of every public path: " + gateway + "/q/swagger-ui\n\n");
        for (Service service : SERVICES) {
            out.append(String.format("  %-20s %s/api/v1   Swagger UI %s/q/swagger-ui%n",
                    service.name(), baseUrl(service), baseUrl(service)));
        }
        appendTokens(out, keys);
        out.append("\nTry:\n");
        for (String example : List.of("/views/provinces/630000?fields=province,coverage", "/views/overview",
                "/measures?category=C09", "/measures?q=%E6%9E%97%E7%A5%A8", "/adoptions?province=630000&category=C09",
                "/adoptions/coverage?province=630000", "/targets?province=360000")) {
            out.append("  curl '").append(gateway).append("/api/v1").append(example).append("'\n");
        }
        out.append("  curl -H 'Accept: text/csv' '").append(gateway).append("/api/v1/measures'\n")
                .append("\nCtrl-C stops everything; data stays in ").append(data).append(" for the next start.\n");
        System.out.println(out);
    }

    /** What a service in dev mode needs (its defaults already name these ports when no offset is set). */
    private void printInfrastructure() {
        EmbeddedInfrastructure.Endpoints endpoints = infrastructure.endpoints();
        StringBuilder out = new StringBuilder("\n" + INFRA_BANNER + "\n")
                .append("  PostgreSQL   ").append(endpoints.postgresBaseUrl()).append("{measures,adoption,indicators}\n")
                .append("  Kafka        ").append(endpoints.kafkaBootstrapServers()).append('\n')
                .append("  view store   ").append(endpoints.viewStoreUrl()).append('\n')
                .append("  public key   ").append(endpoints.publicKey()).append("\n\n")
                .append("Run a service with live reload in another terminal, e.g.\n")
                .append("  ./mvnw quarkus:dev -pl measures-service\n");
        if (portOffset != 0) {
            out.append("with the ports shifted by ").append(portOffset).append(", set beforehand:\n")
                    .append("  export KAFKA_BOOTSTRAP_SERVERS=").append(endpoints.kafkaBootstrapServers())
                    .append(" GATEWAY_MONGODB_URL=").append(endpoints.viewStoreUrl())
                    .append(" MEASURES_DB_URL=").append(endpoints.database("measures"))
                    .append(" ADOPTION_DB_URL=").append(endpoints.database("adoption"))
                    .append(" INDICATORS_DB_URL=").append(endpoints.database("indicators")).append('\n');
        }
        appendTokens(out, infrastructure.keys());
        out.append("\nCtrl-C stops the infrastructure; data stays in ").append(data).append(".\n");
        System.out.println(out);
    }

    private static void appendTokens(StringBuilder out, DevelopmentKeys keys) {
        out.append("\nDevelopment tokens (12 h, signed with ").append(keys.privateKey()).append("):\n");
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("catalogue-editor", keys.token("dev-catalogue-editor", "catalogue-editor", null));
        tokens.put("province-editor (630000 Qinghai)", keys.token("dev-qinghai-editor", "province-editor", "630000"));
        tokens.put("indicator-editor", keys.token("dev-indicator-editor", "indicator-editor", null));
        tokens.put("admin", keys.token("dev-admin", "admin", null));
        tokens.forEach((role, token) -> out.append("  ").append(role).append(":\n    ").append(token).append('\n'));
    }

    private int port(Service service) {
        return service.port() + portOffset;
    }

    private String baseUrl(Service service) {
        return "http://localhost:" + port(service);
    }

    private Path logOf(Service service) {
        return data.resolve("logs").resolve(service.name() + ".log");
    }

    private static void requireFree(String name, int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new LaunchException("port " + port + " needed by " + name + " is already in use");
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private void log(String format, Object... args) {
        System.out.printf("[ecoreform %5.1fs] %s%n", (System.nanoTime() - createdAt) / 1e9, String.format(format, args));
    }

    static final class LaunchException extends RuntimeException {
        LaunchException(String message) {
            super(message);
        }
    }
}
