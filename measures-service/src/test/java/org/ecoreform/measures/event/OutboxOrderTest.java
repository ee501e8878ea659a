package org.ecoreform.measures.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.outbox.Outbox;
import org.ecoreform.platform.outbox.OutboxEvent;
import org.ecoreform.platform.testing.EventCapture;
import org.ecoreform.platform.testing.SharedInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * The relay publishes in outbox order or not at all: when the broker cannot take an event, the
 * events recorded after it wait too. (A fault drill found later versions overtaking an earlier one
 * whose send had given up waiting for metadata while the broker came back.)
 */
@QuarkusTest
class OutboxOrderTest {

    /** A topic nobody provisions: the broker does not auto-create topics, so a send to it waits and gives up. */
    private static final String UNPROVISIONED = "ecoreform.order-test.v1";
    /** Where the later event goes: a test topic of its own, so that no test-only event lands on a public topic. */
    private static final String PROVISIONED = "ecoreform.order-test-later.v1";

    @Inject
    Outbox outbox;

    @Test
    void anEventTheBrokerCannotTakeHoldsBackTheEventsAfterIt() throws Exception {
        createTopic(PROVISIONED);
        try (EventCapture capture = EventCapture.fromNow(PROVISIONED)) {
            List<Long> ids = QuarkusTransaction.requiringNew()
                    .call(() -> List.of(
                            outbox.recordState(
                                            UNPROVISIONED,
                                            "order-test",
                                            "first",
                                            1,
                                            "org.ecoreform.test.v1",
                                            Map.of("version", 1),
                                            Caller.SYSTEM)
                                    .id,
                            outbox.recordState(
                                            PROVISIONED,
                                            "order-test",
                                            "ORDER-SECOND",
                                            1,
                                            "org.ecoreform.test.v1",
                                            Map.of("version", 1),
                                            Caller.SYSTEM)
                                    .id));
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> row(ids.get(0)).lastError != null);
                assertThat(row(ids.get(0)).publishedAt).isNull();
                assertThat(row(ids.get(1)).publishedAt)
                        .as("recorded after an event that is stuck")
                        .isNull();
                assertThatThrownBy(() -> capture.awaitForKey("ORDER-SECOND", 1, Duration.ofSeconds(3)))
                        .as("the later event stays off the topic")
                        .isInstanceOf(AssertionError.class);
            } finally {
                createTopic(UNPROVISIONED);
            }
            capture.awaitForKey("ORDER-SECOND", 1, Duration.ofSeconds(60));
            // the relay marks rows in the transaction that sent them, which commits just after the send
            await().atMost(Duration.ofSeconds(30)).until(() -> row(ids.get(1)).publishedAt != null);
            OutboxEvent first = row(ids.get(0));
            OutboxEvent second = row(ids.get(1));
            assertThat(first.publishedAt).isNotNull();
            assertThat(second.publishedAt).isAfterOrEqualTo(first.publishedAt);
        }
    }

    private static void createTopic(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static OutboxEvent row(long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.findById(id));
    }
}
