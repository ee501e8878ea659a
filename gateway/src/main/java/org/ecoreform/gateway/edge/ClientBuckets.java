package org.ecoreform.gateway.edge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The buckets of one kind of client (token subjects, or addresses) in this replica, and what this
 * replica admitted for each since it last shared its counts, so that the replicas together hold one
 * limit per client ({@link SharedLimits}).
 */
public final class ClientBuckets {

    private final int burst;
    private final double perSecond;
    /** Beyond this many clients, the quiet ones are forgotten when a new one comes. */
    private final int maxTracked;

    private final Map<String, Client> clients = new ConcurrentHashMap<>();

    private record Client(TokenBucket bucket, AtomicLong admittedSinceShared) {}

    public ClientBuckets(int burst, double perSecond, int maxTracked) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.maxTracked = maxTracked;
    }

    /** Takes a token for the client; 0 when admitted, else the nanoseconds until one is there. */
    public long take(String client, long now) {
        Client entry = clients.get(client);
        if (entry == null) { // only a new client can grow the map: forget the quiet ones then, not per request
            forgetQuiet(now);
            entry = clients.computeIfAbsent(
                    client, k -> new Client(new TokenBucket(burst, perSecond, now), new AtomicLong()));
        }
        long wait = entry.bucket().take(now);
        if (wait == 0) {
            entry.admittedSinceShared().incrementAndGet();
        }
        return wait;
    }

    /** The client's bucket as it is now (after {@link #take}), null for a client never seen or forgotten. */
    public TokenBucket bucket(String client) {
        Client entry = clients.get(client);
        return entry == null ? null : entry.bucket();
    }

    /** The requests a client may make at once. */
    public int burst() {
        return burst;
    }

    /** What was admitted per client since the last call (clients with none left out). */
    public Map<String, Long> takeAdmitted() {
        Map<String, Long> admitted = new HashMap<>();
        clients.forEach((client, entry) -> {
            long n = entry.admittedSinceShared().getAndSet(0);
            if (n > 0) {
                admitted.put(client, n);
            }
        });
        return admitted;
    }

    /** Clients seen lately (their bucket is not full): those whose requests elsewhere matter here. */
    public Set<String> active(long now) {
        Set<String> active = new HashSet<>();
        clients.forEach((client, entry) -> {
            if (!entry.bucket().isFull(now) || entry.admittedSinceShared().get() > 0) {
                active.add(client);
            }
        });
        return active;
    }

    /** Debits what other replicas admitted for these clients. */
    public void debit(Map<String, Long> admittedElsewhere, long now) {
        admittedElsewhere.forEach((client, n) -> {
            Client entry = clients.get(client);
            if (entry != null) {
                entry.bucket().debit(n, now);
            }
        });
    }

    /** Forgets clients that have been quiet long enough for a full bucket, when more than the maximum are tracked. */
    private void forgetQuiet(long now) {
        if (clients.size() >= maxTracked) {
            // a bucket fills only after burst/rate seconds, long after its counts were shared
            clients.values().removeIf(entry -> entry.bucket().isFull(now));
        }
    }

    /** How many clients this replica holds a bucket for. */
    public int tracked() {
        return clients.size();
    }
}
