package org.ecoreform.gateway.event;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.domain.DocumentRef;
import org.ecoreform.gateway.domain.Entry;
import org.ecoreform.gateway.domain.EntryKeys;
import org.ecoreform.gateway.domain.Placement;
import org.ecoreform.gateway.domain.RecordEntry;
import org.ecoreform.gateway.domain.Summaries;
import org.ecoreform.gateway.domain.ViewCollection;
import org.jboss.logging.Logger;

/**
 * Applies one event to the view documents it belongs in, and to nothing else.
 *
 * <p>Per aggregate the store keeps its version and where its entries are ({@code current}, and
 * {@code touches}: current plus those of the version before). An event newer than the one held
 * replaces that record (compare-and-set on the held version), then writes its entry into every
 * placement it has or had: the content where it is, a removal where it left. Each entry write is
 * guarded by the entry's own version, so a duplicate, a replay, a redelivery out of order or a
 * second gateway replica on the same store can never move an entry backwards. An event whose
 * version is the one held is written again (the gateway may have died halfway, or another replica
 * did the first write): all of it is idempotent.
 *
 * <p>View documents carry a revision bumped by each entry write. Whether a province adopts a
 * measure is derived from their province-measure document as written (a handful of records) and
 * stored in the national document only over an older revision, so no event ever reads a document
 * whose size grows with the whole data set.
 */
@ApplicationScoped
public class ReadModelWriter {

    private static final Logger LOG = Logger.getLogger(ReadModelWriter.class);
    /** Bumped when the layout of the stored read models changes: a store of another layout is rebuilt. */
    static final int LAYOUT = 2;
    static final String OFFSETS = "offsets";
    static final String META = "meta";
    private static final String VERSION = "version";
    private static final String CURRENT = "current";
    private static final String TOUCHES = "touches";
    private static final String REVISION = Summaries.REVISION;
    private static final int ATTEMPTS = 10;

    /** What applying an event did. */
    public enum Outcome {
        /** The event was newer than the state held and is now applied. */
        APPLIED,
        /** The event was the state held already; its entries were written again. */
        REPEATED,
        /** The store holds a newer version; nothing was written. */
        STALE
    }

    /** The outcome and the view documents written (or written again). */
    public record Result(Outcome outcome, Set<DocumentRef> documents) {
    }

    private final MongoDatabase database;

    public ReadModelWriter(MongoClient mongo, GatewayConfig config) {
        this.database = mongo.getDatabase(config.database());
    }

    /** Wipes a store written with another layout (the projector then rebuilds it from offset 0). */
    public void ensureLayout() {
        MongoCollection<Document> meta = database.getCollection(META);
        Document layout = meta.find(Filters.eq("_id", "layout")).first();
        if (layout != null && layout.get(VERSION) instanceof Number n && n.intValue() == LAYOUT) {
            return;
        }
        if (!storedCollections().isEmpty()) {
            LOG.infof("View store layout %s found, %d expected: rebuilding the views from offset 0",
                    layout == null ? "none" : layout.get(VERSION), LAYOUT);
            wipe();
        }
        meta.replaceOne(Filters.eq("_id", "layout"), new Document("_id", "layout").append(VERSION, LAYOUT), new ReplaceOptions().upsert(true));
    }

    /** Applies the event whose entries are {@code entries} (see {@link Placements}). */
    public Result apply(StateEvent event, Map<Placement, Document> entries) {
        MongoCollection<Document> aggregates = database.getCollection(event.topic().collection());
        List<String> current = entries.keySet().stream().map(Placement::encoded).toList();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document held = aggregates.find(Filters.eq("_id", event.key())).first();
            long heldVersion = held == null ? 0 : ((Number) held.get(VERSION)).longValue();
            if (held != null && heldVersion > event.version()) {
                return new Result(Outcome.STALE, Set.of());
            }
            if (held != null && heldVersion == event.version()) {
                return new Result(Outcome.REPEATED, writeEntries(Entry.strings(held, TOUCHES), entries, event.version()));
            }
            Set<String> touches = new LinkedHashSet<>(current);
            if (held != null) {
                touches.addAll(Entry.strings(held, CURRENT));
            }
            Document state = new Document("_id", event.key()).append(VERSION, event.version())
                    .append(CURRENT, current).append(TOUCHES, new ArrayList<>(touches));
            if (!compareAndSet(aggregates, held, heldVersion, state)) {
                continue; // another writer got there first: look again
            }
            return new Result(Outcome.APPLIED, writeEntries(touches, entries, event.version()));
        }
        throw new IllegalStateException("aggregate " + event.key() + " kept changing under the projector");
    }

    private static boolean compareAndSet(MongoCollection<Document> aggregates, Document held, long heldVersion, Document state) {
        if (held == null) {
            try {
                aggregates.insertOne(state);
                return true;
            } catch (MongoException e) {
                if (Mongo.isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        }
        return aggregates.replaceOne(Filters.and(Filters.eq("_id", state.get("_id")), Filters.eq(VERSION, heldVersion)), state)
                .getMatchedCount() == 1;
    }

    private Set<DocumentRef> writeEntries(Iterable<String> touches, Map<Placement, Document> entries, long version) {
        Map<DocumentRef, Document> written = new LinkedHashMap<>();
        for (String encoded : touches) {
            Placement placement = Placement.decode(encoded);
            Document content = entries.getOrDefault(placement, Entry.removed());
            boolean derived = placement.collection() == ViewCollection.PROVINCE_MEASURES;
            Document after = writeEntry(placement, new Document(content).append(Entry.VERSION, version), derived);
            DocumentRef ref = placement.collection() == ViewCollection.NATIONAL ? new DocumentRef(ViewCollection.NATIONAL, placement.map())
                    : new DocumentRef(placement.collection(), placement.documentId());
            if (after != null || !written.containsKey(ref)) {
                written.put(ref, after);
            }
        }
        Set<DocumentRef> changed = new LinkedHashSet<>(written.keySet());
        written.forEach((ref, after) -> {
            if (ref.collection() == ViewCollection.PROVINCE_MEASURES) {
                deriveMatrixCell(ref.id(), after);
                changed.add(new DocumentRef(ViewCollection.NATIONAL, Summaries.MATRIX));
            }
        });
        return changed;
    }

    /** Writes the entry unless the one held is as new; returns the document after the write if asked (null if refused). */
    private Document writeEntry(Placement placement, Document entry, boolean returnAfter) {
        MongoCollection<Document> views = database.getCollection(placement.collection().collection());
        long version = entry.getLong(Entry.VERSION);
        String versionPath = placement.path() + "." + Entry.VERSION;
        Bson filter = Filters.and(Filters.eq("_id", placement.documentId()),
                Filters.or(Filters.lt(versionPath, version), Filters.exists(versionPath, false)));
        Bson update = Updates.combine(Updates.set(placement.path(), entry), Updates.inc(REVISION, 1L));
        return guardedUpdate(views, filter, update, returnAfter);
    }

    /**
     * An update that creates the document if needed. When the filter's guard fails on an existing
     * document the upsert collides with its id: the write was refused. A collision with a document
     * another writer has just created is told apart by trying once more without upsert.
     */
    private static Document guardedUpdate(MongoCollection<Document> collection, Bson filter, Bson update, boolean returnAfter) {
        try {
            return update(collection, filter, update, true, returnAfter);
        } catch (MongoException e) {
            if (!Mongo.isDuplicateKey(e)) {
                throw e;
            }
            return update(collection, filter, update, false, returnAfter);
        }
    }

    private static Document update(MongoCollection<Document> collection, Bson filter, Bson update, boolean upsert, boolean returnAfter) {
        if (returnAfter) {
            return collection.findOneAndUpdate(filter, update,
                    new FindOneAndUpdateOptions().upsert(upsert).returnDocument(ReturnDocument.AFTER));
        }
        collection.updateOne(filter, update, new UpdateOptions().upsert(upsert));
        return null;
    }

    /**
     * Derives {@code matrix.<province>.<measure>} of the national document from the province-measure
     * document (as written, or read when the write was refused); its size is the records of one
     * province linking one measure, whatever the size of the whole.
     */
    private void deriveMatrixCell(String provinceMeasure, Document after) {
        Document document = after != null ? after
                : database.getCollection(ViewCollection.PROVINCE_MEASURES.collection()).find(Filters.eq("_id", provinceMeasure)).first();
        if (document == null) {
            return;
        }
        int records = 0;
        boolean live = false;
        for (Document record : Entry.present(document, RecordEntry.RECORDS)) {
            records++;
            live |= Boolean.TRUE.equals(record.getBoolean(Entry.LIVE));
        }
        long revision = ((Number) document.get(REVISION)).longValue();
        String[] ids = provinceMeasure.split(":", 2); // the province code comes first and has no colon
        String path = Summaries.MATRIX + "." + EntryKeys.encode(ids[0]) + "." + EntryKeys.encode(ids[1]);
        String revisionPath = path + "." + REVISION;
        guardedUpdate(database.getCollection(ViewCollection.NATIONAL.collection()),
                Filters.and(Filters.eq("_id", ViewCollection.NATIONAL_ID),
                        Filters.or(Filters.lt(revisionPath, revision), Filters.exists(revisionPath, false))),
                Updates.set(path, new Document(Summaries.LIVE, live).append(Summaries.RECORDS, records).append(REVISION, revision)), false);
    }

    // ---- offsets, stored beside the views they produced

    public Map<TopicPartition, Long> offsets() {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (Document d : database.getCollection(OFFSETS).find()) {
            offsets.put(new TopicPartition(d.getString("topic"), d.getInteger("partition")), ((Number) d.get("next")).longValue());
        }
        return offsets;
    }

    public void saveOffsets(Map<TopicPartition, Long> next) {
        next.forEach((p, offset) -> database.getCollection(OFFSETS).updateOne(Filters.eq("_id", p.topic() + "|" + p.partition()),
                Updates.combine(Updates.set("topic", p.topic()), Updates.set("partition", p.partition()), Updates.max("next", offset)),
                new UpdateOptions().upsert(true)));
    }

    /** Empties the views and the offsets (the feed of changes stays: its entries are unique per version). */
    public void wipe() {
        storedCollections().forEach(name -> database.getCollection(name).drop());
    }

    /** The collections of views, aggregates and offsets that exist (dropping one that does not is an error to some servers). */
    private Set<String> storedCollections() {
        Set<String> ours = new LinkedHashSet<>(List.of(OFFSETS));
        for (Topics topic : Topics.values()) {
            ours.add(topic.collection());
        }
        for (ViewCollection views : ViewCollection.values()) {
            ours.add(views.collection());
        }
        Set<String> existing = database.listCollectionNames().into(new LinkedHashSet<>());
        ours.retainAll(existing);
        return ours;
    }
}
