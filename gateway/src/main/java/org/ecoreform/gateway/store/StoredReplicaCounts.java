package org.ecoreform.gateway.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.domain.ReplicaCounts;

/**
 * {@link ReplicaCounts} in the view store: one small document per scope and key holding each
 * replica's running total ({@code replicas.<replica>}), raised with {@code $inc}; what the other
 * replicas added is their totals now less their totals at this replica's last look. Documents
 * not raised for ten minutes are deleted.
 */
@ApplicationScoped
public class StoredReplicaCounts implements ReplicaCounts {

    static final String COLLECTION = "replicaCounts";
    private static final String REPLICAS = "replicas";
    private static final String AT = "at";
    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> counts;
    private final String replica;
    private final Clock clock;
    /** scope|key → the other replicas' total at the last look. */
    private final Map<String, Long> othersSeen = new ConcurrentHashMap<>();

    private long cleanedAt;

    @Inject
    public StoredReplicaCounts(MongoClient mongo, GatewayConfig config, Clock clock) {
        this(mongo.getDatabase(config.database()), newReplicaId(), clock);
    }

    public StoredReplicaCounts(MongoDatabase database, String replica, Clock clock) {
        this.counts = database.getCollection(COLLECTION);
        this.replica = replica;
        this.clock = clock;
    }

    private static String newReplicaId() {
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    @Override
    public Map<String, Long> exchange(String scope, Map<String, Long> added, Set<String> watched) {
        long now = clock.millis();
        add(scope, added, now);
        Map<String, Long> elsewhere = new HashMap<>();
        if (!watched.isEmpty()) {
            List<String> ids = watched.stream().map(key -> id(scope, key)).toList();
            for (Document document : counts.find(Filters.in("_id", ids))) {
                String id = document.getString("_id");
                long others = othersTotal(document.get(REPLICAS, Document.class));
                Long seen = othersSeen.put(id, others);
                if (seen != null && others > seen) {
                    elsewhere.put(id.substring(scope.length() + 1), others - seen);
                }
            }
            othersSeen
                    .keySet()
                    .removeIf(id -> id.startsWith(scope + "|") && !watched.contains(id.substring(scope.length() + 1)));
        }
        if (now - cleanedAt > KEEP.toMillis() / 10) {
            counts.deleteMany(Filters.lt(AT, now - KEEP.toMillis()));
            cleanedAt = now;
        }
        return elsewhere;
    }

    private void add(String scope, Map<String, Long> added, long now) {
        if (added.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(added.size());
        added.forEach((key, n) -> writes.add(new UpdateOneModel<>(
                Filters.eq("_id", id(scope, key)),
                Updates.combine(Updates.inc(REPLICAS + "." + replica, n), Updates.set(AT, now)),
                ViewSchema.UPSERT)));
        try {
            counts.bulkWrite(writes, UNORDERED);
        } catch (MongoBulkWriteException e) {
            // another replica created the document meanwhile: it is there now, so a plain update adds to it
            for (BulkWriteError error : e.getWriteErrors()) {
                UpdateOneModel<Document> write = (UpdateOneModel<Document>) writes.get(error.getIndex());
                counts.updateOne(write.getFilter(), write.getUpdate());
            }
        }
    }

    private long othersTotal(Document replicas) {
        long total = 0;
        if (replicas != null) {
            for (Map.Entry<String, Object> entry : replicas.entrySet()) {
                if (!entry.getKey().equals(replica) && entry.getValue() instanceof Number n) {
                    total += n.longValue();
                }
            }
        }
        return total;
    }

    private static String id(String scope, String key) {
        return scope + "|" + key;
    }
}
