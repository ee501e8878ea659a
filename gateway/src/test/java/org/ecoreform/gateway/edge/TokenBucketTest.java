package org.ecoreform.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aBurstIsGrantedThenRequestsWaitForTheRefill() {
        TokenBucket bucket = new TokenBucket(3, 2.0, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0))
                .as("empty: half a second until the next token at 2/s")
                .isEqualTo(SECOND / 2);
        assertThat(bucket.take(SECOND / 4)).isEqualTo(SECOND / 4);
        assertThat(bucket.take(SECOND / 2)).isZero();
        assertThat(bucket.isFull(SECOND / 2)).isFalse();
    }

    @Test
    void aQuietClientRefillsOnlyUpToTheBurst() {
        TokenBucket bucket = new TokenBucket(2, 1.0, 0);
        bucket.take(0);
        bucket.take(0);
        assertThat(bucket.isFull(100 * SECOND)).isTrue();
        assertThat(bucket.take(100 * SECOND)).isZero();
        assertThat(bucket.take(100 * SECOND)).isZero();
        assertThat(bucket.take(100 * SECOND)).isPositive();
    }
}
