package org.ecoreform.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.domain.ProvinceDocument;
import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.gateway.store.ViewDocuments;
import org.ecoreform.gateway.views.RenderedView;
import org.ecoreform.gateway.views.ViewKey;
import org.ecoreform.gateway.views.ViewKind;
import org.junit.jupiter.api.Test;

/**
 * A view composed while a change is being applied must not be served as current afterwards: the
 * composition is held right after it read its documents, the change lands, then it completes.
 */
class ViewCacheConsistencyTest {

    private static final ViewKey PROFILE = ViewKey.of(ViewKind.PROVINCE, "630000", Set.of());

    @Test
    void aViewComposedAcrossAChangeIsNotServedAsCurrent() throws Exception {
        try (ViewHarness views = new ViewHarness("consistency", PausingDocuments::new)) {
            views.apply(Topics.MEASURES, "N2020-03", ViewEvents.measure("N2020-03", 1, "“林票”制度", "active", "C01"));
            views.apply(
                    Topics.ADOPTIONS,
                    "R1",
                    ViewEvents.adoption("R1", 1, "630000", "630000-P1", 1, List.of("N2020-03"), "planned"));
            PausingDocuments documents = PausingDocuments.last;
            documents.armed = true;
            CompletableFuture<RenderedView> slow = CompletableFuture.supplyAsync(() -> views.views.render(PROFILE));
            assertThat(documents.read.await(10, TimeUnit.SECONDS))
                    .as("the composition read its documents")
                    .isTrue();

            views.apply(
                    Topics.ADOPTIONS,
                    "R1",
                    ViewEvents.adoption("R1", 2, "630000", "630000-P1", 1, List.of("N2020-03"), "implemented"));
            documents.release.countDown();
            assertThat(body(slow.get(10, TimeUnit.SECONDS))).contains("\"planned\"");

            assertThat(views.views.cached(PROFILE))
                    .as("the view composed before the change is not served as current")
                    .isEmpty();
            assertThat(body(views.views.render(PROFILE))).contains("\"implemented\"");
            assertThat(views.views.cached(PROFILE))
                    .hasValueSatisfying(v -> assertThat(body(v)).contains("\"implemented\""));
        }
    }

    private static String body(RenderedView view) {
        return new String(view.identity().body(), StandardCharsets.UTF_8);
    }

    /** Holds the next province read, once it has read, until the test lets it go on. */
    static final class PausingDocuments extends ViewDocuments {
        static volatile PausingDocuments last;
        final CountDownLatch read = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean armed;

        PausingDocuments(MongoClient mongo, GatewayConfig config, ObjectMapper mapper) {
            super(mongo, config, mapper);
            last = this;
        }

        @Override
        public ProvinceDocument province(String code) {
            ProvinceDocument document = super.province(code);
            if (armed) {
                armed = false;
                read.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return document;
        }
    }
}
