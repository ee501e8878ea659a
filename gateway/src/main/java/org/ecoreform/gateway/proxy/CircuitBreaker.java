package org.ecoreform.gateway.proxy;

/**
 * One service's circuit breaker: while at least half of its last {@code volume} calls failed, it
 * opens and calls fail at once for {@code delay}; then one trial call is let through, which closes
 * it again on success. Time is passed in (nanoseconds), so the rule is tested without waiting.
 */
final class CircuitBreaker {

    private final boolean[] outcomes;
    private final long delayNanos;
    private int next;
    private int recorded;
    private int failures;
    private long openUntil = Long.MIN_VALUE;
    private boolean trialOut;

    CircuitBreaker(int volume, long delayNanos) {
        this.outcomes = new boolean[Math.max(1, volume)];
        this.delayNanos = delayNanos;
    }

    /** Whether a call may go now; when half-open, only one trial call does. */
    synchronized boolean allows(long now) {
        if (openUntil == Long.MIN_VALUE) {
            return true;
        }
        if (now < openUntil || trialOut) {
            return false;
        }
        trialOut = true;
        return true;
    }

    synchronized void succeeded() {
        if (openUntil != Long.MIN_VALUE) {
            close();
            return;
        }
        record(false);
    }

    synchronized void failed(long now) {
        if (openUntil != Long.MIN_VALUE) {
            openUntil = now + delayNanos; // the trial failed: open again
            trialOut = false;
            return;
        }
        record(true);
        if (recorded == outcomes.length && failures * 2 >= outcomes.length) {
            openUntil = now + delayNanos;
            trialOut = false;
        }
    }

    private void record(boolean failure) {
        if (recorded == outcomes.length && outcomes[next]) {
            failures--;
        }
        outcomes[next] = failure;
        if (failure) {
            failures++;
        }
        next = (next + 1) % outcomes.length;
        recorded = Math.min(recorded + 1, outcomes.length);
    }

    private void close() {
        openUntil = Long.MIN_VALUE;
        trialOut = false;
        recorded = 0;
        failures = 0;
        next = 0;
    }
}
