package org.ecoreform.gateway.event;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.ecoreform.gateway.config.GatewayConfig;

/**
 * The read models in MongoDB: one document per aggregate ({@code _id} = key, its {@code version}
 * and {@code state}), the offsets reached per partition, and the feed of applied changes.
 *
 * <p>An event is applied with a write that only matches an older version, so a duplicate, a replay
 * or a second gateway replica writing the same store can never move a view backwards.
 */
@ApplicationScoped
public class ViewStore {

    static final String OFFSETS = "offsets";
    static final String CHANGES = "changes";
    static final String COUNTERS = "counters";

    private final MongoDatabase database;
    /** Bumped on every applied change: caches of composed views compare against it. */
    private final AtomicLong revision = new AtomicLong();

    public ViewStore(MongoClient mongo, GatewayConfig config) {
        this.database = mongo.getDatabase(config.database());
        // one feed entry per aggregate version, whatever replays, rebuilds or crashes happen
        database.getCollection(CHANGES).createIndex(com.mongodb.client.model.Indexes.ascending("topic", "key", "version"),
                new com.mongodb.client.model.IndexOptions().unique(true).name("one_entry_per_version"));
    }

    public long revision() {
        return revision.get();
    }

    /** A change that was applied, as the changes feed shows it; requestId is the writer's X-Request-Id, if any. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Change(long sequence, String topic, String key, long version, String kind, Instant at, String requestId) {
    }

    /** Applies the state of one aggregate if it is newer than the one held; returns the change, if any. */
    public Change apply(Topics topic, String key, long version, Document state, String requestId) {
        MongoCollection<Document> collection = database.getCollection(topic.collection());
        Document doc = new Document("_id", key).append("version", version).append("state", state);
        boolean applied = collection.replaceOne(Filters.and(Filters.eq("_id", key), Filters.lt("version", version)), doc)
                .getMatchedCount() == 1;
        if (!applied) {
            try {
                collection.insertOne(doc);
                applied = true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                // the store holds this version or a newer one already
            }
        }
        if (applied) {
            return recordChange(topic, key, version, "changed", requestId);
        }
        // A duplicate. If the store holds exactly this version, its feed entry may be missing (the
        // gateway died between the two writes): record it now; the unique index refuses a second one.
        Document held = collection.find(Filters.eq("_id", key)).first();
        boolean sameVersion = held != null && held.get("version") instanceof Number v && v.longValue() == version;
        return sameVersion ? recordChange(topic, key, version, "changed", requestId) : null;
    }

    /** A tombstone: the aggregate was deleted at its source. */
    public Change delete(Topics topic, String key, String requestId) {
        boolean deleted = database.getCollection(topic.collection()).deleteOne(Filters.eq("_id", key)).getDeletedCount() == 1;
        return deleted ? recordChange(topic, key, -1, "deleted", requestId) : null;
    }

    public void saveOffset(String topic, int partition, long next) {
        database.getCollection(OFFSETS).updateOne(Filters.eq("_id", topic + "|" + partition),
                Updates.combine(Updates.set("topic", topic), Updates.set("partition", partition), Updates.max("next", next)),
                new UpdateOptions().upsert(true));
    }

    public Map<String, Long> offsets() {
        Map<String, Long> offsets = new HashMap<>();
        for (Document d : database.getCollection(OFFSETS).find()) {
            offsets.put(d.getString("_id"), ((Number) d.get("next")).longValue());
        }
        return offsets;
    }

    public List<Document> all(Topics topic) {
        return database.getCollection(topic.collection()).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    public List<Change> changesSince(long sequence, int limit) {
        List<Change> changes = new ArrayList<>();
        for (Document d : database.getCollection(CHANGES).find(Filters.gt("_id", sequence)).sort(Sorts.ascending("_id")).limit(limit)) {
            changes.add(new Change(((Number) d.get("_id")).longValue(), d.getString("topic"), d.getString("key"),
                    ((Number) d.get("version")).longValue(), d.getString("kind"), d.getDate("at").toInstant(), d.getString("requestId")));
        }
        return changes;
    }

    /** Empties the store; the projector then replays every topic from offset 0. */
    public void wipe() {
        for (Topics topic : Topics.values()) {
            database.getCollection(topic.collection()).drop();
        }
        database.getCollection(OFFSETS).drop();
        revision.incrementAndGet();
    }

    void touched() {
        revision.incrementAndGet();
    }

    private Change recordChange(Topics topic, String key, long version, String kind, String requestId) {
        Document counter = database.getCollection(COUNTERS).findOneAndUpdate(Filters.eq("_id", CHANGES), Updates.inc("sequence", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long sequence = ((Number) counter.get("sequence")).longValue();
        Instant at = Instant.now();
        Document change = new Document("_id", sequence).append("topic", topic.topic()).append("key", key)
                .append("version", version).append("kind", kind).append("at", java.util.Date.from(at));
        if (requestId != null) {
            change.append("requestId", requestId);
        }
        try {
            database.getCollection(CHANGES).insertOne(change);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return null; // this version is in the feed already
            }
            throw e;
        }
        return new Change(sequence, topic.topic(), key, version, kind, at, requestId);
    }
}
