package org.ecoreform.platform.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.ecoreform.platform.infra.Directories;
import org.ecoreform.platform.infra.FreePorts;
import org.ecoreform.platform.infra.KRaftStorage;

/**
 * A real Kafka cluster as production runs one: three KRaft nodes (broker and controller each), each
 * in a process of its own so that one can be killed with SIGKILL; clients connect over SASL_SSL with
 * SCRAM-SHA-512, with a certificate generated for the run ({@link BrokerCertificate}); topics get three
 * replicas and {@code min.insync.replicas=2}, so an acknowledged write survives the loss of a broker.
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {

    /** A SCRAM user, created when the cluster's storage is formatted. */
    public record User(String name, String password) {}

    private static final String MECHANISM = "SCRAM-SHA-512";
    /** Of three replicas, two must have a write before it is acknowledged: one broker may be lost. */
    private static final int MIN_INSYNC_REPLICAS = 2;

    private static final User BROKERS = new User("broker", "broker-" + Uuid.randomUuid());

    private final Path directory;
    private final int size;
    private final List<Integer> ports = new ArrayList<>();
    private final List<Integer> controllerPorts = new ArrayList<>();
    private final Process[] nodes;
    private final BrokerCertificate tls;

    private EmbeddedKafkaCluster(Path directory, int size) {
        this.directory = directory;
        this.size = size;
        this.nodes = new Process[size];
        List<Integer> free = FreePorts.distinct(2 * size);
        ports.addAll(free.subList(0, size));
        controllerPorts.addAll(free.subList(size, 2 * size));
        this.tls = new BrokerCertificate(directory);
    }

    /** Generates the certificate, formats each node's storage with the users, starts every node and waits for all. */
    public static EmbeddedKafkaCluster start(int size, List<User> users) {
        EmbeddedKafkaCluster cluster;
        try {
            cluster = new EmbeddedKafkaCluster(Files.createTempDirectory("kafka-cluster"), size);
        } catch (IOException e) {
            throw new UncheckedIOException("the Kafka cluster did not start", e);
        }
        try {
            cluster.tls.generate();
            cluster.format(users);
            for (int node = 1; node <= size; node++) {
                cluster.launch(node);
            }
            cluster.awaitBrokers(size);
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.killAll(); // no node left running; the directory (configuration, output) stays for a look
            throw e instanceof IOException io
                    ? new UncheckedIOException("the Kafka cluster did not start", io)
                    : (RuntimeException) e;
        }
    }

    /** The replicas of every topic: one per node. */
    public int replicationFactor() {
        return size;
    }

    public int minInsyncReplicas() {
        return MIN_INSYNC_REPLICAS;
    }

    public String bootstrapServers() {
        return ports.stream().map(port -> "localhost:" + port).collect(Collectors.joining(","));
    }

    /** The PEM certificate clients trust (the brokers' own: it is self-signed). */
    public Path certificate() {
        return tls.certificate();
    }

    /** What a client needs to connect as {@code user}: servers, SASL_SSL, SCRAM and the trusted certificate. */
    public Map<String, Object> clientSettings(String user, String password) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        settings.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        settings.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
        settings.put(SaslConfigs.SASL_JAAS_CONFIG, jaas(user, password));
        settings.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM");
        settings.put(
                SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, tls.certificate().toString());
        return settings;
    }

    /** Kills a node as a crash would (SIGKILL), numbered from 1. */
    public synchronized void kill(int node) throws InterruptedException {
        Process process = nodes[node - 1];
        if (process != null) {
            process.destroyForcibly().waitFor();
            nodes[node - 1] = null;
        }
    }

    /** Starts a killed node again on its own data and waits until the cluster counts every broker. */
    public synchronized void restart(int node) throws IOException {
        if (nodes[node - 1] == null) {
            launch(node);
            awaitBrokers(size);
        }
    }

    private synchronized void killAll() {
        for (int node = 1; node <= size; node++) {
            try {
                kill(node);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Kills every node and removes the data. (A graceful stop would wait for the quorum that the
     * first nodes to stop take away from the last ones: tens of seconds, for data thrown away.)
     */
    @Override
    public synchronized void close() {
        killAll();
        Directories.deleteRecursively(directory);
    }

    private void format(List<User> users) throws IOException {
        String clusterId = Uuid.randomUuid().toString();
        List<String> scram = new ArrayList<>();
        for (User user : Stream.concat(Stream.of(BROKERS), users.stream()).toList()) {
            scram.add(MECHANISM + "=[name=" + user.name() + ",password=" + user.password() + "]");
        }
        for (int node = 1; node <= size; node++) {
            Path logs = Files.createDirectories(directory.resolve("node-" + node));
            KRaftStorage.format(logs, node, clusterId, scram);
            Properties config = config(node, logs);
            try (var out = Files.newBufferedWriter(directory.resolve("node-" + node + ".properties"))) {
                config.store(out, "node " + node);
            }
        }
    }

    private Properties config(int node, Path logs) {
        String voters = IntStream.rangeClosed(1, size)
                .mapToObj(n -> n + "@localhost:" + controllerPorts.get(n - 1))
                .collect(Collectors.joining(","));
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", String.valueOf(node));
        config.put("controller.quorum.voters", voters);
        config.put(
                "listeners",
                "SASL_SSL://localhost:" + ports.get(node - 1) + ",CONTROLLER://localhost:"
                        + controllerPorts.get(node - 1));
        config.put("advertised.listeners", "SASL_SSL://localhost:" + ports.get(node - 1));
        config.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT");
        config.put("inter.broker.listener.name", "SASL_SSL");
        config.put("controller.listener.names", "CONTROLLER");
        config.put("sasl.enabled.mechanisms", MECHANISM);
        config.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        config.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", jaas(BROKERS.name(), BROKERS.password()));
        config.put("ssl.keystore.type", "PKCS12");
        config.put("ssl.keystore.location", tls.keyStore().toString());
        config.put("ssl.keystore.password", tls.password());
        config.put("ssl.key.password", tls.password());
        config.put("ssl.truststore.type", "PEM");
        config.put("ssl.truststore.location", tls.certificate().toString());
        config.put("log.dirs", logs.toString());
        config.put("default.replication.factor", String.valueOf(size));
        config.put("min.insync.replicas", String.valueOf(MIN_INSYNC_REPLICAS));
        config.put("offsets.topic.replication.factor", String.valueOf(size));
        config.put("offsets.topic.num.partitions", "3");
        config.put("transaction.state.log.replication.factor", String.valueOf(size));
        config.put("transaction.state.log.min.isr", String.valueOf(MIN_INSYNC_REPLICAS));
        config.put("share.coordinator.state.topic.replication.factor", String.valueOf(size));
        config.put("share.coordinator.state.topic.min.isr", String.valueOf(MIN_INSYNC_REPLICAS));
        config.put("auto.create.topics.enable", "false");
        config.put("group.initial.rebalance.delay.ms", "0");
        // a killed broker is fenced (and dropped from the in-sync replicas) after 3 s instead of 9: the
        // drills' acks=all writes wait that long for it, not longer; nothing else changes
        config.put("broker.session.timeout.ms", "3000");
        config.put("broker.heartbeat.interval.ms", "500");
        config.put("replica.lag.time.max.ms", "5000");
        // three nodes on a laptop: few threads and a small compaction buffer each
        config.put("num.network.threads", "2");
        config.put("num.io.threads", "2");
        config.put("background.threads", "2");
        config.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return config;
    }

    private void launch(int node) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms32m",
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp",
                System.getProperty("java.class.path"),
                "kafka.Kafka",
                directory.resolve("node-" + node + ".properties").toString());
        nodes[node - 1] = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        directory.resolve("node-" + node + ".log").toFile()))
                .start();
    }

    private void awaitBrokers(int expected) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        Map<String, Object> settings = clientSettings(BROKERS.name(), BROKERS.password());
        settings.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        settings.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(settings)) {
            while (System.nanoTime() < deadline) {
                try {
                    if (admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() == expected) {
                        return;
                    }
                } catch (Exception e) {
                    // not up yet
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException(
                "the Kafka cluster did not count " + expected + " brokers within 2 minutes; see " + directory);
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }
}
