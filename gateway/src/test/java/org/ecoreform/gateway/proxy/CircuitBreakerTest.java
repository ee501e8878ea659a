package org.ecoreform.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final long DELAY = 5_000;

    @Test
    void opensWhenHalfTheWindowFailedThenLetsOneTrialThrough() {
        CircuitBreaker breaker = new CircuitBreaker(4, DELAY);
        breaker.succeeded();
        breaker.failed(0);
        breaker.succeeded();
        assertThat(breaker.allows(0)).as("three calls: the window is not full").isTrue();
        breaker.failed(10);
        assertThat(breaker.allows(10)).as("two of four failed").isFalse();
        assertThat(breaker.allows(10 + DELAY - 1)).isFalse();
        assertThat(breaker.allows(10 + DELAY)).as("the trial call").isTrue();
        assertThat(breaker.allows(10 + DELAY)).as("only one trial at a time").isFalse();
        breaker.failed(20 + DELAY);
        assertThat(breaker.allows(20 + 2 * DELAY - 1))
                .as("the trial failed: open again")
                .isFalse();
        assertThat(breaker.allows(20 + 2 * DELAY)).isTrue();
        breaker.succeeded();
        assertThat(breaker.allows(20 + 2 * DELAY)).as("closed").isTrue();
        breaker.failed(30 + 2 * DELAY);
        assertThat(breaker.allows(30 + 2 * DELAY))
                .as("a fresh window after closing")
                .isTrue();
    }

    @Test
    void aWindowOfSuccessesOutweighsOldFailures() {
        CircuitBreaker breaker = new CircuitBreaker(4, DELAY);
        breaker.failed(0);
        for (int i = 0; i < 4; i++) {
            breaker.succeeded();
        }
        breaker.failed(1);
        assertThat(breaker.allows(1)).as("one failure in the last four").isTrue();
    }
}
