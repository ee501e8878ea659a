package org.ecoreform.platform.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Everything a local system needs besides its services, under one data directory: PostgreSQL with
 * one database per service, a Kafka broker, the view store and the development key pair. A part
 * given an external address in {@link External} is not started; its address is passed through.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

    /** Where the embedded parts listen. */
    public record Ports(int postgres, int kafka, int viewStore) {}

    /** Addresses of parts run elsewhere (null: start the embedded one). */
    public record External(String postgresBaseUrl, String kafkaBootstrapServers, String viewStoreUrl) {

        public static External none() {
            return new External(null, null, null);
        }
    }

    /** What the services are configured with. */
    public record Endpoints(String postgresBaseUrl, String kafkaBootstrapServers, String viewStoreUrl, Path publicKey) {

        /** The JDBC URL of one service's database. */
        public String database(String name) {
            return postgresBaseUrl + name;
        }
    }

    /** Each part starts on a thread of its own (the common pool has a single thread on two cores). */
    private static final Executor OWN_THREAD = task -> new Thread(task, "infrastructure-start").start();

    private DevelopmentKeys keys;
    private Endpoints endpoints;
    private volatile EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private CompletableFuture<Void> kafkaStarted = CompletableFuture.completedFuture(null);
    private EmbeddedViewStore viewStore;

    private EmbeddedInfrastructure() {}

    private void startParts(Path data, Ports ports, External external, List<String> databases, Consumer<String> log) {
        // PostgreSQL (a separate server process) and the broker start side by side; the broker's
        // address is known before it listens, so services may start before it is ready (they wait for it)
        CompletableFuture<String> postgresBase = external.postgresBaseUrl() != null
                ? CompletableFuture.completedFuture(withTrailingSlash(external.postgresBaseUrl()))
                : CompletableFuture.supplyAsync(
                        () -> {
                            log.accept(String.format(
                                    "Starting PostgreSQL on port %d (data in %s)",
                                    ports.postgres(), data.resolve("postgres")));
                            postgres = EmbeddedPostgresServer.start(ports.postgres(), data.resolve("postgres"));
                            databases.forEach(postgres::ensureDatabase);
                            return "jdbc:postgresql://localhost:" + ports.postgres() + "/";
                        },
                        OWN_THREAD);
        String bootstrap = external.kafkaBootstrapServers();
        if (bootstrap == null) {
            log.accept(String.format(
                    "Starting Kafka (KRaft) on port %d (logs in %s)", ports.kafka(), data.resolve("kafka")));
            kafka = EmbeddedKafkaBroker.persistent(ports.kafka(), data.resolve("kafka"));
            bootstrap = kafka.bootstrapServers();
            kafkaStarted = CompletableFuture.runAsync(kafka::start, OWN_THREAD);
        }
        try {
            String viewStoreUrl = external.viewStoreUrl();
            if (viewStoreUrl == null) {
                log.accept(String.format(
                        "Starting the MongoDB-compatible view store on port %d (data in %s)",
                        ports.viewStore(), data.resolve("mongo")));
                viewStore = EmbeddedViewStore.persistent(ports.viewStore(), data.resolve("mongo"));
                viewStoreUrl = viewStore.connectionString();
            }
            keys = DevelopmentKeys.in(data);
            if (keys.generated()) {
                log.accept(String.format(
                        "Generated a development key pair in %s (never use it in production)",
                        keys.publicKey().getParent()));
            }
            endpoints = new Endpoints(postgresBase.join(), bootstrap, viewStoreUrl, keys.publicKey());
        } catch (RuntimeException e) {
            // so that close() sees what was still starting
            awaitQuietly(postgresBase);
            awaitQuietly(kafkaStarted);
            throw unwrapped(e);
        }
    }

    /** Waits until every part is ready, the broker included; a broker that failed to start fails here. */
    public void awaitReady() {
        try {
            kafkaStarted.join();
        } catch (RuntimeException e) {
            throw unwrapped(e);
        }
    }

    private static RuntimeException unwrapped(RuntimeException e) {
        return e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
    }

    private static void awaitQuietly(CompletableFuture<?> start) {
        try {
            start.join();
        } catch (RuntimeException ignored) {
            // the failure being reported is the first one
        }
    }

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /**
     * Starts what is not external and returns once PostgreSQL and the view store are ready (the
     * broker may still be starting: {@link #awaitReady()}); a part that fails to start stops the
     * ones already started.
     *
     * @param databases the databases to create in the embedded PostgreSQL (one per service)
     */
    public static EmbeddedInfrastructure start(
            Path data, Ports ports, External external, List<String> databases, Consumer<String> log) {
        EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure();
        try {
            infrastructure.startParts(data, ports, external, databases, log);
            return infrastructure;
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    public DevelopmentKeys keys() {
        return keys;
    }

    /** Stops the embedded broker, keeping its topics (fault drills). */
    public void stopKafka() {
        requireEmbeddedKafka().stop();
    }

    public void startKafka() {
        requireEmbeddedKafka().start();
    }

    /** Stops the embedded view store, keeping its data (fault drills). */
    public void stopViewStore() {
        requireEmbeddedViewStore().stop();
    }

    public void startViewStore() {
        requireEmbeddedViewStore().start();
    }

    private EmbeddedViewStore requireEmbeddedViewStore() {
        if (viewStore == null) {
            throw new IllegalStateException(
                    "the view store is external (GATEWAY_MONGODB_URL); it cannot be stopped from here");
        }
        return viewStore;
    }

    @Override
    public void close() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (viewStore != null) {
            viewStore.close();
            viewStore = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private EmbeddedKafkaBroker requireEmbeddedKafka() {
        if (kafka == null) {
            throw new IllegalStateException(
                    "Kafka is external (KAFKA_BOOTSTRAP_SERVERS); it cannot be stopped from here");
        }
        return kafka;
    }
}
