package org.ecoreform.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecoreform.gateway.store.StoredReplicaCounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replicas of the gateway holding one limit per client through counts shared in a view store (a
 * MongoDB-compatible server over the wire). Time is simulated: one client sends 1,000 requests a
 * second, spread round-robin over the replicas, for 60 s; the replicas share every second.
 */
@Execution(ExecutionMode.CONCURRENT) // starts nothing shared: runs beside the Quarkus tests
class SharedLimitsTest {

    private static final int BURST = 200;
    private static final double PER_SECOND = 100;
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final int SECONDS = 60;

    private static MongoServer server;
    private static MongoClient client;

    @BeforeAll
    static void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://localhost:" + address.getPort());
    }

    @AfterAll
    static void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void replicasTogetherAdmitOneClientsRateNotReplicasTimesIt(int replicas) {
        long shared = admitted(replicas, true);
        long alone = admitted(replicas, false);
        double limit = BURST + PER_SECOND * SECONDS;
        System.out.printf(
                "%d replicas, one client offering 1000/s for %d s (limit %.0f/s, burst %d): %d admitted sharing counts, "
                        + "%d limiting alone%n",
                replicas, SECONDS, PER_SECOND, BURST, shared, alone);
        // each replica's first full bucket, and one interval of the others' admissions not yet debited
        assertThat(shared).isLessThanOrEqualTo((long) (limit + (replicas - 1) * BURST + replicas * PER_SECOND));
        assertThat(shared).isGreaterThanOrEqualTo((long) (PER_SECOND * SECONDS));
        assertThat(alone).isGreaterThan((long) (replicas * PER_SECOND * SECONDS));
    }

    private static long admitted(int replicaCount, boolean share) {
        MongoDatabase store = client.getDatabase("limits-" + replicaCount + "-" + share);
        SimulatedClock clock = new SimulatedClock();
        List<ClientBuckets> buckets = new ArrayList<>();
        List<SharedLimits> limits = new ArrayList<>();
        for (int r = 0; r < replicaCount; r++) {
            ClientBuckets replica = new ClientBuckets(BURST, PER_SECOND, Integer.MAX_VALUE);
            SharedLimits sharing = new SharedLimits(new StoredReplicaCounts(store, "replica" + r, clock));
            sharing.track("addresses", replica);
            buckets.add(replica);
            limits.add(sharing);
        }
        long admitted = 0;
        long start = 1_000 * SECOND; // nanoTime-like: any origin
        for (int ms = 0; ms < SECONDS * 1000; ms++) {
            long now = start + TimeUnit.MILLISECONDS.toNanos(ms);
            clock.at(ms);
            if (buckets.get(ms % replicaCount).take("203.0.113.7", now) == 0) {
                admitted++;
            }
            if (share && ms % 1000 == 999) {
                for (SharedLimits sharing : limits) {
                    sharing.share(now);
                }
            }
        }
        return admitted;
    }

    /** The store's clock, moved with the simulation. */
    private static final class SimulatedClock extends Clock {
        private volatile long millis;

        void at(long millis) {
            this.millis = millis;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(1_800_000_000_000L + millis);
        }
    }
}
