package org.ecoreform.gateway.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.gateway.domain.ViewStoreUnavailableException;

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
    private final Clock clock;

    public ChangeFeed(MongoClient mongo, GatewayConfig config, Clock clock) {
        this.clock = clock;
        this.changes = mongo.getDatabase(config.database()).getCollection(CHANGES);
        this.counters = mongo.getDatabase(config.database()).getCollection(COUNTERS);
        changes.createIndex(
                Indexes.ascending("topic", "key", "version"),
                new IndexOptions().unique(true).name("one_entry_per_version"));
    }

    /** A change that was applied, as the feed shows it; requestId is the writer's X-Request-Id, if any. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            long sequence, String topic, String key, long version, String kind, Instant at, String requestId) {}

    /** Records a change unless this version is in the feed already; returns it, or null if it was there. */
    public Change record(Topics topic, String key, long version, String kind, String requestId) {
        Document counter = counters.findOneAndUpdate(
                Filters.eq("_id", CHANGES),
                Updates.inc("sequence", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        Change change = new Change(
                ((Number) counter.get("sequence")).longValue(),
                topic.topic(),
                key,
                version,
                kind,
                clock.instant(),
                requestId);
        try {
            changes.insertOne(document(change));
        } catch (MongoException e) {
            if (Mongo.isDuplicateKey(e)) {
                return null; // this version is in the feed already
            }
            throw e;
        }
        return change;
    }

    /** A change to record: the aggregate's version and the writer's request id, if any. */
    public record Pending(Topics topic, String key, long version, String kind, String requestId) {}

    /**
     * Records many changes in two round trips (a range of sequence numbers, then one unordered
     * insert); versions in the feed already are refused by its unique index. Returns those recorded.
     */
    public List<Change> recordAll(List<Pending> pending) {
        if (pending.isEmpty()) {
            return List.of();
        }
        Document counter = counters.findOneAndUpdate(
                Filters.eq("_id", CHANGES),
                Updates.inc("sequence", (long) pending.size()),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long first = ((Number) counter.get("sequence")).longValue() - pending.size() + 1;
        Instant at = clock.instant();
        List<Change> changes = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            changes.add(new Change(first + i, p.topic().topic(), p.key(), p.version(), p.kind(), at, p.requestId()));
            documents.add(document(changes.get(i)));
        }
        try {
            this.changes.insertMany(documents, new InsertManyOptions().ordered(false));
            return changes;
        } catch (MongoBulkWriteException e) {
            Set<Integer> refused = new HashSet<>();
            e.getWriteErrors().forEach(error -> refused.add(error.getIndex()));
            List<Change> recorded = new ArrayList<>();
            for (int i = 0; i < changes.size(); i++) {
                if (!refused.contains(i)) {
                    recorded.add(changes.get(i));
                }
            }
            return recorded;
        }
    }

    private static Document document(Change change) {
        Document document = new Document("_id", change.sequence())
                .append("topic", change.topic())
                .append("key", change.key())
                .append("version", change.version())
                .append("kind", change.kind())
                .append("at", Date.from(change.at()));
        if (change.requestId() != null) {
            document.append("requestId", change.requestId());
        }
        return document;
    }

    /** The changes after {@code sequence}, oldest first; a store that does not answer is a {@link ViewStoreUnavailableException}. */
    public List<Change> since(long sequence, int limit) {
        return read(changes.find(Filters.gt("_id", sequence))
                .sort(Sorts.ascending("_id"))
                .limit(limit));
    }

    /** The newest changes, newest first (read through the primary key: as cheap with a million entries as with ten). */
    public List<Change> latest(int limit) {
        return read(changes.find().sort(Sorts.descending("_id")).limit(limit));
    }

    private static List<Change> read(FindIterable<Document> found) {
        List<Change> page = new ArrayList<>();
        try {
            for (Document d : found) {
                page.add(change(d));
            }
        } catch (MongoException e) {
            throw new ViewStoreUnavailableException(e);
        }
        return page;
    }

    private static Change change(Document d) {
        return new Change(
                ((Number) d.get("_id")).longValue(),
                d.getString("topic"),
                d.getString("key"),
                ((Number) d.get("version")).longValue(),
                d.getString("kind"),
                d.getDate("at").toInstant(),
                d.getString("requestId"));
    }
}
