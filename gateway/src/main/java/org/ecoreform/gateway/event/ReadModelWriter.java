package org.ecoreform.gateway.event;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
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
 * {@code touched}: every place it ever had). An event newer than the version held moves that
 * record forward in one atomic step that also answers the places held before; the event's entry
 * is then written into every place it has or had: the content where it is, a removal where it
 * left. Each entry write is guarded by the entry's own version, so a duplicate, a replay, a
 * redelivery out of order or a second gateway replica on the same store can never move an entry
 * backwards. An event whose version is the one held is written again everywhere the aggregate
 * ever was (the gateway may have died halfway, or another replica did the first write): all of it
 * is idempotent.
 *
 * <p>Whether a province adopts a measure is derived from their province-measure document (a
 * handful of records) and stored in the national document only when it changes, guarded by that
 * document's revision; no event reads a document whose size grows with the whole data set.
 */
@ApplicationScoped
public class ReadModelWriter {

    private static final Logger LOG = Logger.getLogger(ReadModelWriter.class);
    /** Bumped when the layout of the stored read models changes: a store of another layout is rebuilt. */
    static final int LAYOUT = 3;
    static final String OFFSETS = "offsets";
    static final String META = "meta";
    static final String VERSION = "version";
    static final String CURRENT = "current";
    /** Every placement an aggregate ever had: all of them get its entry again when an event is repeated. */
    static final String TOUCHED = "touched";
    static final String REVISION = Summaries.REVISION;
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

    /** The outcome, the version held before, and the view documents written (or written again). */
    public record Result(Outcome outcome, long heldBefore, Set<DocumentRef> documents) {
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
            Document before;
            try {
                // one round trip: the record of the aggregate moves to this version only over an older one,
                // and answers where the aggregate was placed before
                before = aggregates.findOneAndUpdate(Filters.and(Filters.eq("_id", event.key()), Filters.lt(VERSION, event.version())),
                        Updates.combine(Updates.set(VERSION, event.version()), Updates.set(CURRENT, current),
                                Updates.addEachToSet(TOUCHED, current)),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
            } catch (MongoException e) {
                if (!Mongo.isDuplicateKey(e)) {
                    throw e;
                }
                Document held = aggregates.find(Filters.eq("_id", event.key())).first();
                long heldVersion = held == null ? 0 : ((Number) held.get(VERSION)).longValue();
                if (heldVersion > event.version()) {
                    return new Result(Outcome.STALE, heldVersion, Set.of());
                }
                if (heldVersion == event.version()) {
                    return new Result(Outcome.REPEATED, heldVersion, writeEntries(Entry.strings(held, TOUCHED), entries, event.version()));
                }
                continue; // it changed between the two reads: look again
            }
            Set<String> touches = new LinkedHashSet<>(current);
            if (before != null) {
                touches.addAll(Entry.strings(before, TOUCHED));
            }
            return new Result(Outcome.APPLIED, before == null ? 0 : ((Number) before.get(VERSION)).longValue(),
                    writeEntries(touches, entries, event.version()));
        }
        throw new IllegalStateException("aggregate " + event.key() + " kept changing under the projector");
    }

    Set<DocumentRef> writeEntries(Iterable<String> touches, Map<Placement, Document> entries, long version) {
        Set<DocumentRef> written = new LinkedHashSet<>();
        for (String encoded : touches) {
            Placement placement = Placement.decode(encoded);
            Document entry = new Document(entries.getOrDefault(placement, Entry.removed())).append(Entry.VERSION, version);
            if (placement.collection() == ViewCollection.PROVINCE_MEASURES) {
                if (writeCell(placement, entry)) {
                    written.add(placement.document()); // stands for the matrix cell it changed
                }
                continue;
            }
            writeEntry(placement, entry, false);
            written.add(placement.document());
        }
        return written;
    }

    /** What a guarded write did: whether it was applied, and the document as it was before (null if it was created). */
    record Written(boolean applied, Document before) {
    }

    /** Writes the entry unless the one held is as new. */
    Written writeEntry(Placement placement, Document entry, boolean returnBefore) {
        MongoCollection<Document> views = database.getCollection(placement.collection().collection());
        return guardedUpdate(views, entryGuard(placement, entry.getLong(Entry.VERSION)), entryUpdate(placement, entry), returnBefore);
    }

    /** Matches the document only while the entry at the placement is older than {@code version} (or absent). */
    static Bson entryGuard(Placement placement, long version) {
        String versionPath = placement.path() + "." + Entry.VERSION;
        return Filters.and(Filters.eq("_id", placement.documentId()),
                Filters.or(Filters.lt(versionPath, version), Filters.exists(versionPath, false)));
    }

    static Bson entryUpdate(Placement placement, Document entry) {
        return Updates.combine(Updates.set(placement.path(), entry), Updates.inc(REVISION, 1L));
    }

    /**
     * A record's entry in a province-measure document, then, if that changes whether the province
     * adopts the measure (or how many records link them), the national matrix cell. Returns whether
     * the cell was written. The document before the write comes back with it; the one after is
     * that plus the entry, so the cell is derived without another read. When the entry was there
     * already (the event is repeated), the cell is derived from the document as it is.
     */
    private boolean writeCell(Placement placement, Document entry) {
        Written written = writeEntry(placement, entry, true);
        MongoCollection<Document> cells = database.getCollection(ViewCollection.PROVINCE_MEASURES.collection());
        if (!written.applied()) {
            Document document = cells.find(Filters.eq("_id", placement.documentId())).first();
            return document != null && writeMatrixCell(placement.documentId(), document);
        }
        Document before = written.before() == null ? new Document(REVISION, 0L) : written.before();
        Document after = new Document(before);
        Document records = new Document(before.get(RecordEntry.RECORDS, new Document()));
        records.put(placement.path().substring(placement.path().indexOf('.') + 1), entry);
        after.put(RecordEntry.RECORDS, records);
        after.put(REVISION, ((Number) before.get(REVISION)).longValue() + 1);
        if (written.before() != null && cell(before).equals(cell(after))) {
            return false; // whether the province adopts the measure did not change
        }
        return writeMatrixCell(placement.documentId(), after);
    }

    /** The matrix cell a province-measure document gives: live, and how many records link the two. */
    static Document cell(Document provinceMeasure) {
        int records = 0;
        boolean live = false;
        for (Document record : Entry.present(provinceMeasure, RecordEntry.RECORDS)) {
            records++;
            live |= Boolean.TRUE.equals(record.getBoolean(Entry.LIVE));
        }
        return new Document(Summaries.LIVE, live).append(Summaries.RECORDS, records);
    }

    /** The path of a province-measure document's cell in the national document. */
    static String matrixPath(String provinceMeasure) {
        String[] ids = provinceMeasure.split(":", 2); // the province code comes first and has no colon
        return Summaries.MATRIX + "." + EntryKeys.encode(ids[0]) + "." + EntryKeys.encode(ids[1]);
    }

    /** Writes {@code matrix.<province>.<measure>} of the national document unless it holds one of a later revision. */
    boolean writeMatrixCell(String provinceMeasure, Document document) {
        UpdateOneModel<Document> write = matrixCellWrite(provinceMeasure, document);
        return guardedUpdate(database.getCollection(ViewCollection.NATIONAL.collection()), write.getFilter(), write.getUpdate(), false).applied();
    }

    /**
     * The guarded upsert of {@code matrix.<province>.<measure>} from the province-measure document:
     * it matches only while the cell held was derived from an older revision of that document.
     */
    static UpdateOneModel<Document> matrixCellWrite(String provinceMeasure, Document document) {
        long revision = ((Number) document.get(REVISION)).longValue();
        String path = matrixPath(provinceMeasure);
        String revisionPath = path + "." + REVISION;
        return new UpdateOneModel<>(Filters.and(Filters.eq("_id", ViewCollection.NATIONAL_ID),
                Filters.or(Filters.lt(revisionPath, revision), Filters.exists(revisionPath, false))),
                Updates.set(path, cell(document).append(REVISION, revision)), new UpdateOptions().upsert(true));
    }

    /**
     * An update that creates the document if needed. When the filter's guard fails on an existing
     * document the upsert collides with its id: the write was refused. A collision with a document
     * another writer has just created is told apart by trying once more without upsert.
     */
    private static Written guardedUpdate(MongoCollection<Document> collection, Bson filter, Bson update, boolean returnBefore) {
        try {
            return update(collection, filter, update, true, returnBefore);
        } catch (MongoException e) {
            if (!Mongo.isDuplicateKey(e)) {
                throw e;
            }
            return update(collection, filter, update, false, returnBefore);
        }
    }

    private static Written update(MongoCollection<Document> collection, Bson filter, Bson update, boolean upsert, boolean returnBefore) {
        if (returnBefore) {
            // with upsert, null means created; without, null means refused
            Document before = collection.findOneAndUpdate(filter, update,
                    new FindOneAndUpdateOptions().upsert(upsert).returnDocument(ReturnDocument.BEFORE));
            return new Written(before != null || upsert, before);
        }
        var result = collection.updateOne(filter, update, new UpdateOptions().upsert(upsert));
        return new Written(result.getMatchedCount() > 0 || result.getUpsertedId() != null, null);
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
