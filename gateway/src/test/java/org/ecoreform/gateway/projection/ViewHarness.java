package org.ecoreform.gateway.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.gateway.store.BatchWriter;
import org.ecoreform.gateway.store.ChangeFeed;
import org.ecoreform.gateway.store.ReadModelWriter;
import org.ecoreform.gateway.store.ViewDocuments;
import org.ecoreform.gateway.store.ViewStore;
import org.ecoreform.gateway.views.GapsComposer;
import org.ecoreform.gateway.views.MeasureViewComposer;
import org.ecoreform.gateway.views.OverviewComposer;
import org.ecoreform.gateway.views.ProvinceProfileComposer;
import org.ecoreform.gateway.views.ViewCache;
import org.ecoreform.gateway.views.ViewFreshness;
import org.ecoreform.gateway.views.ViewKey;
import org.ecoreform.gateway.views.ViewKind;
import org.ecoreform.gateway.views.ViewMetrics;
import org.ecoreform.gateway.views.ViewService;

/**
 * The gateway's projection and views wired by hand over a real MongoDB wire server (mongo-java-server,
 * memory backend): events go in through the projector as the Kafka consumer hands them over, views
 * come out as the HTTP layer serves them. No Quarkus, no Kafka: fast enough for thousands of events.
 */
public final class ViewHarness implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    public final ReadModelWriter writer;
    public final ViewFreshness freshness;
    public final ViewProjector projector;
    public final ChangeFeed feed;
    public final ViewService views;
    private final EventParser parser;

    public ViewHarness(String database, ViewDocumentsFactory documents, CommandListener... listeners) {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://localhost:" + address.getPort()));
        for (CommandListener listener : listeners) {
            settings.addCommandListener(listener);
        }
        client = MongoClients.create(settings.build());
        GatewayConfig config = (GatewayConfig) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {GatewayConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("database")) {
                        return database;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        writer = new ReadModelWriter(client, config);
        freshness = new ViewFreshness();
        ViewMetrics metrics = new ViewMetrics(new SimpleMeterRegistry());
        feed = new ChangeFeed(client, config, java.time.Clock.systemUTC());
        ViewStore store = new ViewStore(client, config);
        projector = new ViewProjector(
                writer,
                store,
                new BatchWriter(writer, client, config),
                feed,
                freshness,
                metrics,
                mapper,
                config,
                java.util.Map.of("bootstrap.servers", "localhost:1"));
        ViewDocuments reader = documents.create(client, config, mapper);
        views = new ViewService(
                List.of(
                        new ProvinceProfileComposer(reader),
                        new GapsComposer(reader),
                        new MeasureViewComposer(reader, java.time.Clock.systemUTC()),
                        new OverviewComposer(reader)),
                new ViewCache(),
                freshness,
                mapper,
                metrics);
        parser = new EventParser(mapper);
        store.ensureLayout();
    }

    public ViewHarness(String database) {
        this(database, ViewDocuments::new);
    }

    /** How the harness makes its document reader (a test may slow it down). */
    @FunctionalInterface
    public interface ViewDocumentsFactory {
        ViewDocuments create(MongoClient client, GatewayConfig config, ObjectMapper mapper);
    }

    /** Applies a state as the projector would from a record of the topic (null = tombstone). */
    public void apply(Topics topic, String key, String json) {
        try {
            projector.apply(json == null ? new StateEvent.Tombstone(topic, key) : parser.parse(topic, key, json), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands states over as the Kafka consumer does, as one batch ({@code [topic, key, json]}; a large one is applied in bulk). */
    public void deliver(List<Object[]> records) {
        List<ConsumerRecord<String, String>> batch = new java.util.ArrayList<>();
        java.util.Map<TopicPartition, Long> next = new java.util.HashMap<>();
        for (Object[] r : records) {
            Topics topic = (Topics) r[0];
            batch.add(new ConsumerRecord<>(topic.topic(), 0, offset, (String) r[1], (String) r[2]));
            next.put(new TopicPartition(topic.topic(), 0), ++offset);
        }
        projector.apply(batch, next);
    }

    private long offset;

    /**
     * The view's bytes as served, or "not found: …" for a view that does not exist (yet); any other
     * failure of a composer is thrown, so two failing views never compare equal.
     */
    public String view(ViewKind kind, String id) {
        try {
            return new String(
                    views.render(ViewKey.of(kind, id, Set.of())).identity().body(), StandardCharsets.UTF_8);
        } catch (org.ecoreform.gateway.domain.ViewNotFoundException e) {
            return "not found: " + e.getMessage();
        }
    }

    public void wipe() {
        projector.wipe();
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
