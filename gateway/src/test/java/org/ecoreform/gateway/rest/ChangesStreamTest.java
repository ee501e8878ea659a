package org.ecoreform.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.time.Instant;
import org.ecoreform.gateway.event.ChangeFeed;
import org.ecoreform.gateway.event.ViewHarness;
import org.junit.jupiter.api.Test;

/** The live stream keeps a burst of changes for a subscriber that is not ready for them yet (a slow connection). */
class ChangesStreamTest {

    @Test
    void aBurstWaitsForASlowSubscriberInsteadOfFailingIt() {
        try (ViewHarness views = new ViewHarness("stream")) {
            AssertSubscriber<ChangeFeed.Change> slow = new ChangesResource(null, views.projector).stream()
                    .subscribe().withSubscriber(AssertSubscriber.create(1));
            for (int i = 1; i <= 500; i++) { // a bulk catch-up emits this many at once
                views.projector.live().onNext(new ChangeFeed.Change(i, "ecoreform.measures.v1", "N2020-03", i, "changed", Instant.now(), null));
            }
            slow.request(499);
            slow.assertNotTerminated();
            assertThat(slow.getItems()).hasSize(500);
            assertThat(slow.getItems().get(499).sequence()).isEqualTo(500);
        }
    }
}
