package org.ecoreform.adoption.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.ecoreform.platform.testing.EventContracts;
import org.junit.jupiter.api.Test;

/** Every event this test run published (reference import and every test's writes) against its schema. */
@QuarkusTest
class PublishedEventsConformTest {

    @Test
    void everyPublishedEventConformsToItsSchema() {
        // the reference import publishes after start-up and this class may run first: wait for its events
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(
                                EventContracts.assertEveryPublishedEventConforms(List.of(AdoptionEvents.TOPIC)))
                        .as("the 52 Qinghai records at least")
                        .isGreaterThanOrEqualTo(52));
    }
}
