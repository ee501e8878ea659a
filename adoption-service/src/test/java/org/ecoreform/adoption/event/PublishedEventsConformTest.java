package org.ecoreform.adoption.event;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.ecoreform.platform.testing.EventContracts;
import org.junit.jupiter.api.Test;

/** Every event this test run published (reference import and every test's writes) against its schema. */
@QuarkusTest
class PublishedEventsConformTest {

    @Test
    void everyPublishedEventConformsToItsSchema() {
        EventContracts.awaitPublishedEventsConform(
                List.of(AdoptionEvents.TOPIC, AdoptionPlanEvents.TOPIC),
                53,
                "the 52 Qinghai records and their plan at least");
    }
}
