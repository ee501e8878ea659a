package org.ecoreform.indicators.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.ecoreform.platform.testing.EventContracts;
import org.junit.jupiter.api.Test;

/** Every event this test run published (reference import and every test's writes) against its schema. */
@QuarkusTest
class PublishedEventsConformTest {

    @Test
    void everyPublishedEventConformsToItsSchema() {
        int checked = EventContracts.assertEveryPublishedEventConforms(
                List.of(TargetEvents.TOPIC, PlanTaskEvents.TOPIC, AccountabilityEvents.TOPIC));
        assertThat(checked).as("the 36 targets of the shipped plans at least").isGreaterThanOrEqualTo(36);
    }
}
