package org.ecoreform.adoption.event;

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
        int checked = EventContracts.assertEveryPublishedEventConforms(List.of(AdoptionEvents.TOPIC));
        assertThat(checked).as("the 52 Qinghai records at least").isGreaterThanOrEqualTo(52);
    }
}
