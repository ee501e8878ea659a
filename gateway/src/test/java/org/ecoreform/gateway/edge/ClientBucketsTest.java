package org.ecoreform.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClientBucketsTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void quietClientsAreForgottenOnlyWhenTheMaximumIsReached() {
        ClientBuckets buckets = new ClientBuckets(2, 1.0, 3);
        long now = 100 * SECOND;
        buckets.take("a", now);
        buckets.take("b", now);
        buckets.take("c", now);
        assertThat(buckets.tracked()).isEqualTo(3);

        long later = now + 10 * SECOND; // a, b and c have refilled: quiet
        buckets.take("c", later); // a known client forgets no one
        assertThat(buckets.tracked()).isEqualTo(3);
        buckets.take("d", later); // a new one beyond the maximum: the full buckets go, c's is not full
        assertThat(buckets.tracked()).isEqualTo(2);
        assertThat(buckets.active(later)).containsExactlyInAnyOrder("c", "d");
    }

    @Test
    void clientsStillRefillingAreKept() {
        ClientBuckets buckets = new ClientBuckets(5, 1.0, 2);
        long now = 100 * SECOND;
        for (int i = 0; i < 3; i++) {
            buckets.take("a", now);
            buckets.take("b", now);
        }
        buckets.take("c", now + SECOND); // a and b still miss two tokens: kept, even beyond the maximum
        assertThat(buckets.tracked()).isEqualTo(3);
        assertThat(buckets.take("a", now + SECOND)).isZero();
    }
}
