package org.ecoreform.gateway.store;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.domain.DocumentRef;
import org.ecoreform.gateway.domain.Placement;
import org.ecoreform.gateway.domain.RecordEntry;
import org.ecoreform.gateway.domain.ViewCollection;

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
    public record Result(Outcome outcome, long heldBefore, Set<DocumentRef> documents) {}

    private final MongoDatabase database;

    public ReadModelWriter(MongoClient mongo, GatewayConfig config) {
        this.database = mongo.getDatabase(config.database());
    }

    /** Applies the aggregate's version whose entries, by placement, are {@code entries}. */
    public Result apply(AggregateVersion event, Map<Placement, Entry> entries) {
        MongoCollection<Document> aggregates =
                database.getCollection(event.topic().collection());
        List<String> current = entries.keySet().stream().map(Placement::encoded).toList();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document before;
            try {
                // one round trip: the record of the aggregate moves to this version only over an older one,
                // and answers where the aggregate was placed before
                before = aggregates.findOneAndUpdate(
                        Filters.and(Filters.eq("_id", event.key()), Filters.lt(ViewSchema.VERSION, event.version())),
                        Updates.combine(
                                Updates.set(ViewSchema.VERSION, event.version()),
                                Updates.set(ViewSchema.CURRENT, current),
                                Updates.addEachToSet(ViewSchema.TOUCHED, current)),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
            } catch (MongoException e) {
                if (!Mongo.isDuplicateKey(e)) {
                    throw e;
                }
                Document held = aggregates.find(Filters.eq("_id", event.key())).first();
                long heldVersion = ViewSchema.version(held);
                if (heldVersion > event.version()) {
                    return new Result(Outcome.STALE, heldVersion, Set.of());
                }
                if (heldVersion == event.version()) {
                    return new Result(
                            Outcome.REPEATED,
                            heldVersion,
                            writeEntries(ViewSchema.strings(held, ViewSchema.TOUCHED), entries, event.version()));
                }
                continue; // it changed between the two reads: look again
            }
            Set<String> touches = new LinkedHashSet<>(current);
            if (before != null) {
                touches.addAll(ViewSchema.strings(before, ViewSchema.TOUCHED));
            }
            return new Result(
                    Outcome.APPLIED, ViewSchema.version(before), writeEntries(touches, entries, event.version()));
        }
        throw new IllegalStateException("aggregate " + event.key() + " kept changing under the projector");
    }

    private Set<DocumentRef> writeEntries(Iterable<String> touches, Map<Placement, Entry> entries, long version) {
        Set<DocumentRef> written = new LinkedHashSet<>();
        for (String encoded : touches) {
            Placement placement = Placement.decode(encoded);
            Document entry = entries.getOrDefault(placement, Entry.REMOVED).toDocument(version);
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
    private record Written(boolean applied, Document before) {}

    /** Writes the entry unless the one held is as new. */
    private Written writeEntry(Placement placement, Document entry, boolean returnBefore) {
        MongoCollection<Document> views =
                database.getCollection(placement.collection().collection());
        return guardedUpdate(
                views,
                ViewSchema.entryGuard(placement, entry.getLong(ViewSchema.ENTRY_VERSION)),
                ViewSchema.entryUpdate(placement, entry),
                returnBefore);
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
            Document document =
                    cells.find(Filters.eq("_id", placement.documentId())).first();
            return document != null && writeMatrixCell(placement.documentId(), document);
        }
        Document before = written.before() == null ? new Document(ViewSchema.REVISION, 0L) : written.before();
        Document after = new Document(before);
        Document records = new Document(before.get(RecordEntry.RECORDS, new Document()));
        records.put(placement.path().substring(placement.path().indexOf('.') + 1), entry);
        after.put(RecordEntry.RECORDS, records);
        after.put(ViewSchema.REVISION, ((Number) before.get(ViewSchema.REVISION)).longValue() + 1);
        if (written.before() != null && ViewSchema.cell(before).equals(ViewSchema.cell(after))) {
            return false; // whether the province adopts the measure did not change
        }
        return writeMatrixCell(placement.documentId(), after);
    }

    /** Writes {@code matrix.<province>.<measure>} of the national document unless it holds one of a later revision. */
    private boolean writeMatrixCell(String provinceMeasure, Document document) {
        UpdateOneModel<Document> write = ViewSchema.matrixCellWrite(provinceMeasure, document);
        return guardedUpdate(
                        database.getCollection(ViewCollection.NATIONAL.collection()),
                        write.getFilter(),
                        write.getUpdate(),
                        false)
                .applied();
    }

    /**
     * An update that creates the document if needed. When the filter's guard fails on an existing
     * document the upsert collides with its id: the write was refused. A collision with a document
     * another writer has just created is told apart by trying once more without upsert.
     */
    private static Written guardedUpdate(
            MongoCollection<Document> collection, Bson filter, Bson update, boolean returnBefore) {
        try {
            return update(collection, filter, update, true, returnBefore);
        } catch (MongoException e) {
            if (!Mongo.isDuplicateKey(e)) {
                throw e;
            }
            return update(collection, filter, update, false, returnBefore);
        }
    }

    private static Written update(
            MongoCollection<Document> collection, Bson filter, Bson update, boolean upsert, boolean returnBefore) {
        if (returnBefore) {
            // with upsert, null means created; without, null means refused
            Document before = collection.findOneAndUpdate(
                    filter, update, new FindOneAndUpdateOptions().upsert(upsert).returnDocument(ReturnDocument.BEFORE));
            return new Written(before != null || upsert, before);
        }
        var result = collection.updateOne(filter, update, new UpdateOptions().upsert(upsert));
        return new Written(result.getMatchedCount() > 0 || result.getUpsertedId() != null, null);
    }
}
