package org.ecoreform.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one node), started
 * in-process from Kafka's own classes. It can be stopped and started again on the same port and
 * log directory, which is how tests simulate a broker outage.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private final int port;
    private final int controllerPort;
    private final Path logDirectory;
    private final boolean deleteOnClose;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(int port, Path logDirectory, boolean deleteOnClose) {
        this.port = port;
        this.controllerPort = freePortOtherThan(port);
        this.logDirectory = logDirectory;
        this.deleteOnClose = deleteOnClose;
    }

    /** A free port that is not {@code taken} (the system may hand out a port just released again). */
    private static int freePortOtherThan(int taken) {
        int port = FreePorts.next();
        while (port == taken) {
            port = FreePorts.next();
        }
        return port;
    }

    /** A broker on a random port with a throw-away log directory. */
    public static EmbeddedKafkaBroker temporary() {
        try {
            return new EmbeddedKafkaBroker(FreePorts.next(), Files.createTempDirectory("kafka-test"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker whose data outlives it (the local launcher). */
    public static EmbeddedKafkaBroker persistent(int port, Path logDirectory) {
        return new EmbeddedKafkaBroker(port, logDirectory, false);
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            Map<String, Object> props = config();
            formatIfNeeded(props);
            KafkaRaftServer raft = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            raft.startup();
            server = raft;
            awaitReady();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Kafka did not start", e);
        }
    }

    /** Stops the broker; its log directory (and so every topic) is kept for {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public synchronized void close() {
        stop();
        if (deleteOnClose) {
            Directories.deleteRecursively(logDirectory);
        }
    }

    private Map<String, Object> config() {
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDirectory.toString());
        props.put("num.partitions", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Services must create their own compacted topics; nothing appears by accident.
        props.put("auto.create.topics.enable", "false");
        props.put("log.cleaner.backoff.ms", "1000");
        // the cleaner's key map is a heap buffer (128 MB by default); 16 MB still dedupes ~650,000 keys a pass
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        return props;
    }

    private void formatIfNeeded(Map<String, Object> props) throws IOException {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        KRaftStorage.format(logDirectory, 1, Uuid.randomUuid().toString(), List.of());
    }

    private void awaitReady() {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin client = Admin.create(admin)) {
            client.describeCluster().nodes().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka did not become ready", e);
        }
    }
}
