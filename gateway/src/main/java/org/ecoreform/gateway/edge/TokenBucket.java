package org.ecoreform.gateway.edge;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled at {@code perSecond}. Time is
 * passed in (nanoseconds), so the arithmetic is tested without waiting. Requests admitted
 * elsewhere (by other replicas, for the same client) are debited in full: the bucket may then owe
 * tokens, and admits again once the refill has paid them back.
 */
public final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long refilledAt;

    public TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /** Takes one token; returns 0 when granted, else the nanoseconds until one is available. */
    public synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    /**
     * What RateLimit-Remaining and RateLimit-Reset tell the client: the whole requests it may still
     * make at once, and the seconds (rounded up) until the bucket is full again. One refill, one lock.
     */
    public synchronized Quota quota(long now) {
        refill(now);
        return new Quota(Math.max(0, (long) Math.floor(tokens)), (long) Math.ceil((capacity - tokens) / perNano / 1e9));
    }

    /** A client's standing: requests left now, seconds until all are back. */
    public record Quota(long remaining, long secondsToFull) {}

    /** Takes {@code requests} tokens admitted elsewhere, owing what is not there. */
    public synchronized void debit(long requests, long now) {
        refill(now);
        tokens -= requests;
    }

    /** Whether the bucket is full again, i.e. the client has been quiet long enough to forget it. */
    public synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = now - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * perNano);
            refilledAt = now;
        }
    }
}
