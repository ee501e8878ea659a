package org.ecoreform.gateway.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.service.ViewMetrics;
import org.ecoreform.gateway.service.ViewService;
import org.ecoreform.gateway.service.ViewService.ViewKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A view composed while a change is being applied must not be served as current afterwards. The
 * store is paused right after a snapshot has read its states, the change lands, then the
 * composition completes (found by the dashboard's browser test: after a gateway restart the first,
 * slow snapshot straddled a change and the stale view was served until the next one).
 */
class ViewCacheConsistencyTest {

    private static final ViewKey MEASURE_VIEW = ViewKey.of("measure", "N2020-03", Set.of());

    private MongoServer server;
    private MongoClient client;
    private PausingStore store;
    private ViewService views;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://localhost:" + address.getPort());
        GatewayConfig config = (GatewayConfig) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {GatewayConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("database")) {
                        return "views_consistency_test";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        store = new PausingStore(client, config);
        views = new ViewService(store, new ObjectMapper(), new ViewMetrics(new SimpleMeterRegistry()));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void aViewComposedAcrossAChangeIsNotServedAsCurrent() throws Exception {
        applyMeasure(1, "第一稿");
        store.pauseAfterNextSnapshot();
        CompletableFuture<ViewService.Rendered> slowRender = CompletableFuture.supplyAsync(() -> views.render(MEASURE_VIEW));
        assertThat(store.snapshotRead.await(10, TimeUnit.SECONDS)).as("the render read its states").isTrue();

        applyMeasure(2, "第二稿"); // lands while the slow render is still composing
        store.release.countDown();
        String slow = body(slowRender.get(10, TimeUnit.SECONDS));
        assertThat(slow).contains("第一稿");

        assertThat(views.cached(MEASURE_VIEW).map(ViewCacheConsistencyTest::body).filter(served -> served.contains("第一稿")))
                .as("the view composed before the change is not served as current").isEmpty();
        assertThat(body(views.render(MEASURE_VIEW))).contains("第二稿");
        assertThat(views.cached(MEASURE_VIEW)).hasValueSatisfying(rendered -> assertThat(body(rendered)).contains("第二稿"));
    }

    private void applyMeasure(long version, String content) {
        Document state = new Document("id", "N2020-03").append("name", "“林票”制度").append("content", content).append("version", version)
                .append("status", "active").append("category", new Document("id", "C01").append("nameZh", "自然资源资产产权").append("nameEn", "Natural resource asset property rights"));
        store.apply(Topics.MEASURES, "N2020-03", version, state, null);
        store.touched(); // as the projector does after each batch
    }

    private static String body(ViewService.Rendered rendered) {
        return new String(rendered.body(), StandardCharsets.UTF_8);
    }

    /** Holds the next snapshot once it has read every state, until the test lets it go on. */
    static final class PausingStore extends ViewStore {
        final CountDownLatch snapshotRead = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private volatile boolean armed;

        PausingStore(MongoClient mongo, GatewayConfig config) {
            super(mongo, config);
        }

        void pauseAfterNextSnapshot() {
            armed = true;
        }

        @Override
        public List<Document> all(Topics topic) {
            List<Document> states = super.all(topic);
            if (armed && topic == Topics.INDICATORS) { // the last of the three a snapshot reads
                armed = false;
                snapshotRead.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return states;
        }
    }
}
