package org.ecoreform.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.ecoreform.gateway.config.GatewayConfig;

/**
 * The feed of applied changes across the three topics, numbered in the order this store applied
 * them. One entry per aggregate version, whatever replays, rebuilds, replicas or crashes happen.
 */
@ApplicationScoped
public class ChangeFeed {

    static final String CHANGES = "changes";
    static final String COUNTERS = "counters";

    private final MongoCollection<Document> changes;
    private final MongoCollection<Document> counters;

    public ChangeFeed(MongoClient mongo, GatewayConfig config) {
        this.changes = mongo.getDatabase(config.database()).getCollection(CHANGES);
        this.counters = mongo.getDatabase(config.database()).getCollection(COUNTERS);
        changes.createIndex(Indexes.ascending("topic", "key", "version"), new IndexOptions().unique(true).name("one_entry_per_version"));
    }

    /** A change that was applied, as the feed shows it; requestId is the writer's X-Request-Id, if any. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(long sequence, String topic, String key, long version, String kind, Instant at, String requestId) {
    }

    /** Records a change unless this version is in the feed already; returns it, or null if it was there. */
    public Change record(Topics topic, String key, long version, String kind, String requestId) {
        Document counter = counters.findOneAndUpdate(Filters.eq("_id", CHANGES), Updates.inc("sequence", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long sequence = ((Number) counter.get("sequence")).longValue();
        Instant at = Instant.now();
        Document change = new Document("_id", sequence).append("topic", topic.topic()).append("key", key)
                .append("version", version).append("kind", kind).append("at", Date.from(at));
        if (requestId != null) {
            change.append("requestId", requestId);
        }
        try {
            changes.insertOne(change);
        } catch (com.mongodb.MongoException e) {
            if (Mongo.isDuplicateKey(e)) {
                return null; // this version is in the feed already
            }
            throw e;
        }
        return new Change(sequence, topic.topic(), key, version, kind, at, requestId);
    }

    public List<Change> since(long sequence, int limit) {
        List<Change> page = new ArrayList<>();
        for (Document d : changes.find(Filters.gt("_id", sequence)).sort(Sorts.ascending("_id")).limit(limit)) {
            page.add(new Change(((Number) d.get("_id")).longValue(), d.getString("topic"), d.getString("key"),
                    ((Number) d.get("version")).longValue(), d.getString("kind"), d.getDate("at").toInstant(), d.getString("requestId")));
        }
        return page;
    }
}
