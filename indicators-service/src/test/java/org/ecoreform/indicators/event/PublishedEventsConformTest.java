package org.ecoreform.indicators.event;

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
                List.of(
                        TargetEvents.TOPIC,
                        PlanTaskEvents.TOPIC,
                        AccountabilityEvents.TOPIC,
                        SourceDocumentEvents.TOPIC),
                36,
                "the 36 targets of the shipped plans at least");
    }
}
